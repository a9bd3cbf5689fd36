"""Report generation from a constructed store: the headline sentence, tables, stated figures,
Markdown and self-contained HTML."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from analysis_data import TTP, populated_database
from eventwatch.errors import EventWatchError
from eventwatch.report.builder import Report, ReportRequest, build_report
from eventwatch.report.prose import breakdown, change_phrase, join_and, num, plural
from eventwatch.report.render import pdf_converter, render_html, write_report
from eventwatch.resources.gazetteer import Gazetteer
from eventwatch.store import Store

HEADLINE = ("EventWatch recorded 12 incidents of political violence in Pakistan in January "
            "2019, up from four in December 2018 (+200%).")
CASUALTIES = ("These incidents claimed 30 lives and wounded 69 others. Among those killed were "
              "nine security personnel, 14 civilians and seven militants; the wounded included "
              "31 security personnel, 36 civilians and two militants.")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module",
                params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def populated(request: pytest.FixtureRequest,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with populated_database(request.param, request, tmp_path_factory) as url:
        yield url


@pytest.fixture(scope="module")
def sqlite_store(request: pytest.FixtureRequest,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The constructed store on SQLite (read-only, shared by this module's tests)."""
    with populated_database("sqlite", request, tmp_path_factory) as url:
        yield url


def january(url: str, gazetteer: Gazetteer | None, charts: bool = False,
            **request: object) -> Report:
    with Store(url) as store:
        args = {"country": "PK", "month": "2019-01", **request}
        return build_report(store, ReportRequest(**args),  # type: ignore[arg-type]
                            gazetteer=gazetteer, today=date(2019, 2, 20), charts=charts)


def test_headline_is_computed_from_the_store(populated: str, gazetteer: Gazetteer) -> None:
    report = january(populated, gazetteer)
    lead = report.summary[0]
    assert lead.startswith(HEADLINE)
    assert "Of these, 11 were attacks by militants or unidentified assailants and one was a " \
           "security-force operation." in lead
    assert CASUALTIES in lead
    text = " ".join(report.summary)
    assert "Khyber Pakhtunkhwa was the most affected province, with seven incidents and 17 " \
           "deaths, followed by Balochistan (four incidents, 11 deaths) and Sindh (one " \
           "incident, two deaths)." in text
    assert "The deadliest was a suicide bombing in Peshawar, Khyber Pakhtunkhwa, on 4 January " \
           "2019, which killed seven people and wounded 19; Islamic State claimed it." in text
    assert "Since July 2018, when its records there begin" in text
    assert "One further incident in the store is dated too vaguely" in text
    numbers = report.numbers
    assert (numbers["incidents"], numbers["killed"], numbers["wounded"]) == (12, 30, 69)
    assert numbers["killed_by"] == {"civilians": 14, "security_forces": 9, "militants": 7,
                                    "unknown": 0}


def test_tables_incidents_and_stated_figures(sqlite_store: str) -> None:
    report = january(sqlite_store, None, charts=True)
    assert report.title == "PK: security report, January 2019"  # no gazetteer: the code
    figures = {row[0].strip(): row[1:] for row in report.figures.rows}
    assert figures["Incidents"] == ["12", "4", "–", "+200%"]
    assert figures["Killed per incident"][0] == "2.5"
    provinces = next(t for t in report.tables if t.title == "By province")
    assert provinces.rows[0] == ["Khyber Pakhtunkhwa", "7", "17", "44"]
    actors = {r[0]: r for r in next(t for t in report.tables
                                    if t.title == "By perpetrator").rows}
    assert actors[TTP][1:3] == ["2", "1"]
    assert [i.date for i in report.incidents][:2] == ["2 Jan 2019", "4 Jan 2019"]
    assert report.incidents[-1].date == "Jan 2019"  # month-precise, listed last
    assert report.incidents[0].sources[0].url.startswith("https://news.example/")
    assert len(report.imprecise) == 1 and report.imprecise[0].date == "2019"
    stated = {(s.figure, s.kind): s for s in report.stated}
    attacks = stated[("Attacks, PK, January 2019", "value")]
    assert (attacks.stated, attacks.ours, attacks.difference) == ("26", "11", "-15")
    assert "11 articles published in January 2019" in attacks.explanation
    assert "leaves out 1 security-force operation" in attacks.explanation
    killed = stated[("Killed, PK, January 2019", "value")]
    assert killed.agree and killed.explanation == "Same figure."
    assert stated[("… of whom security personnel", "part")].ours == "9"
    # The report's own period comes first; the previous month's figure after it.
    assert report.stated[-1].figure == "Attacks, PK, December 2018"
    assert report.stated[-1].ours == "4"
    assert {c.name for c in report.charts} == {"trend", "areas", "actors", "categories", "map"}


