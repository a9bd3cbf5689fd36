"""Statistics and alerts over a constructed store (real Store, SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from analysis_data import NEW_GROUP, TTP, populated_database
from eventwatch.analysis.alerts import (
    AlertSettings,
    find_alerts,
    latest_month,
    load_alert_settings,
)
from eventwatch.analysis.facts import Fact, Scope, load_facts, period_bounds, shift, year_before
from eventwatch.analysis.stats import STAT_COLUMN_NAMES, compute_stats, write_stats
from eventwatch.errors import EventWatchError
from eventwatch.store import Store


@pytest.fixture(scope="module",
                params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def populated(request: pytest.FixtureRequest,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One populated database per backend for this module's read-only tests."""
    with populated_database(request.param, request, tmp_path_factory) as url:
        yield url


@pytest.fixture(scope="module")
def facts(populated: str) -> list[Fact]:
    with Store(populated) as store, Session(store.engine) as session:
        return load_facts(session, Scope(country="PK"))


def by_period(rows: list[dict[str, object]]) -> dict[object, dict[str, object]]:
    return {r["period"]: r for r in rows}


def test_monthly_counts_changes_and_lethality(facts: list[Fact]) -> None:
    rows = by_period(compute_stats(facts, period="month"))
    assert list(rows)[:2] == ["2018-07", "2018-08"] and list(rows)[-1] == "2019-01"
    jan = rows["2019-01"]
    assert (jan["incidents"], jan["killed"], jan["wounded"], jan["arrested"]) == (12, 30, 69, 3)
    assert jan["incidents_prev"] == 4 and jan["incidents_change_pct"] == 200.0
    assert jan["killed_prev"] == 4 and jan["killed_change_pct"] == 650.0
    assert jan["lethality"] == 2.5
    # January 2018 lies before the data: no year-on-year figure rather than a zero.
    assert jan["incidents_year_ago"] is None and jan["incidents_yoy_pct"] is None
    assert rows["2018-07"]["incidents_prev"] is None
    # The incident dated only "2019" counts in the year, in no month.
    years = by_period(compute_stats(facts, period="year"))
    assert years["2019"]["incidents"] == 13 and years["2018"]["incidents"] == 14
    assert years["2019"]["incidents_change_pct"] == round((13 - 14) * 100 / 14, 1)


def test_counts_by_dimension(facts: list[Fact]) -> None:
    jan = [r for r in compute_stats(facts, period="month", by="province")
           if r["period"] == "2019-01"]
    assert [(r["group"], r["incidents"], r["killed"]) for r in jan] == [
        ("Khyber Pakhtunkhwa", 7, 17), ("Balochistan", 4, 11), ("Sindh", 1, 2)]
    kp = jan[0]
    assert kp["incidents_prev"] == 2 and kp["incidents_change_pct"] == 250.0
    categories = {r["group"]: r for r in compute_stats(facts, period="month", by="category")
                  if r["period"] == "2019-01"}
    assert {c: (r["killed"], r["wounded"]) for c, r in categories.items()} == {
        "security_forces": (9, 31), "civilians": (14, 36), "militants": (7, 2)}
    actors = {r["group"]: r["incidents"] for r in compute_stats(facts, period="all", by="actor")}
    assert actors[TTP] == 5 and actors[NEW_GROUP] == 1 and actors["state forces (unnamed)"] == 1
    districts = {r["group"] for r in compute_stats(facts, period="all", by="district")}
    assert {"Quetta", "Khyber", "Kech"} <= districts
    weeks = compute_stats(facts, period="week", first="2019-W01", last="2019-W02")
    assert [(r["period"], r["incidents"]) for r in weeks] == [("2019-W01", 2),
                                                              ("2019-W02", 3)]


def test_scope_filters_read_the_store(populated: str) -> None:
    with Store(populated) as store, Session(store.engine) as session:
        ttp = load_facts(session, Scope(actor="TTP"))
        quetta = load_facts(session, Scope(admin2="quetta", since="2019-01"))
        jan = load_facts(session, Scope(country="pk", since="2019-01", until="2019-01"))
    assert len(ttp) == 5 and all(TTP in f.claims for f in ttp)
    assert {f.place for f in quetta} == {"Quetta"} and len(quetta) == 3
    # The store's overlap filter also returns the incident dated only "2019".
    assert len(jan) == 13 and sum(1 for f in jan if f.period("month") == "2019-01") == 12


