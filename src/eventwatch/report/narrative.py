"""The report's headline prose: plain sentences built from the computed figures.

Reads a :class:`~eventwatch.report.builder.Context` (facts already loaded) and returns
paragraphs.  Every number in them comes from the facts; the wording follows
:mod:`eventwatch.report.prose` (small numbers spelled out, "at least" for lower bounds).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwatch.analysis.facts import Fact, period_bounds
from eventwatch.report.prose import (
    CATEGORY_WORDS,
    at_least,
    breakdown,
    capital,
    change_phrase,
    day_name,
    event_type_words,
    join_and,
    num,
    period_name,
    plural,
)

if TYPE_CHECKING:
    from eventwatch.report.builder import Context, StatedLine


def summary_paragraphs(ctx: Context, stated: Sequence[StatedLine]) -> list[str]:
    paragraphs = [headline(ctx)]
    for part in (geography(ctx), perpetrators(ctx), deadliest(ctx), trend(ctx),
                 vague(ctx), stated_summary(stated)):
        if part:
            paragraphs.append(part)
    return paragraphs


def _where(ctx: Context) -> str:
    req = ctx.request
    if req.province:
        term = ctx.admin1_term
        place = f"{req.province} {term}" if ctx.country_name is None else \
            f"{req.province} {term} of {ctx.country_name}"
        return f"in {place}"
    return f"in {ctx.country_name}" if ctx.country_name else "across all countries covered"


def headline(ctx: Context) -> str:
    """The seed-style opening: count, change, casualties and their breakdown."""
    n, before = len(ctx.current), len(ctx.previous)
    pname, prevname = period_name(ctx.period), period_name(ctx.prev)
    who = f" involving {ctx.actor_name}" if ctx.actor_name else ""
    if n == 0:
        tail = f"; it had recorded {plural(before, 'incident')} in {prevname}" if before else \
            f", nor any in {prevname}"
        return (f"EventWatch recorded no incidents of political violence{who} {_where(ctx)} "
                f"in {pname}{tail}.")
    compare = change_phrase(n, before, prevname) if ctx.covered(ctx.prev) else \
        f"the first month of its records{'' if ctx.request.country is None else ' there'}" \
        if ctx.unit == "month" else "the first year of its records"
    sentences = [f"EventWatch recorded {plural(n, 'incident')} of political violence{who} "
                 f"{_where(ctx)} in {pname}, {compare}."]
    operations = sum(1 for f in ctx.current if f.state_action)
    if operations:
        attacks = n - operations
        sentences.append(
            f"Of these, {num(attacks)} {'was an attack' if attacks == 1 else 'were attacks'} "
            f"by militants or unidentified assailants and {num(operations)} "
            f"{'was a security-force operation' if operations == 1 else 'were security-force operations'}.")  # noqa: E501
    sentences.append(casualties(ctx.current))
    killed_by = _sums(ctx.current, "killed")
    wounded_by = _sums(ctx.current, "wounded")
    parts = []
    if _broken_down(killed_by):
        parts.append(_among(killed_by, "killed"))
    if _broken_down(wounded_by):
        text = _among(wounded_by, "wounded")
        parts.append(text[:1].lower() + text[1:] if parts else text)
    if parts:
        sentences.append("; ".join(parts) + ".")
    return " ".join(sentences)


ONE_PERSON = {"security_forces": "a member of the security forces", "civilians": "a civilian",
              "militants": "a militant"}


def _among(parts: dict[str, int], measure: str) -> str:
    """``Among those killed were ...``, or ``All of those killed were civilians`` when one
    category accounts for everyone."""
    nonzero = {k: v for k, v in parts.items() if v}
    if len(nonzero) == 1:
        (category, n), = nonzero.items()
        whom = CATEGORY_WORDS[category]
        if n == 1:
            return f"The person {measure} was {ONE_PERSON.get(category, whom)}"
        return f"{'Both' if n == 2 else 'All ' + num(n)} of those {measure} were {whom}"
    if measure == "killed":
        return f"Among those killed were {breakdown(parts)}"
    return f"The wounded included {breakdown(parts)}"


def _sums(facts: Sequence[Fact], measure: str) -> dict[str, int]:
    out: Counter[str] = Counter()
    for fact in facts:
        out.update(getattr(fact, f"{measure}_by"))
    return dict(out)


def _broken_down(parts: dict[str, int]) -> bool:
    return any(v for k, v in parts.items() if k != "unknown")


def casualties(facts: Sequence[Fact]) -> str:
    killed = sum(f.killed for f in facts)
    wounded = sum(f.wounded for f in facts)
    k_open = any(f.killed_open for f in facts)
    w_open = any(f.wounded_open for f in facts)
    subject = "The incident" if len(facts) == 1 else "These incidents"
    if killed and wounded:
        lives = "one life" if killed == 1 else f"{num(killed)} lives"
        others = "one other person" if wounded == 1 else f"{num(wounded)} others"
        return (f"{subject} claimed {at_least(k_open)}{lives} and wounded "
                f"{at_least(w_open)}{others}.")
    if killed:
        lives = "one life" if killed == 1 else f"{num(killed)} lives"
        return f"{subject} claimed {at_least(k_open)}{lives}; no injuries were reported."
    if wounded:
        people = "one person" if wounded == 1 else f"{num(wounded)} people"
        return f"No deaths were reported; {at_least(w_open)}{people} were wounded."
    return "No casualties were reported."


def geography(ctx: Context) -> str:
    from eventwatch.report.builder import area_key, group_rows

    if not ctx.current:
        return ""
    level, key = area_key(ctx)
    rows = [r for r in group_rows(ctx.current, key, limit=99) if not r[0].startswith("(")]
    if not rows:
        return ""
    n = len(ctx.current)
    level_word = level.lower()
    if n == 1:
        fact = ctx.current[0]
        place = ", ".join(dict.fromkeys(p for p in (fact.place, fact.admin2, fact.admin1) if p))
        return f"It took place in {place}." if place else ""
    if len(rows) == 1 and rows[0][1].incidents == n:
        return f"{'Both' if n == 2 else 'All of them'} took place in {rows[0][0]}."
    first, totals, _ = rows[0]
    text = (f"{first} was the most affected {level_word}, with "
            f"{plural(totals.incidents, 'incident')} and {plural(totals.killed, 'death')}")
    others = [f"{g} ({plural(t.incidents, 'incident')}, {plural(t.killed, 'death')})"
              for g, t, _ in rows[1:3]]
    if others:
        text += f", followed by {join_and(others)}"
    return text + "."


def perpetrators(ctx: Context) -> str:
    if not ctx.current:
        return ""
    named: Counter[str] = Counter()
    claimed: Counter[str] = Counter()
    for fact in ctx.current:
        for actor, status in fact.claims.items():
            named[actor] += 1
            if status == "claimed":
                claimed[actor] += 1
    unnamed = sum(1 for f in ctx.current if not f.claims)
    n = len(ctx.current)
    if ctx.actor_name:
        mine = claimed[ctx.actor_name]
        if mine == n:
            return f"{ctx.actor_name} claimed {'it' if n == 1 else 'all of them'}."
        if mine == 0:
            return (f"{ctx.actor_name} claimed none of {'it' if n == 1 else 'them'}; "
                    f"officials or the reports blamed it (or one of its branches), or "
                    f"suspected it.")
        others = "in the other" if n - mine == 1 else "in the others"
        return (f"{ctx.actor_name} claimed {num(mine)} of these incidents; {others} it (or one "
                f"of its branches) was blamed by officials or the reports, or suspected.")
    if n == 1:
        return _single_perpetrator(ctx.current[0])
    sentences = []
    if named:
        ranked = sorted(named, key=lambda a: (-named[a], -claimed[a], a))
        top = ranked[0]
        first = f"{top} was named as the perpetrator of {plural(named[top], 'incident')}"
        if claimed[top]:
            share = num(claimed[top])
            if claimed[top] == named[top]:
                share = "both" if named[top] == 2 else "all"
            first += (" and claimed it" if named[top] == 1 else
                      f" (it claimed {share}{'' if share == 'both' else ' of them'})")
        rest = [f"{a} ({num(named[a])})" for a in ranked[1:4]]
        if rest:
            first += f", followed by {join_and(rest)}"
        sentences.append(first + ".")
    if unnamed == n:
        sentences.append("No group was named as perpetrator of any of them.")
    elif unnamed:
        sentences.append(f"No group was named for {plural(unnamed, 'incident')}.")
    return " ".join(sentences)


def _single_perpetrator(fact: Fact) -> str:
    by_status: dict[str, list[str]] = {}
    for actor, status in fact.claims.items():
        by_status.setdefault(status, []).append(actor)
    sentences = []
    if by_status.get("claimed"):
        sentences.append(f"{join_and(by_status['claimed'])} claimed responsibility.")
    if by_status.get("attributed"):
        sentences.append(f"The reports blamed {join_and(by_status['attributed'])}.")
    if by_status.get("suspected"):
        names = by_status["suspected"]
        sentences.append(f"{join_and(names)} {'was' if len(names) == 1 else 'were'} "
                         f"suspected.")
    return " ".join(sentences) or "No group was named as perpetrator."


def deadliest(ctx: Context) -> str:
    lethal = [f for f in ctx.current if f.killed > 0]
    if len(ctx.current) < 2 or not lethal:
        return ""
    top = max(lethal, key=lambda f: (f.killed, f.wounded, -f.id))
    place = ", ".join(dict.fromkeys(p for p in (top.place, top.admin1) if p)) or "an unknown place"
    when = f"on {day_name(top.start)}" if top.precision == "day" else f"in {top.start:%B %Y}"
    # "in Peshawar, Khyber Pakhtunkhwa, on 4 January": the province is a parenthetical.
    comma = "," if "," in place else ""
    text = (f"The deadliest was {_article(event_type_words(top.event_type))} in {place}{comma} "
            f"{when}, which killed {at_least(top.killed_open)}{num(top.killed)} "
            f"{'person' if top.killed == 1 else 'people'}")
    if top.wounded:
        text += f" and wounded {at_least(top.wounded_open)}{num(top.wounded)}"
    claimers = [a for a, s in top.claims.items() if s == "claimed"]
    if claimers:
        text += f"; {join_and(claimers)} claimed it"
    return text + "."


def _article(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def trend(ctx: Context) -> str:
    counts = {m: len(ctx.in_period(m)) for m in ctx.trend}
    if ctx.unit == "month":
        window = [m for m in ctx.trend if m <= ctx.period and ctx.covered(m)]
        total = sum(counts[m] for m in window)
        if total == 0 or len(window) < 3:
            return ""
        mean = total / len(window)
        if len(window) < len([m for m in ctx.trend if m <= ctx.period]):
            text = (f"Since {period_name(window[0])}, when its records "
                    f"{'there ' if ctx.request.country else ''}begin, EventWatch has recorded "
                    f"{plural(total, 'incident')}, an average of {mean:.1f} a month")
        else:
            text = (f"Over the {len(window)} months to {period_name(ctx.period)} EventWatch "
                    f"recorded {plural(total, 'incident')}, an average of {mean:.1f} a month")
        n = counts[ctx.period]
        others = [counts[m] for m in window if m != ctx.period]
        if others and n > max(others):
            text += f"; {period_bounds(ctx.period)[0]:%B}'s count was the highest of the period"
        elif others and n < min(others):
            text += f"; {period_bounds(ctx.period)[0]:%B}'s count was the lowest of the period"
        text += "."
        if ctx.year_ago and ctx.covered(ctx.year_ago):
            year_ago = counts.get(ctx.year_ago, len(ctx.in_period(ctx.year_ago)))
            text += (f" A year earlier, in {period_name(ctx.year_ago)}, it had recorded "
                     f"{plural(year_ago, 'incident')}." if year_ago else
                     f" It had recorded none in {period_name(ctx.year_ago)}.")
        return text
    months = [m for m in ctx.trend if m.startswith(ctx.period)]
    busiest = max(months, key=lambda m: (counts[m], m))
    if counts[busiest] == 0:
        return ""
    deadliest_month = max(months, key=lambda m: (sum(f.killed for f in ctx.in_period(m)), m))
    killed = sum(f.killed for f in ctx.in_period(deadliest_month))
    name = f"{period_bounds(busiest)[0]:%B}"
    if killed and deadliest_month == busiest:
        return (f"{name} was both the busiest month, with "
                f"{plural(counts[busiest], 'incident')}, and the deadliest, with "
                f"{plural(killed, 'death')}.")
    text = f"The busiest month was {name}, with {plural(counts[busiest], 'incident')}"
    if killed:
        text += (f"; the deadliest was {period_bounds(deadliest_month)[0]:%B}, with "
                 f"{plural(killed, 'death')}")
    return text + "."


def vague(ctx: Context) -> str:
    if not ctx.imprecise:
        return ""
    n = len(ctx.imprecise)
    return (f"{capital(plural(n, 'further incident'))} in the store "
            f"{'is' if n == 1 else 'are'} dated too vaguely to tell whether "
            f"{'it' if n == 1 else 'they'} fell in {period_name(ctx.period)}; "
            f"{'it is' if n == 1 else 'they are'} listed separately and not counted above.")


MEASURE_PHRASES = {
    "attacks": "the number of attacks", "suicide_attacks": "the number of suicide attacks",
    "killed": "the death toll", "wounded": "the number wounded",
    "casualties": "the number of casualties", "arrested": "the number arrested",
    "arrests": "the number of arrests", "kidnapped": "the number kidnapped",
}


def stated_summary(stated: Sequence[StatedLine]) -> str:
    values = [s for s in stated if s.kind == "value"]
    if not values:
        return ""
    differing = [s for s in values if not s.agree]
    first = differing[0] if differing else values[0]
    lead = "Figures stated by others differ" if differing else "Figures stated by others agree"
    phrase = MEASURE_PHRASES.get(first.measure, first.measure)
    text = (f"{lead}: {first.source} put {phrase} in {first.where} in "
            f"{period_name(first.period)} at {first.stated}, against EventWatch's {first.ours}")
    more = len(values) - 1
    if more:
        text += f"; {num(more)} more stated figure{'s are' if more > 1 else ' is'} compared below"
    return text + "."
