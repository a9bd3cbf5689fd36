"""Figures stated by others beside the store's own count for the same scope and period.

Reads the statistic records loaded into a :class:`~eventwatch.report.builder.Context` (what
articles say: "26 terrorist attacks took place in Pakistan this January", attributed to the
cited source) and, for each whose scope the report's facts cover, computes EventWatch's figure
for the same measure, scope and period, the difference, and the reasons known to make the two
differ (coverage, definitions, lower bounds, vague dates).  Writes nothing.

A statistic is compared only when its scope can be computed from the loaded facts: its
country is the report's (or the report spans all countries), its province and actor are the
report's or narrower.  Scope keys the store cannot compute (a town) are skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from eventwatch.analysis.facts import Fact, period_bounds, shift, unit_of
from eventwatch.analysis.stats import change_pct
from eventwatch.report.prose import CATEGORY_WORDS, period_name

if TYPE_CHECKING:
    from eventwatch.report.builder import Context, StatedLine

MEASURE_LABELS = {
    "attacks": "Attacks", "suicide_attacks": "Suicide attacks", "killed": "Killed",
    "wounded": "Wounded", "casualties": "Casualties (killed and wounded)",
    "arrested": "Arrested", "arrests": "Arrests", "kidnapped": "Kidnapped",
}
QUALIFIER_WORDS = {"at_least": "at least ", "more_than": "more than ", "about": "about ",
                   "up_to": "up to ", "vague": "about "}


def _measure(measure: str) -> Callable[[Sequence[Fact]], int] | None:
    """EventWatch's count for a stated measure ("attacks" leaves out state operations)."""
    functions: dict[str, Callable[[Sequence[Fact]], int]] = {
        "attacks": lambda fs: sum(1 for f in fs if not f.state_action),
        "suicide_attacks": lambda fs: sum(1 for f in fs if f.suicide
                                          or f.event_type == "suicide_bomb"),
        "killed": lambda fs: sum(f.killed for f in fs),
        "wounded": lambda fs: sum(f.wounded for f in fs),
        "casualties": lambda fs: sum(f.killed + f.wounded for f in fs),
        "arrested": lambda fs: sum(f.arrested for f in fs),
        "arrests": lambda fs: sum(f.arrested for f in fs),
        "kidnapped": lambda fs: sum(f.kidnapped for f in fs),
    }
    return functions.get(measure)


def _category_count(measure: str, category: str) -> Callable[[Sequence[Fact]], int]:
    return lambda fs: sum(getattr(f, f"{measure}_by").get(category, 0) for f in fs)


def _victim_category(victims: str) -> str | None:
    from eventwatch.extract.people import person_category

    return person_category(victims)


def matching_facts(ctx: Context, scope: dict[str, Any]) -> tuple[list[Fact], str] | None:
    """The loaded facts inside a statistic's scope and a description of that scope, or None
    when the report's facts cannot answer for it."""
    req = ctx.request
    facts = ctx.facts
    unknown = set(scope) - {"country", "admin1", "actor", "victims"}
    if unknown:
        return None
    country = scope.get("country")
    if req.country and (not isinstance(country, str) or country.upper() != req.country.upper()):
        return None
    if isinstance(country, str) and not req.country:
        facts = [f for f in facts if (f.country or "").upper() == country.upper()]
    admin1 = scope.get("admin1")
    provinces = [admin1] if isinstance(admin1, str) else list(admin1 or [])
    if req.province and [p.lower() for p in provinces] != [req.province.lower()]:
        return None
    if provinces:
        wanted = {p.lower() for p in provinces}
        facts = [f for f in facts if (f.admin1 or "").lower() in wanted]
    actor = scope.get("actor")
    if req.actor and (not isinstance(actor, str) or ctx.actor_name is None
                      or actor.lower() != ctx.actor_name.lower()):
        return None
    if isinstance(actor, str):
        facts = [f for f in facts if actor in f.claims]
    country_name = ctx.country_name if req.country else (country or "")
    where = ", ".join(w for w in (" and ".join(provinces), country_name) if w)
    if isinstance(actor, str):
        where = f"{actor} in {where}" if where else actor
    return facts, where or "all countries"


