"""The incident store on SQLite and on a real PostgreSQL server (see ``conftest.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.orm import Session

from eventwatch.errors import Errors, StoreError
from eventwatch.models import (
    Article,
    Count,
    DateValue,
    Evidence,
    ExtractionResult,
    Incident,
    Perpetrator,
    Place,
    Relation,
    Statistic,
)
from eventwatch.store import COLUMN_NAMES, ActorEntry, Store
from eventwatch.store.schema import TABLES, ActorRow, CasualtyFigureRow, MentionRow

QUETTA = Place("PK", "Balochistan", "Quetta", "Quetta", "locality", 30.19, 67.01)
PESHAWAR = Place("PK", "Khyber Pakhtunkhwa", "Peshawar", "Peshawar", "locality", 34.01, 71.58)
KABUL = Place("AF", "Kabul", "Kabul", "Kabul", "locality", 34.53, 69.17)


def article(text: str, **kw: Any) -> Article:
    return Article(text=text, **kw)


def incident(date: DateValue | None, place: Place, *, event_type: str = "suicide_bomb",
             killed: Count | None = None, perpetrators: list[Perpetrator] | None = None,
             ) -> Incident:
    return Incident(date=date, place=place, event_type=event_type,
                    attack_type="bombing" if event_type == "suicide_bomb" else None,
                    suicide=event_type == "suicide_bomb", target_type="police",
                    killed=killed or Count(), wounded=Count(low=20, qualifier="at_least"),
                    perpetrators=perpetrators or [],
                    evidence=[Evidence("killed", 0, 6, "killed")], confidence=0.8,
                    summary="test incident")


def result_for(a: Article, *incidents: Incident, **kw: Any) -> ExtractionResult:
    return ExtractionResult(a.id, a.published, list(incidents), **kw)


def quetta_report() -> tuple[Article, ExtractionResult]:
    a = article("QUETTA: A suicide bomber killed 12 people, including two policemen, at a "
                "police post on Monday. Islamic State claimed the attack.",
                url="https://news.example/quetta", title="Blast in Quetta",
                published="2019-03-12", published_source="meta", source="example",
                source_format="html", external_id="ex-1")
    killed = Count(12, 12, 12, "exact", {"civilians": 10, "security_forces": 2})
    inc = incident(DateValue(2019, 3, 11), QUETTA, killed=killed, perpetrators=[
        Perpetrator("Islamic State", "Islamic State", "non_state", "claimed")])
    stat = Statistic("killed", DateValue(2018, precision="year"), {"country": "PK"}, 595,
                     source="PIPS", evidence=[Evidence("value", 0, 3, "595")])
    rel = Relation("Islamic State Khorasan Province", "Islamic State", "branch_of",
                   [Evidence("relation", 0, 4, "ISKP")], 0.7)
    return a, result_for(a, inc, statistics=[stat], relations=[rel])


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store(db_url) as s:
        yield s


def test_migration_matches_the_orm(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from eventwatch.store.migrate import head_revisions
    from eventwatch.store.schema import Base

    Store(db_url).close()
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            assert set(TABLES) <= set(inspect(conn).get_table_names())
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
            assert diff == [], f"migration and ORM disagree: {diff}"
            versions = {row[0] for row in conn.execute(
                text("SELECT version_num FROM alembic_version"))}
            assert versions == head_revisions()
    finally:
        engine.dispose()
    # Opening again is a no-op on an up-to-date database.
    Store(db_url).close()


def test_save_then_duplicate(store: Store) -> None:
    a, result = quetta_report()
    assert not store.has_article(a.id)
    assert store.save(a, result) == "new"
    assert store.has_article(a.id)
    counts = {t: store.count(t) for t in TABLES}
    assert counts["articles"] == 1 and counts["incidents"] == 1 and counts["mentions"] == 1
    # killed: total + 2 categories, wounded: total; per source and reconciled.
    assert counts["casualty_figures"] == 8
    assert counts["perpetrators"] == 1 and counts["statistics"] == 1
    assert counts["actor_relations"] == 1
    assert counts["actors"] == 2  # Islamic State, Islamic State Khorasan Province
    same = Article(text=a.text.upper() + " ", url="https://mirror.example/x")
    assert same.id == a.id
    assert store.save(same, result) == "duplicate"
    assert {t: store.count(t) for t in TABLES} == counts


def test_saved_rows_keep_the_source_record(store: Store) -> None:
    a, result = quetta_report()
    store.save(a, result)
    with Session(store.engine) as session:
        mention = session.scalars(select(MentionRow)).one()
        assert mention.article_id == a.id and mention.index_in_article == 0
        assert Incident.from_dict(mention.record) == result.incidents[0]
        assert mention.evidence == [{"field": "killed", "start": 0, "end": 6, "text": "killed"}]
        figures = session.scalars(select(CasualtyFigureRow).where(
            CasualtyFigureRow.mention_id.is_not(None))).all()
        got = {(f.measure, f.category): (f.low, f.high, f.best, f.qualifier) for f in figures}
        assert got == {
            ("killed", "total"): (12, 12, 12, "exact"),
            ("killed", "civilians"): (10, 10, 10, "exact"),
            ("killed", "security_forces"): (2, 2, 2, "exact"),
            ("wounded", "total"): (20, None, None, "at_least"),
        }
        actors = {r.name: r.unresolved for r in session.scalars(select(ActorRow))}
        # Nothing was synced from an actor base, so both names are awaiting review.
        assert actors == {"Islamic State": True, "Islamic State Khorasan Province": True}
    [record] = store.incidents()
    assert record["killed_civilians"] == 10 and record["killed_security_forces"] == 2
    assert record["wounded_low"] == 20 and record["wounded_qualifier"] == "at_least"
    assert record["arrested_qualifier"] is None
    assert record["urls"] == ["https://news.example/quetta"]
    assert record["first_published"] == "2019-03-12"
    assert record["perpetrators"] == ["Islamic State"]
    assert record["perpetrator_status"] == ["claimed"]
    assert list(record) == list(COLUMN_NAMES)


def test_failed_save_rolls_back_everything(store: Store) -> None:
    good, good_result = quetta_report()
    store.save(good, good_result)
    before = {t: store.count(t) for t in TABLES}
    bad = article("PESHAWAR: gunmen attacked a checkpoint, killing four.", published="2019-04-02")
    # The second incident carries a casualty category the schema does not allow: the database
    # rejects it only after the article, the first incident and its mention were written.
    broken = incident(DateValue(2019, 4, 1), PESHAWAR, killed=Count(4, 4, 4, "exact",
                                                                     {"aliens": 4}))
    fine = incident(DateValue(2019, 4, 1), PESHAWAR, killed=Count.exact(4),
                    perpetrators=[Perpetrator("Tehrik-i-Taliban Pakistan", "TTP", "non_state")])
    with pytest.raises(StoreError) as info:
        store.save(bad, result_for(bad, fine, broken))
    assert info.value.code is Errors.E013
    assert bad.id in str(info.value) and "rolled back" in str(info.value)
    assert not store.has_article(bad.id)
    assert {t: store.count(t) for t in TABLES} == before
    # The store is still usable and the same article can be stored once it is fixed.
    assert store.save(bad, result_for(bad, fine)) == "new"
    assert store.count("incidents") == before["incidents"] + 1


def test_negative_figure_is_rejected(store: Store) -> None:
    a = article("A blast killed minus one people.")
    with pytest.raises(StoreError):
        store.save(a, result_for(a, incident(DateValue(2019), QUETTA, killed=Count(-1))))
    assert store.count("articles") == 0 and store.count("incidents") == 0


def _fill(store: Store) -> None:
    reports = [
        ("QUETTA blast", DateValue(2019, 3, 11), QUETTA, "suicide_bomb", Count.exact(12),
         [Perpetrator("Islamic State", "Daesh", "non_state", "claimed")]),
        ("PESHAWAR raid", DateValue(2019, 1, 20), PESHAWAR, "armed_clash",
         Count(low=70, qualifier="at_least"),
         [Perpetrator("Tehrik-i-Taliban Pakistan", "TTP", "non_state", "attributed")]),
        ("KABUL attack", DateValue(2019, 2, precision="month"), KABUL, "attack",
         Count.exact(3),
         [Perpetrator("Islamic State Khorasan Province", "ISKP", "non_state", "claimed")]),
        ("QUETTA arrests", DateValue(2018, precision="year"), QUETTA, "arrests", Count(),
         [Perpetrator("Pakistan Army", "troops", "state", "attributed")]),
        ("undated clash", None, PESHAWAR, "armed_clash", Count.exact(1),
         [Perpetrator(None, "unknown gunmen", "non_state", "attributed")]),
    ]
    for text_, date, place, etype, killed, perps in reports:
        a = article(text_ + " report text", published="2019-03-15",
                    url=f"https://news.example/{text_.split()[0].lower()}")
        assert store.save(a, result_for(a, incident(date, place, event_type=etype,
                                                    killed=killed, perpetrators=perps))) == "new"


def _places(records: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(r["place"], r["date"]) for r in records]


def test_filters(store: Store) -> None:
    _fill(store)
    everything = store.incidents()
    # Date order, undated last.
    assert [r["date"] for r in everything] == ["2018", "2019-01-20", "2019-02", "2019-03-11",
                                               None]
    assert [r["place"] for r in store.incidents(country="af")] == ["Kabul"]
    assert len(store.incidents(country="PK")) == 4
    assert _places(store.incidents(admin1="balochistan")) == [("Quetta", "2018"),
                                                             ("Quetta", "2019-03-11")]
    assert [r["event_type"] for r in store.incidents(event_type="armed_clash")] == [
        "armed_clash", "armed_clash"]
    # Overlap semantics: the month-precision Kabul date and year-precision 2018 date.
    assert _places(store.incidents(since="2019-02-15", until="2019-02-20")) == [
        ("Kabul", "2019-02")]
    assert [r["date"] for r in store.incidents(until="2018")] == ["2018"]
    assert [r["date"] for r in store.incidents(since="2019-03")] == ["2019-03-11"]
    assert [r["date"] for r in store.incidents(since="2019-01", until="2019-02")] == [
        "2019-01-20", "2019-02"]
    # min_killed uses the best estimate, else the low bound ("at least 70").
    assert [r["place"] for r in store.incidents(min_killed=10)] == ["Peshawar", "Quetta"]
    assert [r["place"] for r in store.incidents(min_killed=3, country="PK",
                                                 since="2019-03")] == ["Quetta"]
    assert len(store.incidents(limit=2)) == 2
    assert store.incidents(country="IN") == []
    with pytest.raises(StoreError) as info:
        store.incidents(since="last year")
    assert info.value.code is Errors.E017


def test_actor_filter_resolves_aliases_and_branches(store: Store) -> None:
    store.sync_actors([
        ActorEntry("Islamic State", "non_state", aliases=("Daesh", "ISIL", "ISIS"),
                   acronyms=("IS",), countries=("IQ", "SY", "AF", "PK")),
        ActorEntry("Islamic State Khorasan Province", "non_state", parent="Islamic State",
                   aliases=("Wilayat-e-Khurasan",), acronyms=("ISKP",), countries=("AF", "PK")),
        ActorEntry("Tehrik-i-Taliban Pakistan", "non_state",
                   aliases=("Tehreek-e-Taliban Pakistan",), acronyms=("TTP",)),
    ])
    _fill(store)
    with Session(store.engine) as session:
        unresolved = set(session.scalars(select(ActorRow.name).where(ActorRow.unresolved)))
    # Only the name the actor base does not know waits for an analyst.
    assert unresolved == {"Pakistan Army"}
    assert [r["place"] for r in store.incidents(actor="ttp")] == ["Peshawar"]
    assert [r["place"] for r in store.incidents(actor="Tehreek-e-Taliban Pakistan")] == [
        "Peshawar"]
    # The parent matches its branch too (family level); the branch matches only itself.
    assert [r["place"] for r in store.incidents(actor="ISIS")] == ["Kabul", "Quetta"]
    assert [r["place"] for r in store.incidents(actor="wilayat-e-khurasan")] == ["Kabul"]
    assert [r["place"] for r in store.incidents(actor="Daesh", country="PK")] == ["Quetta"]
    assert store.incidents(actor="Pakistan Army")[0]["perpetrator_kind"] == ["state"]
    with pytest.raises(StoreError) as info:
        store.incidents(actor="Nonexistent Front")
    assert info.value.code is Errors.E016
    # Syncing again changes nothing.
    n = store.count("actor_aliases")
    store.sync_actors([ActorEntry("Islamic State", "non_state", aliases=("Daesh",))])
    assert store.count("actor_aliases") == n


def test_count_rejects_unknown_table(store: Store) -> None:
    with pytest.raises(StoreError) as info:
        store.count("users; DROP TABLE articles")
    assert info.value.code is Errors.E017


def test_open_errors_name_the_database(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "dir" / "x.db"
    with pytest.raises(StoreError) as info:
        Store(f"sqlite:///{missing}")
    assert info.value.code is Errors.E012 and str(missing) in str(info.value)
    with pytest.raises(StoreError) as info:
        Store("nosuchdb://user:secret@host/db")
    assert "secret" not in str(info.value) and "nosuchdb" in str(info.value)


def test_default_url_comes_from_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("EVENTWATCH_DATABASE_URL", raising=False)
    with Store() as s:
        assert s.count("articles") == 0
    assert (tmp_path / "eventwatch.db").exists()
    target = tmp_path / "from-env.db"
    monkeypatch.setenv("EVENTWATCH_DATABASE_URL", f"sqlite:///{target}")
    Store().close()
    assert target.exists()


def test_closed_store_says_so(sqlite_url: str) -> None:
    s = Store(sqlite_url)
    s.close()
    with pytest.raises(StoreError):
        s.count("articles")