def test_markdown_and_self_contained_html(sqlite_store: str, gazetteer: Gazetteer,
                                          tmp_path: Path) -> None:
    report = january(sqlite_store, gazetteer, charts=True)
    written = write_report(report, tmp_path / "pk-2019-01", ["md", "html"])
    md_path, html_path = written
    markdown = md_path.read_text(encoding="utf-8")
    assert HEADLINE in markdown and CASUALTIES in markdown
    assert "| Khyber Pakhtunkhwa | 7 | 17 | 44 |" in markdown
    for image in re.findall(r"\]\(([^)]+\.png)\)", markdown):
        assert (tmp_path / image).is_file()
    html = html_path.read_text(encoding="utf-8")
    assert HEADLINE in html
    # Self-contained: every image is a data URI; no scripts, stylesheets or fonts fetched.
    parser = _Resources()
    parser.feed(html)
    assert parser.images and all(src.startswith("data:image/png;base64,")
                                 for src in parser.images)
    assert parser.external == []
    assert "interior ministry" in html and "Same figure." in html


def test_empty_month_and_bad_requests(sqlite_store: str) -> None:
    report = january(sqlite_store, None, month="2018-06")
    assert report.summary[0].startswith("EventWatch recorded no incidents of political "
                                        "violence in PK in June 2018")
    assert report.incidents == [] and "No incidents recorded" in render_html(report)
    with pytest.raises(EventWatchError, match="E017"):
        ReportRequest(country="PK").period()
    with pytest.raises(EventWatchError, match="E017"):
        ReportRequest(month="2019-1").period()


def test_year_and_actor_reports(sqlite_store: str) -> None:
    with Store(sqlite_store) as store:
        year = build_report(store, ReportRequest(country="PK", year=2018), charts=False)
        ttp = build_report(store, ReportRequest(country="PK", actor="TTP", month="2019-01"),
                           charts=False)
    assert year.summary[0].startswith("EventWatch recorded 14 incidents of political violence "
                                      "in PK in 2018, the first year of its records.")
    assert any("The busiest month was December, with four incidents" in p
               for p in year.summary)
    assert ttp.scope_name == f"{TTP} in PK"
    assert ttp.summary[0].startswith(f"EventWatch recorded two incidents of political violence "
                                     f"involving {TTP} in PK in January 2019")


def test_prose_helpers() -> None:
    assert [num(n) for n in (0, 1, 9, 10, 1234)] == ["no", "one", "nine", "10", "1,234"]
    assert plural(1, "incident") == "one incident" and plural(14, "death") == "14 deaths"
    assert join_and(["a", "b", "c"]) == "a, b and c" and join_and(["a"]) == "a"
    assert change_phrase(26, 11, "December 2018") == "up from 11 in December 2018 (+136%)"
    assert change_phrase(5, 5, "May") == "the same number as in May"
    assert breakdown({"civilians": 14, "security_forces": 9, "militants": 7}) == \
        "nine security personnel, 14 civilians and seven militants"
    assert breakdown({"civilians": 1, "unknown": 1, "security_forces": 1}) == \
        "one member of the security forces, one civilian and one person whose affiliation was "\
        "not reported"


class _Resources(HTMLParser):
    """Collects image sources and anything that would load from elsewhere."""

    def __init__(self) -> None:
        super().__init__()
        self.images: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "img":
            self.images.append(values.get("src") or "")
        if tag in ("script", "iframe") or (tag == "link" and values.get("href")):
            self.external.append(f"{tag} {values}")


def test_pdf_needs_a_converter(sqlite_store: str, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    report = january(sqlite_store, None)
    converter = pdf_converter()
    if converter is not None and converter != "weasyprint":
        written = write_report(report, tmp_path / "with", ["pdf"])
        assert written[0].read_bytes().startswith(b"%PDF")
        assert not (tmp_path / "with.html").exists()  # only asked for the PDF
    # Without a browser on the PATH (and no WeasyPrint) the other formats are still written.
    monkeypatch.setenv("PATH", str(tmp_path))
    if pdf_converter() is None:
        with pytest.raises(EventWatchError, match="no PDF converter found"):
            write_report(report, tmp_path / "without", ["md", "pdf"])
        assert (tmp_path / "without.md").is_file()
