"""Tests of ``eventwatch extract``: JSON Lines in and out, bad lines reported and skipped."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwatch.cli import main
from eventwatch.cli.extract import record_to_article
from eventwatch.errors import IngestError

STORY = ("Unidentified assailants on November 8 killed two Policemen in Dera Murad Jamali area "
         "of Naseerabad District in Balochistan, reports Dawn.")
OTHER = ("A man was killed in a hand grenade attack near Chaman rail crossing in Quetta, the "
         "provincial capital of Balochistan on April 7, reports Daily Times.")

GOOD_AND_BAD = [
    json.dumps({"id": "a", "text": STORY, "published": "2015-11-09"}),
    "{this is not json",
    json.dumps({"id": "no-text", "title": "missing text"}),
    json.dumps(["not", "an", "object"]),
    "",  # blank lines are not records and are skipped silently
    json.dumps({"id": "empty", "text": "   "}),
    json.dumps({"id": "b", "text": OTHER}),
]


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize(("line", "code"), [
    ("{oops", "E005"),
    ("[1, 2]", "E005"),
    ('{"id": 1}', "E006"),
    ('{"id": 1, "text": ""}', "E004"),
    ('{"id": 1, "text": 5}', "E017"),
    ('{"id": 1, "text": "x", "published": 2019}', "E017"),
])
def test_bad_records_name_the_line_and_reason(line: str, code: str) -> None:
    with pytest.raises(IngestError, match=rf"\[{code}\] in\.jsonl:7"):
        record_to_article(line, "in.jsonl:7")


def test_record_becomes_an_article() -> None:
    ident, article = record_to_article(
        json.dumps({"id": 42, "text": STORY, "published": "2015-11-09", "title": "T"}), "f:1")
    assert ident == 42
    assert article.published == "2015-11-09" and article.published_source == "input"
    assert article.external_id == "42" and article.source == "f:1" and article.title == "T"
    ident, article = record_to_article(json.dumps({"text": STORY}), "f:2")
    assert ident == article.id and article.published_source is None


# The tests below run the real extraction (eventwatch.extract.extract_article).

def test_bad_lines_are_reported_skipped_and_fail_the_run(tmp_path: Path) -> None:
    src = write_lines(tmp_path / "in.jsonl", GOOD_AND_BAD)
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(main, ["extract", str(src), "-o", str(out)])
    assert res.exit_code == 1
    err = res.stderr
    assert f"[E005] {src}:2: invalid JSON" in err
    assert f"[E006] {src}:3" in err
    assert f"[E005] {src}:4" in err and "expected a JSON object" in err
    assert f"[E004] {src}:6" in err
    assert "extracted 2, failed 4" in err
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "b"]
    first = records[0]
    assert set(first) >= {"id", "published", "published_source", "dateline", "incidents",
                          "statistics", "relations"}
    assert first["published"] == "2015-11-09" and first["published_source"] == "input"
    assert first["incidents"], "the story reports an attack"
    starts = [min(e["start"] for e in i["evidence"]) for i in first["incidents"] if i["evidence"]]
    assert starts == sorted(starts)


def test_all_good_lines_exit_zero_and_stdin_stdout(tmp_path: Path) -> None:
    data = "".join(json.dumps({"id": f"x{i}", "text": t}) + "\n"
                   for i, t in enumerate([STORY, OTHER]))
    res = CliRunner().invoke(main, ["extract", "-"], input=data)
    assert res.exit_code == 0, res.output
    assert [json.loads(x)["id"] for x in res.stdout.splitlines()] == ["x0", "x1"]
    assert "extracted 2, failed 0" in res.stderr


def test_workers_keep_input_order(tmp_path: Path) -> None:
    texts = [STORY, OTHER] * 6
    src = write_lines(tmp_path / "in.jsonl",
                      [json.dumps({"id": i, "text": t}) for i, t in enumerate(texts)]
                      + ["{bad"])
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    # a real subprocess: worker processes under CliRunner would share its captured streams
    cmd = [sys.executable, "-c", "from eventwatch.cli import main; main()", "extract", str(src)]
    r1 = subprocess.run([*cmd, "-o", str(one)], capture_output=True, text=True, timeout=600)
    r2 = subprocess.run([*cmd, "-o", str(two), "--workers", "2"], capture_output=True,
                        text=True, timeout=600)
    assert r1.returncode == r2.returncode == 1
    assert f"{src}:13" in r2.stderr and "extracted 12, failed 1" in r2.stderr
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
    assert [json.loads(x)["id"] for x in two.read_text(encoding="utf-8").splitlines()] == \
        list(range(12))
