"""Milestones in the store, actor profiles, unresolved names and stored statistics, on SQLite
and PostgreSQL (``db_url``, see ``conftest.py``).

The articles in ``fixtures/actors/articles.jsonl`` were written for these tests; they go
through the real ingestion readers, the real extraction pipeline and the real store.  The
analyst's actor file is pointed away from the developer's own configuration.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import select
from sqlalchemy.orm import Session

from eventwatch.cli import main
from eventwatch.cli.ingest import actor_entries
from eventwatch.errors import EventWatchError
from eventwatch.extract import extract_article
from eventwatch.ingest import read_inputs
from eventwatch.models import (
    Article,
    Count,
    DateValue,
    Evidence,
    ExtractionResult,
    Incident,
    Milestone,
    Perpetrator,
    Place,
)
from eventwatch.resources import Resources
from eventwatch.resources.actors import ActorBase
from eventwatch.store import Store
from eventwatch.store.actor_profile import actor_profile, unresolved_names
from eventwatch.store.milestones import MilestoneRow
from eventwatch.store.statistics import query_statistics, sentence_around

ARTICLES = Path(__file__).parent / "fixtures" / "actors" / "articles.jsonl"


@pytest.fixture(autouse=True)
def _no_home_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("EVENTWATCH_ACTORS_FILE", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture(scope="module")
def empty_user_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("actors") / "none.json"
    path.write_text('{"actors": []}', encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def resources(empty_user_file: Path) -> Resources:
    return Resources(actors_path=empty_user_file)


@pytest.fixture(scope="module")
def extracted(resources: Resources) -> list[tuple[Article, ExtractionResult]]:
    """The fixture articles, read and extracted once for all tests of the module."""
    out = []
    for item in read_inputs([str(ARTICLES)]):
        assert isinstance(item, Article), item
        out.append((item, extract_article(item, resources)))
    assert len(out) == 3
    return out


@pytest.fixture
def store(db_url: str, resources: Resources,
          extracted: list[tuple[Article, ExtractionResult]]) -> Iterator[Store]:
    """A database holding the fixture articles, stored as ``eventwatch ingest`` does."""
    with Store(db_url) as s:
        s.sync_actors(actor_entries(resources))
        for article, result in extracted:
            assert s.save(article, result) == "new"
        yield s


# -- milestones in the store ------------------------------------------------------------------

def test_milestones_are_stored_with_the_article(store: Store,
                                                extracted: list[tuple[Article,
                                                                      ExtractionResult]]) -> None:
    assert store.count("milestones") == 1
    with Session(store.engine) as session:
        row = session.scalars(select(MilestoneRow)).one()
        quetta = extracted[0][0]
        assert row.article_id == quetta.id
        assert (row.kind, row.date_value, row.date_precision) == ("emergence", "2014",
                                                                  "mid-year")
        assert row.what.startswith("The Islamic State first appeared in Balochistan")
        fields = {e["field"]: e for e in row.evidence}
        assert quetta.text[fields["date"]["start"]:fields["date"]["end"]] == "mid-2014"
    # A duplicate article adds nothing.
    article, result = extracted[0]
    assert store.save(article, result) == "duplicate"
    assert store.count("milestones") == 1


def test_a_bad_milestone_rolls_the_whole_article_back(db_url: str) -> None:
    article = Article(text="The Kuki Liberation Front was formed in 2007.", published="2019-01-01")
    bad = Milestone("Kuki Liberation Front", DateValue(2007, precision=None),  # type: ignore[arg-type]
                    "was formed in 2007", "founded", [Evidence("milestone", 0, 10, "The Kuki")])
    incident = Incident(date=DateValue(2019, 1, 1), place=Place("IN"), killed=Count.exact(1))
    result = ExtractionResult(article.id, article.published, [incident], milestones=[bad])
    with Store(db_url) as store:
        with pytest.raises(EventWatchError, match="E013"):
            store.save(article, result)
        assert store.count("articles") == store.count("incidents") == 0
        assert store.count("milestones") == store.count("actors") == 0
        # The same article with a good milestone goes in whole; its unknown actor is flagged.
        result.milestones = [Milestone("Kuki Liberation Front", DateValue(2007, precision="year"),
                                       "was formed in 2007", "founded")]
        assert store.save(article, result) == "new"
        assert store.count("milestones") == 1


# -- the actor profile ------------------------------------------------------------------------

def test_profile_of_a_group_with_branches(store: Store, resources: Resources) -> None:
    profile = actor_profile(store, resources.actors, "Daesh")
    assert profile["name"] == "Islamic State" and profile["kind"] == "non_state"
    assert "Islamic State Khorasan Province" in profile["branches"]
    assert "ISIS" in profile["acronyms"] and profile["in_base"]
    inc = profile["incidents"]
    # Quetta (claimed by IS) and Kabul (suspected: its Khorasan branch).
    assert inc["total"] == 2 and inc["undated"] == 0
    assert inc["by_status"] == {"claimed": 1, "attributed": 0, "suspected": 1}
    assert inc["by_year"] == [{"year": 2019, "incidents": 1, "killed": 12, "wounded": 20},
                              {"year": 2021, "incidents": 1, "killed": 5, "wounded": 0}]
    assert (inc["killed"], inc["wounded"]) == (17, 20)
    assert inc["first"]["date"] == "2019-03-14" and inc["first"]["place"] == "Quetta"
    assert inc["last"]["date"] == "2021-01-04" and inc["last"]["place"] == "Kabul"
    assert inc["by_actor"] == {"Islamic State": 1, "Islamic State Khorasan Province": 1}
    stated = [r for r in profile["relations"] if r["articles"]]
    assert [(r["a"], r["kind"], r["b"]) for r in stated] == [
        ("Lashkar-e-Jhangvi", "affiliate", "Islamic State")]
    assert "an affiliate of" in stated[0]["evidence"][0]["text"]
    assert stated[0]["articles"][0]["url"] == "https://news.example/quetta-2019"
    listed = {(r["a"], r["kind"], r["b"]) for r in profile["relations"] if r["in_base"]}
    assert ("Islamic State Khorasan Province", "branch_of", "Islamic State") in listed
    [milestone] = profile["milestones"]
    assert (milestone["actor"], milestone["kind"], milestone["date"],
            milestone["date_precision"]) == ("Islamic State", "emergence", "2014", "mid-year")
    assert milestone["articles"][0]["published"] == "2019-03-15"
    json.dumps(profile)  # the CLI's JSON output needs nothing else

    own = actor_profile(store, resources.actors, "ISIS", branches=False)
    assert own["incidents"]["total"] == 1 and own["counted"] == ["Islamic State"]


def test_profile_by_acronym_in_any_case_and_base_relations(store: Store,
                                                           resources: Resources) -> None:
    profile = actor_profile(store, resources.actors, "ttp")
    assert profile["name"] == "Tehrik-i-Taliban Pakistan"
    assert "Jamaat-ul-Ahrar" in profile["merged"]
    inc = profile["incidents"]
    assert (inc["total"], inc["killed"], inc["wounded"]) == (1, 2, 3)
    assert inc["by_status"]["claimed"] == 1
    assert inc["first"] == inc["last"] and inc["first"]["place"] == "Khyber"
    # A group the base knows but the store never saw has an empty record, not an error.
    quiet = actor_profile(store, resources.actors, "Hizbul Ahrar")
    assert quiet["incidents"]["total"] == 0 and quiet["milestones"] == []
    assert quiet["incidents"]["first"] is None


def test_profile_of_an_unknown_name(store: Store, resources: Resources) -> None:
    with pytest.raises(EventWatchError, match=r"\[E016\] Lashkar-e-Nowhere"):
        actor_profile(store, resources.actors, "Lashkar-e-Nowhere")


# -- names the base does not know -------------------------------------------------------------

def _by_name(names: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {n["name"]: n for n in names}


def test_unresolved_names_in_stored_texts(store: Store, resources: Resources) -> None:
    found = _by_name(unresolved_names(store, resources.actors))
    assert set(found) == {"Lashkar-e-Qamar", "Kohistan Liberation Army"}
    qamar = found["Lashkar-e-Qamar"]
    assert (qamar["articles"], qamar["mentions"], qamar["incidents"]) == (2, 2, 0)
    assert (qamar["first_seen"], qamar["last_seen"]) == ("2019-03-15", "2020-06-10")
    assert qamar["example"] == ("A little-known group calling itself Lashkar-e-Qamar also "
                                "claimed the bombing, but officials doubted the claim.")
    assert qamar["origin"] == "text"
    assert list(found) == ["Lashkar-e-Qamar", "Kohistan Liberation Army"]  # most reported first


def test_unresolved_actor_flagged_by_the_store(db_url: str, tmp_path: Path,
                                               empty_user_file: Path) -> None:
    """A perpetrator named by an actor base that the current base lacks (another analyst's
    file) is stored as an unresolved actor: it is listed with its incidents until the base
    knows it."""
    theirs = tmp_path / "theirs.json"
    theirs.write_text(json.dumps({"actors": [
        {"name": "Kohistan Liberation Army", "kind": "non_state", "countries": ["AF"]}]}),
        encoding="utf-8")
    extractor = Resources(actors_path=theirs)
    [kabul] = [a for a in read_inputs([str(ARTICLES)]) if isinstance(a, Article)
               and a.url == "https://news.example/kabul-2021"]
    result = extract_article(kabul, extractor)
    assert any(p.actor == "Kohistan Liberation Army" for i in result.incidents
               for p in i.perpetrators)
    ours = ActorBase.load(user_path=empty_user_file)
    with Store(db_url) as store:
        store.sync_actors(actor_entries(Resources(actors_path=empty_user_file)))
        store.save(kabul, result)
        [kla] = unresolved_names(store, ours)
        assert kla["name"] == "Kohistan Liberation Army"
        assert (kla["incidents"], kla["articles"], kla["origin"]) == (1, 1, "store + text")
        assert kla["example"].startswith("The Kohistan Liberation Army, a new outfit")
        # The profile works for a name only the store knows.
        profile = actor_profile(store, ours, "kohistan liberation army")
        assert not profile["in_base"] and profile["unresolved"]
        assert profile["incidents"]["by_status"]["claimed"] == 1
        assert unresolved_names(store, ActorBase.load(user_path=theirs)) == []


def test_unnamed_perpetrator_written_as_a_name(db_url: str, resources: Resources) -> None:
    text = "On Monday, militants of the Mangal Bagh group killed two policemen in Bara."
    article = Article(text=text, published="2019-05-07")
    incident = Incident(date=DateValue(2019, 5, 6), place=Place("PK"),
                        killed=Count.exact(2), perpetrators=[
                            Perpetrator(None, "militants of the Mangal Bagh group")])
    with Store(db_url) as store:
        store.save(article, ExtractionResult(article.id, article.published, [incident]))
        [found] = unresolved_names(store, resources.actors)
    assert (found["name"], found["incidents"], found["first_seen"]) == (
        "Mangal Bagh group", 1, "2019-05-07")


# -- statistics -------------------------------------------------------------------------------

def test_query_statistics_filters_and_sentence(store: Store, resources: Resources) -> None:
    records = query_statistics(store)
    assert [(r["period"], r["measure"], r["value"], r["share_pct"]) for r in records] == [
        ("2018", "killed", 595, None), ("2018", "killed", None, 38.0),
        ("2020-05", "killed", 31, None)]
    first = records[0]
    assert first["sentence"] == (
        "A report by the Pakistan Institute of Peace Studies said 595 people were killed in "
        "terrorist attacks across Pakistan in 2018, of which 38% were killed in attacks "
        "claimed by the Islamic State.")
    assert first["source"] == "Pakistan Institute of Peace Studies"
    assert (first["country"], first["published"]) == ("PK", "2019-03-15")
    assert records[2]["admin1"] == "Khyber Pakhtunkhwa"
    assert records[1]["actor"] == "Islamic State" and records[1]["of_measure"] == "killed"
    assert len(query_statistics(store, country="pk", measure="killed")) == 3
    assert query_statistics(store, country="AF") == []
    assert query_statistics(store, measure="attacks") == []
    [isis] = query_statistics(store, actor="Daesh", actors=resources.actors)
    assert isis["share_pct"] == 38.0
    # Without the actor base the store's aliases still resolve the name.
    assert len(query_statistics(store, actor="ISIL")) == 1
    assert query_statistics(store, actor="TTP", actors=resources.actors) == []
    with pytest.raises(EventWatchError, match="E016"):
        query_statistics(store, actor="Lashkar-e-Nowhere", actors=resources.actors)


def test_sentence_around() -> None:
    text = "First one. The second says 595 people died.\nThird line! Fourth."
    start = text.index("595")
    assert sentence_around(text, start, start + 3) == "The second says 595 people died."
    assert sentence_around(text, 0, 5) == "First one."
    assert sentence_around(text, len(text) - 7, len(text)) == "Fourth."


# -- the command line -------------------------------------------------------------------------

def test_cli_session(db_url: str, tmp_path: Path) -> None:
    """Ingest, profile, statistics and the unresolved-name workflow, as an analyst runs it."""
    runner = CliRunner()

    def run(*args: str, ok: bool = True) -> str:
        result = runner.invoke(main, list(args), catch_exceptions=False)
        assert (result.exit_code == 0) is ok, result.output
        return result.output

    assert "new 3" in run("ingest", str(ARTICLES), "--db", db_url, "--no-progress")
    text = run("actor", "ISIS", "--db", db_url)
    assert text.startswith("Islamic State (non_state)")
    assert "2 incidents, killed 17, wounded 20; claimed 1, attributed 0, suspected 1" in text
    assert "2014 (mid-year)   emergence  The Islamic State first appeared" in text
    assert "Lashkar-e-Jhangvi affiliate Islamic State  [1 article]" in text
    profile = json.loads(run("actor", "Tehreek-e-Taliban Pakistan", "--db", db_url,
                             "--format", "json"))
    assert profile["name"] == "Tehrik-i-Taliban Pakistan"
    assert profile["incidents"]["by_year"] == [
        {"year": 2020, "incidents": 1, "killed": 2, "wounded": 3}]
    assert "[E016] Nobody Front" in run("actor", "Nobody Front", "--db", db_url, ok=False)

    table = run("statistics", "--db", db_url, "--country", "PK", "--measure", "killed")
    assert "595" in table and "38% of killed" in table and "Pakistan Institute for Conflict" \
        in table
    rows = run("statistics", "--db", db_url, "--actor", "IS", "--format", "csv").splitlines()
    assert rows[0].startswith("id,period,period_precision,measure,country,admin1,actor")
    assert len(rows) == 2 and ",Islamic State," in rows[1]
    assert json.loads(run("statistics", "--db", db_url, "--country", "AF",
                          "--format", "json")) == []

    # The analyst's file is the default one ($XDG_CONFIG_HOME/eventwatch/actors.json).
    unresolved = json.loads(run("actors", "--unresolved", "--db", db_url, "--format", "json"))
    assert [n["name"] for n in unresolved] == ["Lashkar-e-Qamar", "Kohistan Liberation Army"]
    listing = run("actors", "--unresolved", "--db", db_url)
    assert "Lashkar-e-Qamar" in listing and 'e.g. "A little-known group' in listing
    run("actors", "add", "Lashkar-e-Qamar", "--kind", "non_state", "--country", "PK")
    assert (tmp_path / "config" / "eventwatch" / "actors.json").is_file()
    after = run("actors", "--unresolved", "--db", db_url, "--format", "csv").splitlines()
    assert after[0] == ("name,articles,mentions,incidents,first_seen,last_seen,origin,example,"
                        "article_id")
    assert [line.split(",")[0] for line in after[1:]] == ["Kohistan Liberation Army"]
