"""Alerts: what changed in the months checked, each with the incidents behind it.

Reads :class:`~eventwatch.analysis.facts.Fact` records (the whole history of the scope, so
that "new" and "trailing average" mean something) and returns :class:`Alert` records; writes
nothing.  Three kinds:

* ``new_area``: a named actor active in a district where it had no incident in the previous
  ``new_area_months`` months, although it was active elsewhere before (an expansion);
* ``surge``: a month whose incident count (country-wide, or in one province) is at least
  ``surge_ratio`` times the average of the ``surge_window`` months before it and at least
  ``surge_min_incidents``;
* ``first_claim``: the first attack an actor claims, flagged as by a *newly named* group when
  the actor base does not know the name, or by a *new* group when the store holds no earlier
  incident of it.

A store that only begins recently makes everything look new, so ``new_area`` and
``first_claim`` need ``min_history_months`` of data before the month checked, and a surge needs
its whole trailing window inside the data.  The thresholds are settings
(:data:`ALERT_SETTINGS`): environment variables, overridden by command-line options.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from eventwatch.analysis.facts import Fact, period_bounds, shift
from eventwatch.errors import Errors, EventWatchError
from eventwatch.report.prose import event_type_words
from eventwatch.settings import Setting

KINDS = ("new_area", "surge", "first_claim")


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise ValueError("must be a whole number of at least 1")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise ValueError("must be greater than 0")
    return value


def _levels(text: str) -> tuple[str, ...]:
    levels = tuple(p.strip() for p in text.split(",") if p.strip())
    bad = [p for p in levels if p not in ("country", "province")]
    if bad or not levels:
        raise ValueError("a comma-separated list of: country, province")
    return levels


ALERT_SETTINGS: tuple[Setting, ...] = (
    Setting("new_area_months", "EVENTWATCH_ALERT_NEW_AREA_MONTHS", 12, _positive_int,
            "new_area: months without an incident of the actor in a district before its "
            "return there counts as new."),
    Setting("surge_window", "EVENTWATCH_ALERT_SURGE_WINDOW", 6, _positive_int,
            "surge: number of earlier months averaged."),
    Setting("surge_ratio", "EVENTWATCH_ALERT_SURGE_RATIO", 2.0, _positive_float,
            "surge: a month is a surge at this many times the trailing average or more."),
    Setting("surge_min_incidents", "EVENTWATCH_ALERT_SURGE_MIN", 5, _positive_int,
            "surge: ... and at least this many incidents (2 after 0 is no surge)."),
    Setting("surge_levels", "EVENTWATCH_ALERT_SURGE_LEVELS", ("country", "province"), _levels,
            "surge: where to look, comma-separated: country, province."),
    Setting("min_history_months", "EVENTWATCH_ALERT_MIN_HISTORY", 3, _positive_int,
            "new_area and first_claim: months of data the store must hold before the month "
            "checked."),
)


@dataclass(frozen=True, slots=True)
class AlertSettings:
    """Thresholds in force (see :data:`ALERT_SETTINGS` for their meaning)."""

    new_area_months: int = 12
    surge_window: int = 6
    surge_ratio: float = 2.0
    surge_min_incidents: int = 5
    surge_levels: tuple[str, ...] = ("country", "province")
    min_history_months: int = 3


def load_alert_settings(environ: Mapping[str, str] | None = None,
                        **overrides: Any) -> AlertSettings:
    """Settings from the environment (default ``os.environ``), then ``overrides`` (options;
    None means not given).  A value that does not parse raises E017 naming the variable."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for setting in ALERT_SETTINGS:
        raw = env.get(setting.env, "").strip()
        try:
            values[setting.name] = setting.parse(raw) if raw else setting.default
        except ValueError as exc:
            raise EventWatchError(Errors.E017, input=f"{setting.env}={raw!r}",
                                  reason=str(exc)) from exc
    known = {f.name for f in fields(AlertSettings)}
    for name, value in overrides.items():
        if name not in known:
            raise EventWatchError(Errors.E017, input=name, reason="not an alert setting")
        if value is not None:
            values[name] = value
    return AlertSettings(**values)


@dataclass(slots=True)
class Alert:
    """One alert: ``kind`` (see :data:`KINDS`), the month, what it is about, a sentence."""

    kind: str
    period: str
    subject: str
    message: str
    incident_ids: list[int] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "period": self.period, "subject": self.subject,
                "message": self.message, "incident_ids": list(self.incident_ids),
                "details": dict(self.details)}


def _months_before(month: str, n: int) -> date:
    """First day of the month ``n`` months before ``month``."""
    return period_bounds(shift(month, -n))[0]


def _place(fact: Fact) -> str:
    return ", ".join(p for p in (fact.admin2, fact.admin1, fact.country) if p)


def find_alerts(facts: Sequence[Fact], months: Sequence[str],
                settings: AlertSettings = AlertSettings(),
                kinds: Sequence[str] = KINDS) -> list[Alert]:
    """Alerts for each month label in ``months`` (``YYYY-MM``), in kind then month order.

    ``facts`` should be the scope's whole history; facts after the months checked are ignored.
    """
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise EventWatchError(Errors.E017, input=f"alert kind {bad[0]!r}",
                              reason=f"choose among {', '.join(KINDS)}")
    history = _History(facts)
    finders: dict[str, Callable[[_History, str, AlertSettings], list[Alert]]] = {
        "new_area": _new_area, "surge": _surges, "first_claim": _first_claims}
    out: list[Alert] = []
    for kind in kinds:
        for month in months:
            out.extend(finders[kind](history, month, settings))
    return out


