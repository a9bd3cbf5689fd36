"""Links between statistics: ids, "of which" references, and the breakdowns that later
sentences give ("Among those killed were nine security officials ...").  Reads and updates
the :class:`Statistic` records made by ``statistics``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwatch.extract.fastre import guarded
from eventwatch.extract.numbers import find_numbers
from eventwatch.extract.people import person_category
from eventwatch.extract.segment import Sentence
from eventwatch.models import Evidence, Statistic

ELABORATION = guarded(
    r"\b(?:among\s+(?:those|the)\s+(?P<m1>killed|dead|injured|wounded)\s+(?:were|was|"
    r"included|include)|the\s+(?P<m2>injured|wounded|dead|killed|deceased)\s+(?:included|"
    r"include|were|comprised))\b", re.I)


def near(stat: Statistic, sentence: Sentence) -> bool:
    """Whether ``stat`` was stated close enough before ``sentence`` to lend it context."""
    return bool(stat.evidence) and 0 <= sentence.start - stat.evidence[0].end < 400


def pending_ref(stat: Statistic) -> str:
    """A reference to a statistic whose id is assigned at the end (see :func:`assign_ids`)."""
    return f"@{id(stat)}"


def whole_of(part: Statistic, earlier: Sequence[Statistic]) -> str | None:
    """The statistic a share is of: the latest earlier one with the same measure and period
    and a wider scope (no province or actor where the part has one)."""
    for cand in reversed(earlier):
        if cand is part or cand.measure != part.measure or cand.value is None or \
                cand.scope == part.scope:
            continue
        if cand.period is not None and part.period is not None and \
                cand.period.value != part.period.value:
            continue
        if (cand.scope.get("admin1") and part.scope.get("admin1")) or (
                cand.scope.get("actor") and part.scope.get("actor")):
            continue
        return pending_ref(cand)
    return None


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


def assign_ids(stats: Sequence[Statistic]) -> None:
    """Readable ids unique in the article ("pk-2018-killed", "balochistan-2018-killed") and
    the ``of`` references resolved to them."""
    refs: dict[str, str] = {}
    seen: set[str] = set()
    for stat in stats:
        admin1 = stat.scope.get("admin1")
        where = "-".join(_slug(a) for a in admin1) if isinstance(admin1, list) else \
            _slug(str(admin1 or stat.scope.get("country") or "xx"))
        parts = [where, stat.period.value if stat.period and stat.period.value else "nd",
                 stat.measure]
        if stat.scope.get("actor"):
            parts.append(_slug(str(stat.scope["actor"])))
        if stat.value is None and stat.share_pct is not None:
            parts.append("share")
        if stat.change_pct is not None:
            parts.append("change")
        base = "-".join(parts)
        ident, n = base, 2
        while ident in seen:
            ident, n = f"{base}-{n}", n + 1
        seen.add(ident)
        stat.id = ident
        refs[pending_ref(stat)] = ident
    for stat in stats:
        if stat.of is not None:
            stat.of = refs.get(stat.of)


def _breakdown(text: str, start: int, end: int) -> dict[str, int]:
    """"nine security officials, 14 civilians and seven militants" -> counts by category."""
    out: dict[str, int] = {}
    for q in find_numbers(text, start, end):
        words = re.match(r"\s+((?:[\w-]+\s*){1,3})", text[q.end:end])
        if q.low is None or not words:
            continue
        tokens = [t for t in re.split(r"[\s,]+", words.group(1).strip())
                  if t and t.lower() not in ("and", "or")]
        category = next((c for n in range(min(3, len(tokens)), 0, -1)
                         if (c := person_category(" ".join(tokens[:n])))), None)
        key = category or "unknown"
        out[key] = out.get(key, 0) + q.low
    return out


def attach_elaboration(text: str, sentence: Sentence, stats: Sequence[Statistic]) -> None:
    """"Among those killed were nine security officials ... and the injured included ..."
    fills the categories of the statistics stated just before."""
    parts = list(ELABORATION.finditer(text, sentence.start, sentence.end))
    for i, m in enumerate(parts):
        word = (m.group("m1") or m.group("m2")).lower()
        measure = "killed" if word in ("killed", "dead", "deceased") else "wounded"
        end = parts[i + 1].start() if i + 1 < len(parts) else sentence.end
        target = next((s for s in reversed(stats[-4:]) if s.measure == measure
                       and s.value is not None and not s.by_category), None)
        if target is None or target.value is None or not near(target, sentence):
            continue
        categories = _breakdown(text, m.end(), end)
        if categories and sum(categories.values()) <= target.value:
            target.by_category = categories
            while end > m.start() and text[end - 1] in " .,;":
                end -= 1
            target.evidence.append(Evidence("by_category", m.start(), end, text[m.start():end]))
