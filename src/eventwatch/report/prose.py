"""Words for figures: the small helpers that make generated sentences read like an analyst's.

Pure functions over numbers and labels (no store, no I/O).  House style, as in news reports:
numbers one to nine are spelled out, 10 and above are digits; lists end in "and"; a figure that
includes a lower bound reads "at least".
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwatch.analysis.facts import period_bounds, unit_of

_SMALL = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

CATEGORY_WORDS = {
    "security_forces": "security personnel",
    "civilians": "civilians",
    "militants": "militants",
    "unknown": "people whose affiliation was not reported",
}
CATEGORY_LABELS = {
    "security_forces": "Security forces", "civilians": "Civilians", "militants": "Militants",
    "unknown": "Not stated",
}

EVENT_TYPE_WORDS = {
    "armed_clash": ("armed clash", "armed clashes"),
    "government_regains_territory": ("recapture of territory by the state",
                                     "recaptures of territory by the state"),
    "non_state_actor_overtakes_territory": ("seizure of territory by militants",
                                            "seizures of territory by militants"),
    "chemical_weapon": ("chemical attack", "chemical attacks"),
    "air_drone_strike": ("air or drone strike", "air or drone strikes"),
    "suicide_bomb": ("suicide bombing", "suicide bombings"),
    "shelling_artillery_missile_attack": ("shelling or rocket attack",
                                          "shelling or rocket attacks"),
    "remote_explosive_landmine_ied": ("bombing (IED or landmine)", "bombings (IEDs, landmines)"),
    "grenade": ("grenade attack", "grenade attacks"),
    "sexual_violence": ("act of sexual violence", "acts of sexual violence"),
    "attack": ("armed attack", "armed attacks"),
    "abduction_forced_disappearance": ("abduction", "abductions"),
    "arrests": ("arrest operation", "arrest operations"),
    "disrupted_weapons_use": ("defused or foiled bomb", "defused or foiled bombs"),
    "looting_property_destruction": ("attack on property", "attacks on property"),
    "other": ("other incident", "other incidents"),
}


def num(n: int) -> str:
    """``9`` -> ``nine``, ``14`` -> ``14`` (``0`` -> ``no``)."""
    return _SMALL[n] if 0 <= n < len(_SMALL) else f"{n:,}"


def number(n: int) -> str:
    """Like :func:`num` but zero is ``none`` (for a figure standing alone)."""
    return "none" if n == 0 else num(n)


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    """``one incident``, ``two incidents``, ``14 incidents``."""
    word = singular if n == 1 else (plural_form or singular + "s")
    return f"{num(n)} {word}"


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def join_and(items: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def period_name(label: str) -> str:
    """``2019-01`` -> ``January 2019``; ``2019`` -> ``2019``; ``2019-W03`` -> ``the week of
    14 January 2019``."""
    first, _ = period_bounds(label)
    unit = unit_of(label)
    if unit == "month":
        return f"{first:%B} {first.year}"
    if unit == "week":
        return f"the week of {first.day} {first:%B} {first.year}"
    return str(first.year)


def short_month(label: str) -> str:
    """``2019-01`` -> ``Jan 2019`` (chart axes)."""
    first, _ = period_bounds(label)
    return f"{first:%b} {first.year}"


def day_name(value: object) -> str:
    """A date as ``14 January 2019``."""
    from datetime import date

    if isinstance(value, date):
        return f"{value.day} {value:%B} {value.year}"
    return str(value)


def change_phrase(now: int, before: int, before_label: str) -> str:
    """``up from 11 in December 2018 (+136%)``, ``down from ...``, ``the same as ...``."""
    if before == now:
        return f"the same number as in {before_label}"
    if before == 0:
        return f"compared with none in {before_label}"
    pct = round((now - before) * 100 / before)
    direction = "up" if now > before else "down"
    return f"{direction} from {num(before)} in {before_label} ({pct:+d}%)"


def event_type_words(event_type: str, n: int = 1) -> str:
    singular, plural_form = EVENT_TYPE_WORDS.get(event_type, (event_type.replace("_", " "),
                                                              event_type.replace("_", " ")))
    return singular if n == 1 else plural_form


def event_type_label(event_type: str) -> str:
    """A table label: ``Suicide bombing``."""
    return capital(event_type_words(event_type))


def at_least(is_open: bool) -> str:
    return "at least " if is_open else ""


def breakdown(parts: dict[str, int], *, order: Sequence[str] = ("security_forces", "civilians",
                                                               "militants", "unknown")) -> str:
    """``nine security personnel, 14 civilians and seven militants``."""
    return join_and([f"{num(parts[c])} {_category_words(c, parts[c])}"
                     for c in order if parts.get(c)])


# The singular where one word changes: "one person whose affiliation was not reported".
_ONE = {"security_forces": "member of the security forces", "civilians": "civilian",
        "militants": "militant",
        "unknown": "person whose affiliation was not reported"}


def _category_words(category: str, n: int) -> str:
    return _ONE.get(category, CATEGORY_WORDS[category]) if n == 1 else CATEGORY_WORDS[category]