class _History:
    """The dated facts indexed by month and by actor (built once per run)."""

    def __init__(self, facts: Sequence[Fact]) -> None:
        self.facts = [f for f in facts if f.start is not None and f.end is not None]
        self.first_day = min((f.start for f in self.facts if f.start), default=None)
        self.by_month: dict[str, list[Fact]] = defaultdict(list)
        self.by_actor: dict[str, list[Fact]] = defaultdict(list)
        for fact in self.facts:
            label = fact.period("month")
            if label is not None:
                self.by_month[label].append(fact)
            for actor in fact.claims:
                self.by_actor[actor].append(fact)

    def enough(self, month: str, months: int) -> bool:
        """Whether the records begin in or before the month ``months`` before ``month``."""
        return self.first_day is not None and \
            self.first_day <= period_bounds(shift(month, -months))[1]


def _new_area(history: _History, month: str, settings: AlertSettings) -> list[Alert]:
    if not history.enough(month, settings.min_history_months):
        return []
    start, _ = period_bounds(month)
    since = _months_before(month, settings.new_area_months)
    groups: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    for fact in history.by_month.get(month, []):
        if not fact.admin2 or not fact.country:
            continue
        for actor in fact.actors:
            groups[(actor, fact.country, fact.admin2)].append(fact)
    alerts = []
    for (actor, country, district), found in sorted(groups.items()):
        earlier = [f for f in history.by_actor[actor] if f.end is not None and f.end < start]
        if not earlier:
            continue  # a first appearance anywhere: see first_claim
        there = [f for f in earlier if f.country == country and f.admin2 == district]
        if any(f.start is not None and f.start >= since for f in there):
            continue
        last_there = max((f.start for f in there if f.start), default=None)
        latest = max(earlier, key=lambda f: f.start or date.min)
        place = _place(found[0])
        past = f"last there {last_there:%B %Y}" if last_there else "never there before"
        message = (f"{actor}: {len(found)} incident{'s' if len(found) != 1 else ''} in "
                   f"{place} in {_month_name(month)}, with none there in the previous "
                   f"{settings.new_area_months} months ({past}); its latest earlier "
                   f"incident was in {_place(latest)} on {_day(latest.start)}.")
        alerts.append(Alert("new_area", month, f"{actor} @ {district}", message,
                            [f.id for f in found],
                            {"actor": actor, "country": country, "district": district,
                             "last_there": last_there.isoformat() if last_there else None,
                             "earlier_incidents": len(earlier)}))
    return alerts


def _surges(history: _History, month: str, settings: AlertSettings) -> list[Alert]:
    if not history.enough(month, settings.surge_window):
        return []
    window = [shift(month, -i) for i in range(settings.surge_window, 0, -1)]
    keys: list[tuple[str, Callable[[Fact], str | None]]] = []
    if "country" in settings.surge_levels:
        keys.append(("country", lambda f: f.country))
    if "province" in settings.surge_levels:
        keys.append(("province",
                     lambda f: f"{f.admin1}, {f.country}" if f.admin1 and f.country else None))
    by_month = history.by_month
    alerts = []
    for level, key in keys:
        now: dict[str, list[Fact]] = defaultdict(list)
        for fact in by_month.get(month, []):
            area = key(fact)
            if area:
                now[area].append(fact)
        for area, found in sorted(now.items()):
            counts = [sum(1 for f in by_month.get(m, []) if key(f) == area) for m in window]
            mean = sum(counts) / len(counts)
            n = len(found)
            if n < settings.surge_min_incidents or n < settings.surge_ratio * mean:
                continue
            ratio = f"{n / mean:.1f} times" if mean else "up from none"
            killed = sum(f.killed for f in found)
            message = (f"Surge in {area}: {n} incidents in {_month_name(month)} ({killed} "
                       f"killed) against an average of {mean:.1f} a month over the previous "
                       f"{settings.surge_window} months ({ratio}).")
            alerts.append(Alert("surge", month, area, message, [f.id for f in found],
                                {"level": level, "incidents": n, "killed": killed,
                                 "trailing_mean": round(mean, 2), "trailing": counts}))
    return alerts


def _first_claims(history: _History, month: str, settings: AlertSettings) -> list[Alert]:
    if not history.enough(month, settings.min_history_months):
        return []
    alerts = []
    seen: set[str] = set()
    for fact in sorted(history.by_month.get(month, []),
                       key=lambda f: (f.start or date.min, f.id)):
        for actor, status in fact.claims.items():
            if status != "claimed" or actor in seen:
                continue

            def before(f: Fact, this: Fact = fact) -> bool:
                return (f.start or date.min, f.id) < (this.start or date.min, this.id)

            earlier = [f for f in history.by_actor[actor] if before(f)]
            if any(f.claims[actor] == "claimed" for f in earlier):
                continue
            seen.add(actor)
            if actor in fact.unresolved:
                why, label = "a name the actor base does not know", "newly named group"
            elif not earlier:
                why, label = "no earlier incident of the group in the store", "new group"
            else:
                why = (f"{len(earlier)} earlier incident{'s' if len(earlier) != 1 else ''} "
                       f"only attributed to it")
                label = "first claim"
            message = (f"First claimed attack by {actor} ({label}: {why}): "
                       f"{event_type_words(fact.event_type)} in {_place(fact)} on "
                       f"{_day(fact.start)}.")
            alerts.append(Alert("first_claim", month, actor, message, [fact.id],
                                {"actor": actor, "label": label,
                                 "earlier_incidents": len(earlier)}))
    return alerts


def _day(value: date | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else "an unknown date"


def _month_name(month: str) -> str:
    return f"{period_bounds(month)[0]:%B %Y}"


def latest_month(facts: Sequence[Fact]) -> str | None:
    """The latest month holding an incident (the default month to check)."""
    labels = [label for f in facts if (label := f.period("month"))]
    return max(labels) if labels else None
