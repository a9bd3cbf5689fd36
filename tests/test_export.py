"""Exports of stored incidents load back with the documented columns; ``eventwatch incidents``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from eventwatch.cli import main
from eventwatch.errors import EventWatchError
from eventwatch.export import FORMATS, format_count, write_incidents
from eventwatch.models import (
    Article,
    Count,
    DateValue,
    ExtractionResult,
    Incident,
    Perpetrator,
    Place,
)
from eventwatch.store import COLUMN_NAMES, COLUMNS, ActorEntry, Store


def _report(text: str, date: DateValue | None, place: Place, killed: Count,
            perps: list[Perpetrator], url: str) -> tuple[Article, ExtractionResult]:
    a = Article(text=text, url=url, published="2019-03-15", source="example")
    inc = Incident(date=date, place=place, event_type="suicide_bomb", attack_type="bombing",
                   suicide=True, target_type="police", killed=killed, perpetrators=perps,
                   summary=text[:40], confidence=0.75)
    return a, ExtractionResult(a.id, a.published, [inc])


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'events.db'}"
    with Store(url) as store:
        store.sync_actors([ActorEntry("Tehrik-i-Taliban Pakistan", "non_state",
                                      acronyms=("TTP",))])
        for args in [
            ("QUETTA: a suicide bomber killed 12, including 2 policemen, \"at\" the gate.",
             DateValue(2019, 3, 11),
             Place("PK", "Balochistan", "Quetta", "Quetta", "locality", 30.19, 67.01),
             Count(12, 12, 12, "exact", {"security_forces": 2, "civilians": 10}),
             [Perpetrator("Tehrik-i-Taliban Pakistan", "TTP", "non_state", "claimed"),
              Perpetrator(None, "a local faction, \"Jundallah\"", "non_state", "suspected")],
             "https://news.example/quetta"),
            ("A blast somewhere in Kurram district killed at least 70 people.",
             DateValue(2019, 1, precision="month"),
             Place("PK", "Khyber Pakhtunkhwa", "Kurram", None, "district"),
             Count(low=70, qualifier="at_least"), [], "https://news.example/kurram"),
        ]:
            a, result = _report(*args)
            assert store.save(a, result) == "new"
    return url


def _records(db: str) -> list[dict[str, object]]:
    with Store(db) as store:
        return store.incidents()


def test_csv_loads_back_with_documented_columns(db: str, tmp_path: Path) -> None:
    records = _records(db)
    out = tmp_path / "incidents.csv"
    assert write_incidents(records, out, "csv") == 2
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(COLUMN_NAMES)
    quetta = rows[1]
    assert quetta["place"] == "Quetta" and quetta["killed_best"] == "12"
    assert quetta["perpetrators"] == 'Tehrik-i-Taliban Pakistan; a local faction, "Jundallah"'
    assert quetta["perpetrator_status"] == "claimed; suspected"
    frame = pd.read_csv(out)
    assert list(frame.columns) == list(COLUMN_NAMES)
    assert frame["killed_low"].tolist() == [70, 12]
    assert frame["killed_security_forces"].tolist()[1] == 2
    assert frame["date"].tolist() == ["2019-01", "2019-03-11"]


def test_json_and_jsonl_keep_lists(db: str, tmp_path: Path) -> None:
    records = _records(db)
    buffer = io.StringIO()
    write_incidents(records, buffer, "json")
    loaded = json.loads(buffer.getvalue())
    assert loaded == records
    write_incidents(records, tmp_path / "x.jsonl", "jsonl")
    lines = (tmp_path / "x.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == records
    assert json.loads(lines[1])["perpetrators"][0] == "Tehrik-i-Taliban Pakistan"


def test_geojson_points_and_null_geometry(db: str, tmp_path: Path) -> None:
    out = tmp_path / "x.geojson"
    write_incidents(_records(db), out, "geojson")
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    kurram, quetta = collection["features"]
    assert kurram["geometry"] is None
    assert quetta["geometry"] == {"type": "Point", "coordinates": [67.01, 30.19]}
    assert quetta["properties"]["admin1"] == "Balochistan"
    assert set(quetta["properties"]) == set(COLUMN_NAMES)


def test_parquet_has_typed_schema(db: str, tmp_path: Path) -> None:
    out = tmp_path / "x.parquet"
    write_incidents(_records(db), out, "parquet")
    table = pq.read_table(out)
    assert table.column_names == list(COLUMN_NAMES)
    assert str(table.schema.field("killed_low").type) == "int64"
    assert str(table.schema.field("perpetrators").type) == "list<element: string>"
    assert table.column("perpetrators").to_pylist()[1] == [
        "Tehrik-i-Taliban Pakistan", 'a local faction, "Jundallah"']
    assert table.column("lat").to_pylist() == [None, 30.19]
    # An empty result still has every column with its type.
    write_incidents([], out, "parquet")
    assert pq.read_table(out).schema.names == list(COLUMN_NAMES)
    assert pd.read_parquet(out).empty
    with pytest.raises(EventWatchError):
        write_incidents([], io.StringIO(), "parquet")


def test_table_is_readable(db: str) -> None:
    buffer = io.StringIO()
    write_incidents(_records(db), buffer, "table")
    text = buffer.getvalue()
    assert "2 incidents" in text
    assert "Quetta, Balochistan, PK" in text and "70+" in text
    assert "\x1b[" not in text  # no terminal codes in a file


def test_every_column_is_documented_once() -> None:
    assert len(set(COLUMN_NAMES)) == len(COLUMNS)
    assert all(c.help and c.type in {"str", "int", "float", "bool", "list[str]"}
               for c in COLUMNS)
    with pytest.raises(EventWatchError):
        write_incidents([], io.StringIO(), "xlsx")
    assert set(FORMATS) == {"table", "csv", "json", "jsonl", "geojson", "parquet"}


@pytest.mark.parametrize(("parts", "shown"), [
    ((12, 12, 12, "exact"), "12"),
    ((70, None, None, "at_least"), "70+"),
    ((100, None, None, "more_than"), ">100"),
    ((None, 5, None, "up_to"), "<=5"),
    ((10, 15, 12, "about"), "10-15"),
    ((20, 20, 20, "about"), "~20"),
    ((None, None, None, None), ""),
])
def test_format_count(parts: tuple[object, ...], shown: str) -> None:
    row = dict(zip(("killed_low", "killed_high", "killed_best", "killed_qualifier"), parts,
                   strict=True))
    assert format_count(row, "killed") == shown


def test_incidents_command_filters_and_writes(db: str, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["incidents", "--db", db, "--actor", "TTP",
                                  "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["place"] for r in rows] == ["Quetta"]
    result = runner.invoke(main, ["incidents", "--db", db])
    assert result.exit_code == 0 and "Kurram" in result.stdout and "Quetta" in result.stdout
    out = tmp_path / "q.parquet"
    result = runner.invoke(main, ["incidents", "--db", db, "--province", "khyber pakhtunkhwa",
                                  "--since", "2019", "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert pq.read_table(out).column("admin2").to_pylist() == ["Kurram"]
    result = runner.invoke(main, ["incidents", "--db", db, "--min-killed", "50",
                                  "--format", "geojson"])
    assert [f["properties"]["admin2"] for f in json.loads(result.stdout)["features"]] == [
        "Kurram"]


def test_incidents_command_errors(db: str) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["incidents", "--db", db, "--format", "parquet"])
    assert result.exit_code == 2 and "-o FILE" in result.output
    result = runner.invoke(main, ["incidents", "--db", db, "--since", "yesterday"])
    assert result.exit_code == 2 and "YYYY" in result.output
    result = runner.invoke(main, ["incidents", "--db", db, "--actor", "Nobody Front"])
    assert result.exit_code == 1 and "E016" in result.output and "Nobody Front" in result.output
    result = runner.invoke(main, ["incidents", "--db", "sqlite:////nonexistent/dir/x.db"])
    assert result.exit_code == 1 and "E012" in result.output
    assert "Examples" in runner.invoke(main, ["incidents", "--help"]).output
