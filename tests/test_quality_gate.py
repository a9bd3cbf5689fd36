"""The extraction quality gate: every pinned score must stay at or above its floor.

Floors live in ``tests/quality_floors.json`` and may only go up
(``scripts/raise_floors.py`` raises them after an improvement; nothing lowers them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.evaluate.gate import below_floor, load_floors, run_suite, suite_available

ROOT = Path(__file__).resolve().parents[1]
FLOORS = load_floors(ROOT / "tests" / "quality_floors.json")


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_stay_above_their_floors(name: str) -> None:
    suite = FLOORS[name]
    if not suite_available(suite, ROOT):
        pytest.skip(f"{name}: evaluation data not available here")
    failures = below_floor(run_suite(suite, ROOT), suite["floors"])
    assert not failures, f"{name}: scores fell below their floors:\n" + "\n".join(failures)


def test_floors_are_scores() -> None:
    for suite in FLOORS.values():
        assert suite["floors"], "a suite must pin at least one score"
        assert all(0.0 <= v <= 1.0 for v in suite["floors"].values())


def test_gate_fails_when_a_score_drops() -> None:
    assert below_floor({"killed": 0.8}, {"killed": 0.9})
    assert below_floor({}, {"killed": 0.9})
    assert not below_floor({"killed": 0.95}, {"killed": 0.9})
