"""Fusion in the store, on SQLite and PostgreSQL: reports join stored incidents as they are
ingested; analyst merges and splits are recorded and survive re-fusion and re-extraction."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from eventwatch.cli import main
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
)
from eventwatch.store import Store
from eventwatch.store.fusion_schema import DecisionMentionRow
from eventwatch.store.schema import AnalystDecisionRow, ArticleRow, CasualtyFigureRow, MentionRow

DIK = Place("PK", "Khyber Pakhtunkhwa", "Dera Ismail Khan", "Dera Ismail Khan", "locality",
            31.83, 70.90)
DIK_DISTRICT = Place("PK", "Khyber Pakhtunkhwa", "Dera Ismail Khan", "Dera Ismail Khan",
                     "district", 31.85, 70.65)
TANK = Place("PK", "Khyber Pakhtunkhwa", "Tank", "Tank", "locality", 32.22, 70.38)
MONDAY = DateValue(2019, 3, 11)


def save(store: Store, name: str, text: str, *, published: str = "2019-03-11",
         place: Place = DIK, event_type: str = "suicide_bomb", killed: Count | None = None,
         actors: tuple[str, ...] = (), date: DateValue = MONDAY) -> str:
    """Store one article reporting one incident; returns the article id."""
    a = Article(text=text, url=f"https://news.example/{name}", published=published,
                source=f"{name}.txt")
    inc = Incident(date=date, place=place, event_type=event_type, killed=killed or Count(),
                   perpetrators=[Perpetrator(x, x, "non_state", "claimed") for x in actors],
                   evidence=[Evidence("incident", 0, len(text), text)], confidence=0.8,
                   summary=text)
    assert store.save(a, ExtractionResult(a.id, published, [inc])) == "new"
    return a.id


BLAST = ("At least 12 people were killed on Monday morning when a suicide bomber struck a "
         "police checkpoint in Dera Ismail Khan.")
BLAST_2 = "A suicide attack on a police checkpoint in Dera Ismail Khan killed ten people."
TOLL = ("The death toll from Monday's suicide bombing at a police checkpoint in Dera Ismail "
        "Khan rose to 19 on Tuesday.")
SHOOTING = "Gunmen shot dead three policemen on Circular Road in Dera Ismail Khan on Monday night."


def fill(store: Store) -> dict[str, str]:
    ids = {
        "a1": save(store, "a1", BLAST, killed=Count(low=12, qualifier="at_least")),
        "a2": save(store, "a2", BLAST_2, killed=Count.exact(10),
                   actors=("Tehrik-i-Taliban Pakistan",)),
        "b1": save(store, "b1", SHOOTING, published="2019-03-12", event_type="attack",
                   killed=Count.exact(3)),
        "a3": save(store, "a3", TOLL, published="2019-03-12", killed=Count.exact(19)),
    }
    return ids


def groups(store: Store) -> set[frozenset[str]]:
    with Session(store.engine) as session:
        rows = session.execute(select(MentionRow.incident_id, ArticleRow.url)
                               .join(ArticleRow, ArticleRow.id == MentionRow.article_id))
        by: dict[int, set[str]] = {}
        for incident_id, url in rows:
            by.setdefault(incident_id, set()).add(url.rsplit("/", 1)[1])
    return {frozenset(v) for v in by.values()}


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store(db_url) as s:
        yield s


def test_ingestion_fuses_reports_and_reconciles(store: Store) -> None:
    fill(store)
    assert groups(store) == {frozenset({"a1", "a2", "a3"}), frozenset({"b1"})}
    assert store.count("incidents") == 2 and store.count("mentions") == 4
    blast = next(r for r in store.incidents() if r["event_type"] == "suicide_bomb")
    assert (blast["killed_low"], blast["killed_high"], blast["killed_best"]) == (10, 19, 19)
    assert blast["n_sources"] == 3 and len(blast["urls"]) == 3
    assert blast["first_published"] == "2019-03-11"
    assert blast["perpetrators"] == ["Tehrik-i-Taliban Pakistan"]
    with Session(store.engine) as session:
        per_source = session.scalars(select(CasualtyFigureRow.low).where(
            CasualtyFigureRow.incident_id == blast["id"],
            CasualtyFigureRow.mention_id.is_not(None))).all()
        reconciled = session.scalars(select(CasualtyFigureRow.best).where(
            CasualtyFigureRow.incident_id == blast["id"],
            CasualtyFigureRow.mention_id.is_(None))).all()
    assert sorted(per_source) == [10, 12, 19] and reconciled == [19]
    detail = store.incident_detail(blast["id"])
    assert [m["url"] for m in detail["mentions"]] == [
        "https://news.example/a1", "https://news.example/a2", "https://news.example/a3"]
    assert detail["mentions"][2]["figures"]["killed"]["best"] == 19
    assert detail["mentions"][0]["evidence"][0]["text"] == BLAST
    assert {d["low"] for d in detail["disagreements"]["killed"]} == {10, 12, 19}


def test_merge_and_split_are_recorded_and_survive_refusion(store: Store) -> None:
    fill(store)
    records = {r["event_type"]: r["id"] for r in store.incidents()}
    blast, shooting = records["suicide_bomb"], records["attack"]
    assert store.merge_incidents(blast, shooting, who="analyst-1", why="one event") == blast
    assert store.count("incidents") == 1
    mention_of = {m["url"].rsplit("/", 1)[1]: m["mention_id"]
                  for m in store.incident_detail(blast)["mentions"]}
    new_id = store.split_incident(blast, [mention_of["a3"]], who="analyst-2",
                                  why="a different blast")
    assert groups(store) == {frozenset({"a1", "a2", "b1"}), frozenset({"a3"})}
    with Session(store.engine) as session:
        decisions = session.scalars(select(AnalystDecisionRow).order_by(AnalystDecisionRow.id))
        got = [(d.kind, d.incident_ids, d.who, d.why, d.at is not None) for d in decisions]
        roles = sorted(session.scalars(select(DecisionMentionRow.role)))
    assert got == [("merge", [blast, shooting], "analyst-1", "one event", True),
                   ("split", [blast, new_id], "analyst-2", "a different blast", True)]
    assert roles == ["a", "a", "a", "b", "kept", "kept", "kept", "moved"]
    for rebuild in (False, True, True):
        report = store.fuse(rebuild=rebuild)
        assert report.decisions == 2
        assert groups(store) == {frozenset({"a1", "a2", "b1"}), frozenset({"a3"})}
    # Incident ids survive re-fusion.
    assert {r["id"] for r in store.incidents()} == {blast, new_id}
    shown = store.incident_detail(new_id)
    assert [d["kind"] for d in shown["decisions"]] == ["merge", "split"]


def test_decisions_survive_reextraction(store: Store) -> None:
    """An article extracted again (its rows replaced) rejoins where the analyst put it."""
    fill(store)
    tank = save(store, "t1", "A suicide bomber struck a checkpoint in Tank on Monday.",
                place=TANK, killed=Count.exact(2))
    assert frozenset({"t1"}) in groups(store)  # another district: not fused automatically
    blast = next(r["id"] for r in store.incidents() if r["n_sources"] == 3)
    tank_incident = next(r["id"] for r in store.incidents() if r["place"] == "Tank")
    store.merge_incidents(blast, tank_incident, who="analyst", why="misplaced report")
    toll = next(m["mention_id"] for m in store.incident_detail(blast)["mentions"]
                if m["url"].endswith("/a3"))
    store.split_incident(blast, [toll], who="analyst", why="not this blast")
    expected = {frozenset({"a1", "a2", "t1"}), frozenset({"a3"}), frozenset({"b1"})}
    assert groups(store) == expected
    with Session(store.engine) as session, session.begin():
        texts = dict(session.execute(select(ArticleRow.id, ArticleRow.text)).all())
        session.execute(delete(ArticleRow).where(ArticleRow.id.in_([tank] + [
            i for i, t in texts.items() if t == TOLL])))
    report = store.fuse()  # drops the incident emptied by the deletion
    assert report.removed == 1 and store.count("incidents") == 2
    save(store, "t1", "A suicide bomber struck a checkpoint in Tank on Monday.", place=TANK,
         killed=Count.exact(2))
    save(store, "a3", TOLL, published="2019-03-12", killed=Count.exact(19))
    assert groups(store) == expected
    store.fuse(rebuild=True)
    assert groups(store) == expected and store.count("incidents") == 3


def test_a_report_matching_two_stored_incidents_joins_them(store: Store) -> None:
    mourning = ("Mourners buried the victims of the Kotla Saidan bombing as traders shut their "
                "shops in protest.")
    save(store, "x", "A suicide bomber struck a police checkpoint killing twelve officers.",
         killed=Count.exact(12), actors=("Tehrik-i-Taliban Pakistan",))
    save(store, "y", mourning, published="2019-03-12", place=DIK_DISTRICT,
         date=DateValue(2019, 3, 12))
    assert store.count("incidents") == 2
    save(store, "z", "Mourners buried twelve officers killed by a suicide bomber at the Kotla "
                     "Saidan checkpoint; traders shut their shops.", published="2019-03-12",
         place=DIK_DISTRICT, killed=Count.exact(12))
    assert groups(store) == {frozenset({"x", "y", "z"})}
    [record] = store.incidents()
    assert record["n_sources"] == 3 and record["date"] == "2019-03-11"


def test_bad_decisions_are_refused(store: Store) -> None:
    fill(store)
    blast = next(r["id"] for r in store.incidents() if r["n_sources"] == 3)
    with pytest.raises(StoreError) as info:
        store.merge_incidents(blast, 9999, who="x")
    assert info.value.code is Errors.E018 and "9999" in str(info.value)
    with pytest.raises(StoreError) as info:
        store.merge_incidents(blast, blast, who="x")
    assert info.value.code is Errors.E017
    all_mentions = [m["mention_id"] for m in store.incident_detail(blast)["mentions"]]
    with pytest.raises(StoreError) as info:
        store.split_incident(blast, all_mentions, who="x")
    assert "keep at least one" in str(info.value)
    with pytest.raises(StoreError) as info:
        store.split_incident(blast, [123456], who="x")
    assert "123456" in str(info.value)
    assert store.count("analyst_decisions") == 0 and store.count("incidents") == 2


def test_cli_show_merge_split_fuse(sqlite_url: str, tmp_path: Path) -> None:
    with Store(sqlite_url) as s:
        fill(s)
        ids = {r["event_type"]: r["id"] for r in s.incidents()}
    runner = CliRunner()
    shown = runner.invoke(main, ["incidents", "show", str(ids["suicide_bomb"]), "--db",
                                 sqlite_url])
    assert shown.exit_code == 0, shown.output
    assert "3 source(s)" in shown.output and "https://news.example/a2" in shown.output
    assert "killed: low 10, high 19, best 19" in shown.output
    merged = runner.invoke(main, ["incidents", "--db", sqlite_url, "merge",
                                  str(ids["suicide_bomb"]), str(ids["attack"]), "--by", "me",
                                  "--why", "test"])
    assert merged.exit_code == 0 and "merged incident" in merged.output
    detail = json.loads(runner.invoke(main, ["incidents", "show", str(ids["suicide_bomb"]),
                                             "--db", sqlite_url, "--json"]).output)
    shooting = next(m["mention_id"] for m in detail["mentions"] if m["url"].endswith("/b1"))
    split = runner.invoke(main, ["incidents", "split", str(ids["suicide_bomb"]), "--mention",
                                 str(shooting), "--db", sqlite_url, "--by", "me"])
    assert split.exit_code == 0 and "to new incident" in split.output
    fused = runner.invoke(main, ["fuse", "--db", sqlite_url, "--rebuild"])
    assert fused.exit_code == 0 and "analyst decisions applied 2" in fused.output
    missing = runner.invoke(main, ["incidents", "show", "999", "--db", sqlite_url])
    assert missing.exit_code == 1 and "E018" in missing.output


def test_cli_eval_fusion_gate(tmp_path: Path) -> None:
    corpus = Path(__file__).parent / "fixtures" / "fusion" / "corpus.jsonl"
    small = tmp_path / "small.jsonl"
    small.write_text("".join(corpus.read_text(encoding="utf-8").splitlines(True)[:6]),
                     encoding="utf-8")
    runner = CliRunner()
    ok = runner.invoke(main, ["eval-fusion", str(small), "--mode", "gold-mentions", "--json",
                              "--min-f1", "0.9"])
    assert ok.exit_code == 0, ok.output
    [result] = json.loads(ok.output)
    assert result["mode"] == "gold_mentions" and result["scores"]["bcubed_f1"] == 1.0
    assert result["scores"]["gold_clusters"] == 2
