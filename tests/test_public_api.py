"""The package root's public API: every name resolves, the docstring's example runs, and
``import eventwatch`` stays cheap (no database stack, no spaCy)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import eventwatch

ROOT = Path(__file__).resolve().parents[1]


def test_every_public_name_resolves() -> None:
    for name in eventwatch.__all__:
        assert getattr(eventwatch, name) is not None, name
    assert set(eventwatch.__all__) <= set(dir(eventwatch))
    with pytest.raises(AttributeError):
        _ = eventwatch.no_such_name  # type: ignore[attr-defined]


def test_errors_share_one_base_class() -> None:
    for cls in (eventwatch.IngestError, eventwatch.StoreError, eventwatch.DataError):
        assert issubclass(cls, eventwatch.EventWatchError)


def test_version_matches_the_project() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{eventwatch.__version__}"' in pyproject


def test_import_is_cheap() -> None:
    code = ("import sys, eventwatch; print(sorted(m for m in ('sqlalchemy', 'spacy', "
            "'eventwatch.store', 'eventwatch.extract') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_the_docstring_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    doc = eventwatch.__doc__ or ""
    block = doc.split("::\n", 1)[1].split("\nNames load", 1)[0]
    code = "\n".join(line[4:] for line in block.splitlines())
    shutil.copytree(ROOT / "samples", tmp_path / "samples")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "eventwatch.__doc__", "exec"), {})
    first = capsys.readouterr().out.splitlines()[0]
    assert re.fullmatch(r"DateValue\(year=2023, month=8, day=14, precision='day'\) "
                        r"Khyber Pakhtunkhwa 2", first), first
    with eventwatch.Store(f"sqlite:///{tmp_path / 'events.db'}") as store:
        assert store.count("incidents") > 0


def test_the_readme_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = readme.split("```python\n", 1)[1].split("```", 1)[0]
    exec(compile(code, "README.md", "exec"), {})
    assert "'best': 2" in capsys.readouterr().out
