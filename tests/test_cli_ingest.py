"""``eventwatch ingest`` end to end: real files, the real reader, extraction and store."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from eventwatch.cli import main
from eventwatch.cli.ingest import IngestCounts, failure_line
from eventwatch.store import Store

GOOD_ARTICLE = """\
Suicide bomber kills nine at police checkpoint in Quetta

QUETTA, March 12, 2019: A suicide bomber blew himself up at a police checkpoint on Sariab Road
in Quetta on Monday, killing nine people, including four policemen, and injuring 23 others,
officials said.

Police said the attacker, who was on foot, detonated his explosives vest when officers tried
to stop him for a search. The wounded were taken to the Civil Hospital, where several were in
critical condition.

No group immediately claimed responsibility for the attack.
"""


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "quetta.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    # A PNG image saved under a text name: binary, not a news article.
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "broken.jsonl").write_text('{"id": "a1", "text": "Gunmen killed two\n',
                                         encoding="utf-8")
    return folder


def _ingest(*args: str) -> Result:
    return CliRunner().invoke(main, ["ingest", *args, "--no-progress"])


def _counts(result: Result) -> dict[str, int]:
    match = re.search(r"read (\d+), new (\d+), duplicate (\d+), failed (\d+); "
                      r"incident reports stored (\d+)", result.stdout)
    assert match, f"no summary line in {result.stdout!r}"
    return dict(zip(("read", "new", "duplicate", "failed", "incidents"),
                    map(int, match.groups()), strict=True))


def _failures(result: Result) -> list[str]:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    # Nothing but failure lines on stderr when there is no progress bar.
    assert all(line.startswith("FAILED ") for line in lines), lines
    return lines


def test_ingest_folder_stores_good_once_and_names_failures(news: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'events.db'}"
    first = _ingest(str(news), "--db", db)
    assert first.exit_code == 1, first.output
    counts = _counts(first)
    assert (counts["new"], counts["duplicate"], counts["failed"]) == (1, 0, 2)
    assert counts["read"] == 3 and counts["incidents"] >= 1
    failures = _failures(first)
    assert len(failures) == 2
    assert any("photo.txt" in line for line in failures)
    assert any("broken.jsonl" in line for line in failures)
    assert not any("quetta.txt" in line for line in failures)
    with Store(db) as store:
        assert store.count("articles") == 1
        incidents = store.count("incidents")
        assert incidents == counts["incidents"]
        # The site is Sariab (Road), in Quetta district; the dateline is not the site.
        [record] = [r for r in store.incidents() if r["admin2"] == "Quetta"] or [None]
        assert record is not None and record["killed_best"] == 9

    again = _ingest(str(news), "--db", db)
    assert again.exit_code == 1
    counts = _counts(again)
    assert (counts["new"], counts["duplicate"], counts["failed"]) == (0, 1, 2)
    assert counts["incidents"] == 0
    with Store(db) as store:
        assert store.count("articles") == 1 and store.count("incidents") == incidents


def test_ingest_good_file_exits_zero(news: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'good.db'}"
    result = _ingest(str(news / "quetta.txt"), "--db", db)
    assert result.exit_code == 0, result.output
    assert _counts(result)["new"] == 1 and _failures(result) == []


def test_ingest_missing_file_is_a_failure(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    missing = tmp_path / "nowhere.txt"
    result = _ingest(str(missing), "--db", db)
    assert result.exit_code == 1
    assert _counts(result)["failed"] == 1
    [line] = _failures(result)
    assert str(missing) in line


def test_ingest_bad_database_is_reported(news: Path) -> None:
    result = _ingest(str(news), "--db", "sqlite:////nonexistent/dir/x.db")
    assert result.exit_code == 1 and "E012" in result.output


def test_summary_and_failure_lines() -> None:
    counts = IngestCounts(read=5, new=2, duplicate=1, failed=2, incidents=4)
    assert counts.summary() == "read 5, new 2, duplicate 1, failed 2; incident reports stored 4"
    # Catalogue messages already name the input: it is not repeated.
    assert failure_line("a.bin", "[E002] a.bin: looks like a binary file") == (
        "FAILED a.bin: [E002] looks like a binary file")
    assert failure_line("x.jsonl:3", "invalid JSON") == "FAILED x.jsonl:3: invalid JSON"
    assert failure_line("u", "two\nlines") == "FAILED u: two lines"