def test_stats_writers_give_the_documented_columns(facts: list[Fact]) -> None:
    rows = compute_stats(facts, period="month", by="province")
    out = io.StringIO()
    write_stats(rows, out, "csv")
    parsed = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(parsed[0]) == STAT_COLUMN_NAMES and len(parsed) == len(rows)
    out = io.StringIO()
    write_stats(rows, out, "json")
    assert json.loads(out.getvalue())[0]["period"] == "2018-07"
    out = io.StringIO()
    write_stats(compute_stats(facts), out, "table")
    assert "2019-01" in out.getvalue() and "+200%" in out.getvalue()
    with pytest.raises(EventWatchError, match="E017"):
        compute_stats(facts, by="colour")


def test_period_arithmetic() -> None:
    assert shift("2019-01", -1) == "2018-12" and shift("2018-12", 1) == "2019-01"
    assert year_before("2019-01") == "2018-01" and year_before("2019") == "2018"
    assert shift("2019-W01", -1) == "2018-W52"
    assert period_bounds("2019-W01")[0].isoformat() == "2018-12-31"
    with pytest.raises(EventWatchError, match="E017"):
        period_bounds("2019-13")


def test_alerts_fire_on_the_constructed_month(facts: list[Fact]) -> None:
    assert latest_month(facts) == "2019-01"
    alerts = find_alerts(facts, ["2019-01"])
    kinds = {(a.kind, a.subject) for a in alerts}
    assert ("surge", "PK") in kinds and ("surge", "Khyber Pakhtunkhwa, PK") in kinds
    assert ("surge", "Balochistan, PK") not in kinds  # 4 incidents: under the minimum of 5
    assert ("new_area", f"{TTP} @ Quetta") in kinds
    assert ("new_area", "Islamic State @ Peshawar") in kinds
    assert ("new_area", f"{TTP} @ Khyber") not in kinds  # active there in December
    first = {a.subject: a for a in alerts if a.kind == "first_claim"}
    assert set(first) == {TTP, NEW_GROUP}
    assert first[NEW_GROUP].details["label"] == "newly named group"
    assert first[TTP].details["label"] == "first claim"
    surge = next(a for a in alerts if a.subject == "PK")
    assert len(surge.incident_ids) == 12 and surge.details["trailing"] == [2, 2, 2, 2, 2, 4]
    assert "12 incidents in January 2019" in surge.message


def test_alerts_stay_quiet_otherwise(facts: list[Fact]) -> None:
    # December: the records begin in July, so a 6-month window is not yet covered.
    assert [a for a in find_alerts(facts, ["2018-12"]) if a.kind == "surge"] == []
    # The same January with stricter thresholds.
    strict = AlertSettings(surge_ratio=6.0, new_area_months=1, min_history_months=12)
    assert find_alerts(facts, ["2019-01"], strict) == []
    assert find_alerts(facts, ["2019-01"], kinds=["surge"]) and \
        all(a.kind == "surge" for a in find_alerts(facts, ["2019-01"], kinds=["surge"]))
    # September 2018: IS's first claim, but the records are only two months old.
    assert find_alerts(facts, ["2018-09"], kinds=["first_claim"]) == []


def test_alert_settings_from_environment_and_options() -> None:
    env = {"EVENTWATCH_ALERT_SURGE_RATIO": "3.5", "EVENTWATCH_ALERT_SURGE_LEVELS": "country"}
    settings = load_alert_settings(env, surge_window=4, new_area_months=None)
    assert settings.surge_ratio == 3.5 and settings.surge_window == 4
    assert settings.surge_levels == ("country",) and settings.new_area_months == 12
    with pytest.raises(EventWatchError, match="EVENTWATCH_ALERT_SURGE_WINDOW"):
        load_alert_settings({"EVENTWATCH_ALERT_SURGE_WINDOW": "0"})
    with pytest.raises(EventWatchError, match="E017"):
        load_alert_settings({}, surge_colour=1)
