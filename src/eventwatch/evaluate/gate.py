"""The quality gate: extraction scores pinned as floors that may only go up.

Reads ``tests/quality_floors.json`` (suites of ``eventwatch eval`` arguments, each with the
floor of every score it pins); writes nothing unless asked to raise the floors.  A suite
whose data is missing (``../shared`` absent) is skipped, never failed.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from click.testing import CliRunner

Suite = dict[str, Any]


def load_floors(path: Path) -> dict[str, Suite]:
    data: dict[str, Suite] = json.loads(path.read_text(encoding="utf-8"))
    return data


def suite_available(suite: Suite, root: Path) -> bool:
    paths = [*suite["inputs"], *([suite["satp"]] if suite.get("satp") else [])]
    return all((root / p).exists() for p in paths)


def run_suite(suite: Suite, root: Path) -> dict[str, float]:
    """Run ``eventwatch eval --json`` for one suite (in process) and return its scores."""
    from eventwatch.cli import main

    args = ["eval", *[str(root / p) for p in suite["inputs"]]]
    if suite.get("satp"):
        args += ["--satp", str(root / suite["satp"])]
    result = CliRunner().invoke(main, [*args, "--json"], catch_exceptions=False)
    if result.exit_code != 0:
        raise RuntimeError(f"eventwatch {' '.join(args)} failed: {result.output[-500:]}")
    start = result.output.index("{")
    scores: dict[str, float] = json.loads(result.output[start:])["scores"]
    return scores


def below_floor(scores: dict[str, float], floors: dict[str, float]) -> list[str]:
    """Names of pinned scores that fell below their floor (or are missing)."""
    out = []
    for name, floor in floors.items():
        value = scores.get(name)
        if value is None or (isinstance(value, float) and math.isnan(value)) or \
                value + 1e-9 < floor:
            out.append(f"{name}: {value} < floor {floor}")
    return out


def raise_floors(path: Path, root: Path, log: Callable[[str], None] = print) -> None:
    """Set every floor to the current score where that is higher; never lower one."""
    suites = load_floors(path)
    for name, suite in suites.items():
        if not suite_available(suite, root):
            log(f"{name}: inputs missing, skipped")
            continue
        scores = run_suite(suite, root)
        for key, floor in suite["floors"].items():
            value = math.floor(scores.get(key, 0.0) * 1000) / 1000
            if value > floor:
                log(f"{name}: {key} {floor} -> {value}")
                suite["floors"][key] = value
    path.write_text(json.dumps(suites, indent=1) + "\n", encoding="utf-8")
