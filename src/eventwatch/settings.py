"""Run-time settings, declared as data.

Each :class:`Setting` names its environment variable, default, type and meaning; one table
(:data:`SETTINGS`) lists them, so ``eventwatch`` help texts, the README and the code read the same
source.  :func:`load_settings` reads the environment (or a mapping given by a test) and returns an
immutable :class:`Settings`; nothing is cached in module state.  Command-line options override a
setting by passing their value instead of reading it here.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from eventwatch.errors import Errors, EventWatchError

DEFAULT_DATABASE_URL = "sqlite:///eventwatch.db"


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting: attribute ``name`` on :class:`Settings`, read from environment ``env``."""

    name: str
    env: str
    default: Any
    parse: Callable[[str], Any]
    help: str


def _positive_float(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise ValueError("must be greater than 0")
    return value


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "database_url", "EVENTWATCH_DATABASE_URL", DEFAULT_DATABASE_URL, str,
        "SQLAlchemy URL of the incident store: sqlite:///FILE or "
        "postgresql+psycopg://USER@HOST:PORT/DB.",
    ),
    Setting(
        "actors_file", "EVENTWATCH_ACTORS_FILE", None, Path,
        "An analyst's actor file that extends or overrides the shipped actor base.",
    ),
    Setting(
        "fetch_timeout", "EVENTWATCH_TIMEOUT", 20.0, _positive_float,
        "Seconds to wait for each http(s) fetch before giving up on that URL.",
    ),
)


@dataclass(frozen=True, slots=True)
class Settings:
    """The values in force for one run (see :data:`SETTINGS` for their meaning)."""

    database_url: str = DEFAULT_DATABASE_URL
    actors_file: Path | None = None
    fetch_timeout: float = 20.0


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Read every setting from ``environ`` (default: ``os.environ``), falling back to defaults.

    An empty variable counts as unset.  A value that does not parse raises
    :class:`~eventwatch.errors.EventWatchError` (E017) naming the variable.
    """
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        raw = env.get(setting.env, "").strip()
        if not raw:
            values[setting.name] = setting.default
            continue
        try:
            values[setting.name] = setting.parse(raw)
        except ValueError as exc:
            raise EventWatchError(Errors.E017, input=f"{setting.env}={raw!r}",
                                  reason=str(exc)) from exc
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in values.items() if k in known})


def describe_settings() -> str:
    """One paragraph per setting, for help texts and the README."""
    return "\n\n".join(
        f"{s.env}: {s.help} Default: {'not set' if s.default is None else s.default}."
        for s in SETTINGS)