def stated_lines(ctx: Context) -> list[StatedLine]:
    from eventwatch.report.builder import StatedLine

    lines: list[StatedLine] = []
    loaded_from = min((f.start for f in ctx.facts if f.start), default=None)
    for stat in ctx.statistics:
        measure = stat["measure"]
        count = _measure(measure)
        found = matching_facts(ctx, stat["scope"])
        if count is None or found is None or not stat.get("period"):
            continue
        facts, where = found
        period = stat["period"]
        unit = unit_of(period)
        in_period = [f for f in facts if f.period(unit) == period]
        victims = stat["scope"].get("victims")
        if victims:
            category = _victim_category(str(victims))
            if category is None or measure not in ("killed", "wounded"):
                continue
            count = _category_count(measure, category)
        label = f"{MEASURE_LABELS.get(measure, measure)}, {where}, {period_name(period)}"
        if victims:
            label = f"{label} ({victims})"
        source = stat.get("source") or "the article"
        quote = " … ".join(e.get("text", "") for e in stat.get("evidence") or [] if
                           isinstance(e, dict))
        common: dict[str, Any] = {"source": source, "quote": quote, "measure": measure,
                                  "where": where, "period": period,
                                  "article_title": stat.get("article_title") or "",
                                  "article_url": stat.get("article_url")}
        if stat.get("value") is not None:
            ours = count(in_period)
            value = int(stat["value"])
            lines.append(StatedLine(
                figure=label, stated=f"{QUALIFIER_WORDS.get(stat['qualifier'], '')}{value}",
                ours=str(ours), difference=f"{ours - value:+d}",
                explanation=explain(ctx, measure, ours, value, in_period, stat),
                agree=ours == value, **common))
            for cat, part in (stat.get("by_category") or {}).items():
                if cat not in CATEGORY_WORDS or measure not in ("killed", "wounded"):
                    continue
                ours_part = sum(getattr(f, f"{measure}_by").get(cat, 0) for f in in_period)
                lines.append(StatedLine(
                    figure=f"… of whom {CATEGORY_WORDS[cat]}", stated=str(part),
                    ours=str(ours_part), difference=f"{ours_part - int(part):+d}",
                    explanation="", agree=ours_part == int(part), kind="part", **common))
        elif stat.get("change_pct") is not None:
            before_label = shift(period, -1)
            if loaded_from is None or loaded_from > period_bounds(before_label)[0]:
                continue
            before = count([f for f in facts if f.period(unit) == before_label])
            ours_pct = change_pct(count(in_period), before)
            stated_pct = float(stat["change_pct"])
            lines.append(StatedLine(
                figure=f"Change in {label[0].lower()}{label[1:]} on {period_name(before_label)}",
                stated=f"{QUALIFIER_WORDS.get(stat['qualifier'], '')}{stated_pct:+.0f}%",
                ours="n/a (none before)" if ours_pct is None else f"{ours_pct:+.0f}%",
                difference="" if ours_pct is None else f"{ours_pct - stated_pct:+.0f} points",
                explanation=explain(ctx, measure, count(in_period), None, in_period, stat),
                agree=ours_pct is not None and round(ours_pct) == round(stated_pct),
                kind="change", **common))
        elif stat.get("share_pct") is not None:
            parent = matching_facts(ctx, {"country": stat["scope"].get("country")})
            if parent is None:
                continue
            whole = count([f for f in parent[0] if f.period(unit) == period])
            part = count(in_period)
            ours_share = round(part * 100 / whole) if whole else None
            lines.append(StatedLine(
                figure=f"Share of {measure}: {where}, {period_name(period)}",
                stated=f"{stat['share_pct']:.0f}%",
                ours="n/a (none recorded)" if ours_share is None else
                f"{ours_share}% ({part} of {whole})",
                difference="" if ours_share is None else
                f"{ours_share - float(stat['share_pct']):+.0f} points",
                explanation=explain(ctx, measure, part, None, in_period, stat),
                agree=ours_share is not None and ours_share == round(stat["share_pct"]),
                kind="share", **common))
    # The report's own period first; a sort on this key alone keeps each figure's parts
    # right after it.
    return sorted(lines, key=lambda line: line.period != ctx.period)


def explain(ctx: Context, measure: str, ours: int, stated: int | None,
            facts: Sequence[Fact], stat: dict[str, Any]) -> str:
    """Known reasons the two figures differ, most important first."""
    if stated is not None and ours == stated:
        return "Same figure."
    reasons = []
    period = stat["period"]
    if stated is None or ours < stated:
        articles = ctx.articles.get(period)
        coverage = (f"the store holds {articles} article{'s' if articles != 1 else ''} "
                    f"published in {period_name(period)}" if articles is not None else
                    "the store holds only the articles ingested so far")
        reasons.append(f"Coverage: {coverage}, while {stat.get('source') or 'the source'} "
                       f"compiles every incident reported to it.")
    operations = sum(1 for f in facts if f.state_action)
    if measure == "attacks" and operations:
        reasons.append(f"Definitions: EventWatch's count leaves out {operations} "
                       f"security-force operation{'s' if operations != 1 else ''}; the source "
                       f"may also count only terrorist attacks, or count them differently.")
    elif measure == "attacks":
        reasons.append("Definitions: the source may count only terrorist attacks; EventWatch "
                       "counts every incident of political violence by non-state or "
                       "unidentified perpetrators.")
    if measure in ("killed", "casualties"):
        militants = sum(f.killed_by.get("militants", 0) for f in facts)
        if militants and "militants" not in (stat.get("by_category") or {}):
            reasons.append(f"Definitions: EventWatch's toll includes {militants} militants; "
                           f"the source may count victims only.")
    lower = sum(1 for f in facts if (f.killed_open if measure != "wounded" else f.wounded_open))
    if lower and measure in ("killed", "wounded", "casualties"):
        reasons.append(f"{lower} of EventWatch's figures are lower bounds (\"at least\").")
    vague = len(ctx.imprecise) if period == ctx.period else 0
    if vague:
        reasons.append(f"{vague} incident{' is' if vague == 1 else 's are'} dated too vaguely "
                       f"to place in the period and not counted.")
    if stated is not None and ours > stated:
        reasons.append("EventWatch's count is higher: the source's definition may be narrower "
                       "or its figure preliminary.")
    return " ".join(reasons)
