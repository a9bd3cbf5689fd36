"""Exports in other datasets' shapes load in pandas with the documented columns; UCDP GED and
ACLED files import as reference events and compare with the store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from analysis_data import PLACES, TTP, populated_database
from eventwatch.errors import DataError, EventWatchError
from eventwatch.exchange.codes import CountryCodes
from eventwatch.exchange.export import COLUMNS, EXPORT_FORMATS, export_incidents
from eventwatch.exchange.reference import (
    Admin1Resolver,
    compare,
    count_reference,
    import_reference,
)
from eventwatch.exchange.ucdp import priogrid
from eventwatch.models import Article, Count, DateValue, ExtractionResult, Incident, Perpetrator
from eventwatch.resources.gazetteer import Gazetteer
from eventwatch.store import COLUMN_NAMES, Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
UCDP_FILE = SHARED / "data" / "ucdp_ged_pakistan.csv"
ACLED_FILE = Path(__file__).parent / "fixtures" / "acled_sample.csv"


@pytest.fixture(scope="module")
def codes() -> CountryCodes:
    return CountryCodes.load()


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module",
                params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def populated(request: pytest.FixtureRequest,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The constructed store, once per backend for this module (the tests add only
    reference events to it)."""
    with populated_database(request.param, request, tmp_path_factory) as url:
        yield url


def test_dataset_exports_load_in_pandas(populated: str, codes: CountryCodes,
                                        tmp_path: Path) -> None:
    with Store(populated) as store:
        frames = {}
        for fmt in ("gtd", "acled", "ucdp"):
            path = tmp_path / f"{fmt}.csv"
            read, written = export_incidents(store, fmt, path, codes=codes, country="PK")
            frames[fmt] = pd.read_csv(path)
            assert read == 27
            assert list(frames[fmt].columns) == [name for name, _ in COLUMNS[fmt]]
            assert len(frames[fmt]) == written
    gtd, acled, ucdp = frames["gtd"], frames["acled"], frames["ucdp"]
    # GTD: attacks only (the arrest raid is a security operation).
    raid_id = int(acled.loc[acled["sub_event_type"] == "Arrests", "eventwatch_id"].iloc[0])
    assert len(gtd) == 26 and raid_id not in set(gtd["eventwatch_id"])
    quetta = gtd[gtd["eventid"] == 201901020001].iloc[0]
    assert (quetta["iyear"], quetta["imonth"], quetta["iday"]) == (2019, 1, 2)
    assert (quetta["country"], quetta["country_txt"], quetta["region"]) == (153, "Pakistan", 6)
    assert quetta["gname"] == TTP and quetta["claimed"] == 1 and quetta["nkill"] == 3
    assert (quetta["attacktype1"], quetta["targtype1"], quetta["weaptype1"]) == (3, 3, 6)
    assert pd.isna(quetta["attacktype2"]) and pd.isna(quetta["attacktype3"])
    grenade = gtd[gtd["eventid"] == 201901190001].iloc[0]
    assert (grenade["attacktype1"], grenade["attacktype2"]) == (3, 2)
    assert grenade["attacktype2_txt"] == "Armed Assault" and pd.isna(grenade["attacktype3"])
    vague = gtd[gtd["iyear"].eq(2019) & gtd["imonth"].eq(0)].iloc[0]
    assert str(vague["eventid"]).startswith("2019000000") and str(vague["approxdate"]) == "2019"
    assert int(gtd["nkill"].fillna(0).sum()) == 21 + 30 + 1  # history, January, "2019"
    # ACLED: one row per dated incident, ACLED spellings and codes.
    assert len(acled) == 27 and set(acled["iso"]) == {586}
    bomb = acled[acled["event_date"] == "2019-01-04"].iloc[0]
    assert (bomb["event_type"], bomb["sub_event_type"]) == ("Explosions/Remote violence",
                                                            "Suicide bomb")
    assert bomb["actor1"] == "Islamic State" and bomb["inter1"] == 2
    raid = acled[acled["sub_event_type"] == "Arrests"].iloc[0]
    assert raid["actor1"] == "Security Forces of Pakistan" and raid["inter1"] == 1
    assert raid["disorder_type"] == "Strategic developments"
    # UCDP GED: low <= best <= high, deaths split by side, PRIO-GRID cells.
    assert len(ucdp) == 27 and (ucdp["low"] <= ucdp["best"]).all()
    assert (ucdp["best"] <= ucdp["high"]).all() and set(ucdp["country_id"]) == {770}
    jan4 = ucdp[ucdp["date_start"] == "2019-01-04"].iloc[0]
    assert (jan4["best"], jan4["deaths_civilians"], jan4["deaths_b"]) == (7, 6, 1)
    assert jan4["priogrid_gid"] == priogrid(34.01, 71.58)
    month = ucdp[ucdp["date_start"] == "2019-01-01"].iloc[0]
    assert (month["date_end"], month["date_prec"]) == ("2019-01-31", 4)


