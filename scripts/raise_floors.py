"""Raise the pinned extraction scores in tests/quality_floors.json to today's (never lower).

Usage: .venv/bin/python scripts/raise_floors.py
"""

from pathlib import Path

from eventwatch.evaluate.gate import raise_floors

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    raise_floors(ROOT / "tests" / "quality_floors.json", ROOT)
