"""Field-by-field comparison of one gold incident with one predicted incident.

Reads a :class:`~eventwatch.evaluate.gold.GoldIncident` and a predicted incident in the JSON
shape of :meth:`eventwatch.models.Incident.to_dict`; returns one :class:`FieldCheck` per field
the gold codes.  A field the gold file does not code (``admin2`` missing, the seed's lack of
``event_type``) is *not applicable* and is left out, so it counts neither way.

The rules (also in ``docs/evaluation.md``):

* dates are compared at the gold precision, and on month/day only when the gold year is null;
* a gold ``null`` count equals an empty (or zero) predicted count;
* places compare on normalised names; ``location`` is fuzzy (one name contains the other);
* perpetrators compare as a set of actor families plus "is there an unnamed perpetrator".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from eventwatch.evaluate.gold import GoldDate, GoldIncident
from eventwatch.models import COUNT_QUALIFIERS

#: Maps an actor name to its family (a branch to its parent); identity when no actor base.
Family = Callable[[str], str]

# Generic words that do not identify a place ("Pehlipora village" is "Pehlipora").
_PLACE_NOISE = frozenset({
    "area", "areas", "village", "town", "city", "district", "agency", "tehsil", "locality",
    "the", "of", "in", "near", "province", "region", "subdivision", "sub", "division",
})

_MIN_SKELETON = 3  # characters of a spelling skeleton before it is trusted

#: The fields reported, in table order.
INCIDENT_FIELDS = (
    "date", "date_precision", "country", "admin1", "admin2", "location", "event_type",
    "attack_type", "suicide", "target_type", "killed", "killed_low", "wounded", "wounded_low",
    "killed_by_category", "kidnapped", "arrested", "attackers", "perpetrator",
    "perpetrator_status", "perpetrator_kind",
)


@dataclass(slots=True)
class FieldCheck:
    """One scored field: whether it is right and what each side said (for ``-v``)."""

    field: str
    correct: bool
    gold: Any
    pred: Any

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "correct": self.correct, "gold": self.gold,
                "pred": self.pred}


def norm_name(name: str | None) -> str:
    """Case-, accent- and punctuation-insensitive form of a name."""
    if not name:
        return ""
    # (accents folded as the docstring says: "Léré" in the text, "Lere" in GeoNames' ASCII)
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", name)
                     if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", folded.casefold().replace("'", "")).split())


def place_core(name: str | None) -> str:
    """A place name without generic words: "Zunrishi forest area" -> "zunrishi forest"."""
    words = [w for w in norm_name(name).split() if w not in _PLACE_NOISE]
    return " ".join(words)


def skeleton(name: str) -> str:
    """A spelling-tolerant key per word: first letter, then consonants without h/w/y, doubles
    collapsed.  Transliterations differ in vowels and silent letters: "Shopian" / "Shupiyan",
    "Naseerabad" / "Nasirabad", "Khwaja Ghar" / "Khwajah Ghar" share a skeleton."""
    words = []
    for word in name.split():
        out = word[:1]
        for ch in word[1:]:
            if ch in "aeiouyhw" or ch == out[-1:]:
                continue
            out += ch
        words.append(out)
    return " ".join(words)


# The Arabic article GeoNames writes and the wires leave out ("Az Zawiyah" / "Zawiya").
_ARTICLE_WORDS = frozenset({"al", "ad", "ar", "as", "ash", "az", "an", "at", "el"})


def _joined(name: str) -> str:
    """A name's words run together, without a leading article or a final "h" after a vowel:
    the same place written "Tchin Tabaraden" and "Tchintabaraden", "Az Zawiyah" and
    "Zawiya"."""
    words = name.split()
    if len(words) > 1 and words[0] in _ARTICLE_WORDS:
        words = words[1:]
    joined = "".join(words)
    return joined[:-1] if joined.endswith("h") and joined[-2:-1] in ("a", "e", "i") else joined


def _contains_words(long: str, short: str) -> bool:
    return bool(short) and f" {short} " in f" {long} "


def names_equal(gold: str | None, pred: str | None) -> bool:
    """Admin unit names: equal after normalisation, ignoring "District"/"Agency" and the like,
    and tolerant of transliteration (the gold spells names as the text does, the gazetteer
    as GeoNames does)."""
    g, p = place_core(gold), place_core(pred)
    if not g:
        return False
    # Short skeletons are too common to trust ("Dir" and "Dera" are both "dr").
    return g == p or (len(skeleton(g)) >= _MIN_SKELETON and skeleton(g) == skeleton(p))


def location_matches(gold: str | None, pred: str | None) -> bool:
    """Fuzzy place match: one normalised name contains the other as whole words (also
    compared on spelling skeletons, see :func:`skeleton`)."""
    g, p = place_core(gold), place_core(pred)
    if not g or not p:
        return False
    if _contains_words(p, g) or _contains_words(g, p):
        return True
    if len(g) >= _MIN_SKELETON and _joined(g) == _joined(p):
        return True
    # (both at once: "Dum Duma" and "Doomdooma", words run together and vowels written apart)
    joined = skeleton(_joined(g))
    if len(joined) >= _MIN_SKELETON and joined == skeleton(_joined(p)):
        return True
    gs, ps = skeleton(g), skeleton(p)
    short, long = sorted((gs, ps), key=len)
    return len(short) >= _MIN_SKELETON and _contains_words(long, short)


def pred_date_parts(pred: dict[str, Any]) -> tuple[int | None, int | None, int | None, str | None]:
    date = pred.get("date")
    if not isinstance(date, dict):
        return None, None, None, None
    year, month, day = date.get("year"), date.get("month"), date.get("day")
    if year is None and month is None and date.get("value"):
        from eventwatch.models import parse_iso_parts

        year, month, day = parse_iso_parts(str(date["value"]))
    return year, month, day, date.get("precision")


def date_matches(gold: GoldDate, pred: dict[str, Any]) -> bool:
    """Compare at the gold precision: day, week or weekend -> y/m/d (a span's first day),
    month -> y/m, coarser -> y (+ m if given).

    The year is compared only when the gold has one (SATP narratives have none).
    """
    year, month, day, _ = pred_date_parts(pred)
    if gold.empty:
        return year is None and month is None and day is None
    keys: list[tuple[int | None, int | None]] = []
    if gold.year is not None:
        keys.append((gold.year, year))
    precision = gold.precision or ("day" if gold.day else "month" if gold.month else "year")
    if precision in ("day", "month") or gold.month is not None:
        keys.append((gold.month, month))
    if precision in ("day", "week", "weekend"):  # (a span's first day)
        keys.append((gold.day, day))
    return all(g == p for g, p in keys)


def pred_date_display(pred: dict[str, Any]) -> str:
    date = pred.get("date")
    if not isinstance(date, dict) or not (date.get("value") or date.get("month")):
        return "none"
    return f"{date.get('value')} ({date.get('precision')})"


def _count(value: Any) -> dict[str, Any] | None:
    return value if isinstance(value, dict) else None


def count_low(value: Any) -> int | None:
    """A count's low bound, None for null, empty or zero (zero means nothing happened)."""
    c = _count(value)
    if c is None:
        return None
    low = c.get("low")
    if low is None:
        low = c.get("best")
    return low or None


def count_matches(gold: Any, pred: Any) -> tuple[bool, bool]:
    """(low and qualifier right, low right).  A gold null equals an empty predicted count."""
    g_low, p_low = count_low(gold), count_low(pred)
    if g_low is None:
        return p_low is None, p_low is None
    low_ok = g_low == p_low
    g_q = (gold or {}).get("qualifier")
    if g_q not in COUNT_QUALIFIERS:  # e.g. "a_few": not codebook vocabulary, so low only
        return low_ok, low_ok
    return low_ok and g_q == (pred or {}).get("qualifier"), low_ok


def count_display(value: Any) -> str:
    c = _count(value)
    if c is None or count_low(c) is None:
        return "none"
    return f"{count_low(c)} {c.get('qualifier') or ''}".strip()


def categories(value: Any) -> dict[str, int]:
    """A by-category dict without zero entries (``{}`` and ``{"civilians": 0}`` are equal)."""
    if not isinstance(value, dict):
        return {}
    return {str(k): int(v) for k, v in value.items() if v}


def attackers_match(gold: Any, pred: Any) -> bool:
    """A number, or a range ``{"low": 15, "high": 20}`` ("15 to 20 gunmen") the number is in."""
    if isinstance(gold, dict):
        low, high = gold.get("low"), gold.get("high")
        if not isinstance(pred, int) or low is None:
            return False
        return low <= pred <= (high if high is not None else low)
    return bool(gold == pred)


@dataclass(slots=True)
class PerpKey:
    family: str | None  # None: an unnamed perpetrator
    status: str | None
    kind: str | None


def gold_perps(gold: GoldIncident, family: Family) -> list[PerpKey]:
    out = []
    for p in gold.raw.get("perpetrators") or []:
        if not isinstance(p, dict):
            continue
        status = p.get("status")
        if status is None and "claimed" in p:
            # The seed's layout: {"claimed": true} is a claim; false says nothing more.
            status = "claimed" if p["claimed"] else None
        actor = p.get("actor")
        out.append(PerpKey(norm_name(family(actor)) if actor else None, status, p.get("kind")))
    return out


def pred_perps(pred: dict[str, Any], family: Family) -> list[PerpKey]:
    out = []
    for p in pred.get("perpetrators") or []:
        actor = p.get("actor")
        out.append(PerpKey(norm_name(family(actor)) if actor else None, p.get("status"),
                           p.get("kind")))
    return out


def _perp_display(perps: list[PerpKey], attr: str | None = None) -> list[str]:
    out = []
    for p in perps:
        name = p.family or "(unnamed)"
        out.append(f"{name}:{getattr(p, attr)}" if attr else name)
    return sorted(out)


def _per_perp(gold: list[PerpKey], pred: list[PerpKey], attr: str) -> bool:
    """Every gold perpetrator (that codes ``attr``) has a predicted one of the same family
    (or both unnamed) with the same value."""
    for g in gold:
        want = getattr(g, attr)
        if want is None:
            continue
        if not any(p.family == g.family and getattr(p, attr) == want for p in pred):
            return False
    return True


def compare_incident(gold: GoldIncident, pred: dict[str, Any], family: Family) -> list[FieldCheck]:
    """All applicable field checks for one matched (gold, predicted) pair."""
    raw = gold.raw
    place = pred.get("place") or {}
    checks: list[FieldCheck] = []

    def add(name: str, ok: bool, g: Any, p: Any) -> None:
        checks.append(FieldCheck(name, bool(ok), g, p))

    if gold.date is not None:
        add("date", date_matches(gold.date, pred), gold.date.display(), pred_date_display(pred))
        if gold.date.precision:
            p_prec = pred_date_parts(pred)[3]
            add("date_precision", gold.date.precision == p_prec, gold.date.precision, p_prec)
    if raw.get("country"):
        add("country", (raw["country"] or "").upper() == (place.get("country") or "").upper(),
            raw["country"], place.get("country"))
    if raw.get("admin1"):
        add("admin1", names_equal(raw["admin1"], place.get("admin1")), raw["admin1"],
            place.get("admin1"))
    if raw.get("admin2"):
        accepted = [raw["admin2"], raw.get("admin2_as_written")]
        add("admin2", any(names_equal(a, place.get("admin2")) for a in accepted if a),
            raw["admin2"], place.get("admin2"))
    if raw.get("location"):
        accepted = [raw["location"], raw.get("place_context")]
        add("location", any(location_matches(a, place.get("name")) for a in accepted if a),
            raw["location"], place.get("name"))
    for key in ("event_type", "attack_type", "target_type"):
        if key in raw:
            add(key, raw[key] == pred.get(key), raw[key], pred.get(key))
    if "suicide" in raw:
        add("suicide", bool(raw["suicide"]) == bool(pred.get("suicide")), bool(raw["suicide"]),
            bool(pred.get("suicide")))
    for key in ("killed", "wounded"):
        if key in raw:
            full, low = count_matches(raw[key], pred.get(key))
            g, p = count_display(raw[key]), count_display(pred.get(key))
            add(key, full, g, p)
            add(f"{key}_low", low, count_low(raw[key]), count_low(pred.get(key)))
    if "killed_by_category" in raw:
        g_cat = categories(raw["killed_by_category"])
        p_cat = categories((pred.get("killed") or {}).get("by_category"))
        add("killed_by_category", g_cat == p_cat, g_cat, p_cat)
    for key in ("kidnapped", "arrested"):
        if key in raw:
            _, low = count_matches(raw[key], pred.get(key))
            add(key, low, count_low(raw[key]), count_low(pred.get(key)))
    if "attackers" in raw:
        add("attackers", attackers_match(raw["attackers"], pred.get("attackers")),
            raw["attackers"], pred.get("attackers"))
    if "perpetrators" in raw:
        g_p, p_p = gold_perps(gold, family), pred_perps(pred, family)
        g_named = {p.family for p in g_p if p.family}
        p_named = {p.family for p in p_p if p.family}
        g_unnamed = any(p.family is None for p in g_p)
        p_unnamed = any(p.family is None for p in p_p)
        add("perpetrator", g_named == p_named and g_unnamed == p_unnamed,
            _perp_display(g_p), _perp_display(p_p))
        if any(p.status for p in g_p):
            add("perpetrator_status", _per_perp(g_p, p_p, "status"),
                _perp_display(g_p, "status"), _perp_display(p_p, "status"))
        if any(p.kind for p in g_p):
            add("perpetrator_kind", _per_perp(g_p, p_p, "kind"), _perp_display(g_p, "kind"),
                _perp_display(p_p, "kind"))
    return checks


def applicable_fields(gold: GoldIncident) -> list[str]:
    """The fields :func:`compare_incident` would score for this gold incident (for misses)."""
    return [c.field for c in compare_incident(gold, {}, lambda name: name)]