def test_own_formats_through_the_export_command(populated: str, tmp_path: Path) -> None:
    with Store(populated) as store:
        export_incidents(store, "parquet", tmp_path / "x.parquet", since="2019-01",
                         until="2019-01")
        export_incidents(store, "geojson", tmp_path / "x.geojson", actor="TTP")
        with pytest.raises(EventWatchError, match="E017"):
            export_incidents(store, "shapefile", tmp_path / "x.shp")
    frame = pd.read_parquet(tmp_path / "x.parquet")
    assert list(frame.columns) == list(COLUMN_NAMES) and len(frame) == 13
    features = json.loads((tmp_path / "x.geojson").read_text())["features"]
    assert len(features) == 5 and features[0]["geometry"]["type"] == "Point"
    assert set(EXPORT_FORMATS) >= {"gtd", "acled", "ucdp", "geojson", "parquet"}


def test_acled_import_and_compare(populated: str, codes: CountryCodes,
                                  gazetteer: Gazetteer) -> None:
    with Store(populated) as store:
        result = import_reference(store, "acled", ACLED_FILE, codes=codes, gazetteer=gazetteer)
        assert (result.read, result.added, result.skipped) == (4, 4, 0)
        again = import_reference(store, "acled", ACLED_FILE, codes=codes, gazetteer=gazetteer)
        assert (again.added, again.skipped) == (0, 4)
        assert count_reference(store) == 4
        rows = {r["month"]: r for r in compare(store, "acled", country="PK", year=2019)}
    jan = rows["2019-01"]
    assert (jan["incidents"], jan["killed"], jan["ref_events"], jan["ref_deaths"]) == \
        (12, 30, 3, 10)
    # Quetta on 2 January and Peshawar on 4 January have store incidents; Karachi on the 20th
    # has none within a day.
    assert jan["matched"] == 2 and jan["matched_pct"] == 67
    assert rows["total"]["ref_events"] == 3  # the Afghan event is another country


def test_ucdp_import_of_the_shared_file(sqlite_url: str, codes: CountryCodes,
                                        gazetteer: Gazetteer) -> None:
    if not UCDP_FILE.exists():
        pytest.skip(f"{UCDP_FILE} is absent")
    with Store(sqlite_url) as store:
        result = import_reference(store, "ucdp", UCDP_FILE, codes=codes, gazetteer=gazetteer)
        # The HDX hashtag row under the header is not an event.
        assert result.read == result.added == 6416 and result.unresolved_admin1 == 0
        quetta = Article(text="Quetta hospital bombing report.", published="2016-08-08")
        bombing = Incident(date=DateValue(2016, 8, 8), place=PLACES["Quetta"],
                           event_type="suicide_bomb", killed=Count(70, None, None, "at_least"),
                           perpetrators=[Perpetrator("Islamic State", "ISIS", "non_state",
                                                     "claimed")])
        store.save(quetta, ExtractionResult(quetta.id, quetta.published, [bombing]))
        rows = {r["month"]: r for r in compare(store, "ucdp", country="PK", year=2016)}
        balochistan = compare(store, "ucdp", country="PK", year=2016, province="Balochistan")
    assert [rows[f"2016-{m:02d}"]["ref_events"] for m in range(1, 13)] == \
        [16, 14, 22, 11, 14, 5, 6, 12, 14, 22, 18, 4]
    assert rows["total"]["ref_deaths"] == 1100
    assert (rows["2016-08"]["incidents"], rows["2016-08"]["matched"]) == (1, 1)
    assert balochistan[-1]["ref_events"] < rows["total"]["ref_events"]


def test_bad_reference_files(tmp_path: Path, sqlite_url: str, codes: CountryCodes) -> None:
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("a,b\n1,2\n", encoding="utf-8")
    bad_number = tmp_path / "bad.csv"
    bad_number.write_text(ACLED_FILE.read_text(encoding="utf-8").replace(",3,,1700000000",
                                                                         ",three,,1700000000"),
                          encoding="utf-8")
    with Store(sqlite_url) as store:
        with pytest.raises(DataError, match="missing column"):
            import_reference(store, "ucdp", wrong, codes=codes)
        with pytest.raises(DataError, match=r"bad\.csv:2.*fatalities 'three'"):
            import_reference(store, "acled", bad_number, codes=codes)
        assert count_reference(store) == 0


def test_codes_and_province_names(codes: CountryCodes, gazetteer: Gazetteer) -> None:
    pk = codes.get("PAK")
    assert pk is not None and (pk.iso2, pk.numeric, pk.gw, pk.gtd_country) == ("PK", 586, 770,
                                                                               153)
    assert codes.get(586) is pk and codes.get("pakistan") is pk and codes.get("XX") is None
    resolve = Admin1Resolver(gazetteer)
    assert resolve("PK", "Khyber Pakhtunkwa province") == "Khyber Pakhtunkhwa"
    assert resolve("PK", "Federally Administered Tribal Areas") == "Khyber Pakhtunkhwa"
    assert resolve("PK", "Balochistan province") == "Balochistan"
    assert resolve("PK", "Atlantis") is None and resolve(None, "Sindh") is None
    assert priogrid(34.821865, 74.355544) == 179789  # a UCDP GED row's own cell
    assert date(2019, 1, 1) < date(2019, 1, 2)


def test_docs_list_every_exported_column() -> None:
    docs = (Path(__file__).resolve().parents[1] / "docs" / "exchange.md").read_text("utf-8")
    for fmt, columns in COLUMNS.items():
        missing = [name for name, _ in columns if f"`{name}`" not in docs]
        assert missing == [], f"docs/exchange.md lacks {fmt} columns {missing}"
