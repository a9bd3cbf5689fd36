"""Writes the store's incidents in another dataset's shape, or in the store's own formats.

:func:`export_incidents` reads incident records (:meth:`eventwatch.store.Store.incidents`, with
its filters) and the store's actor names, and writes one of :data:`EXPORT_FORMATS` to a path or
stream: ``gtd``, ``acled``, ``ucdp`` (CSV, see :mod:`.gtd`, :mod:`.acled`, :mod:`.ucdp`) or
``csv``, ``geojson``, ``parquet`` (delegated to :mod:`eventwatch.export`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventwatch.errors import Errors, EventWatchError
from eventwatch.exchange.acled import ACLED_COLUMNS, acled_rows, write_acled
from eventwatch.exchange.codes import CountryCodes
from eventwatch.exchange.gtd import GTD_COLUMNS, gtd_rows, write_gtd
from eventwatch.exchange.ucdp import UCDP_COLUMNS, ucdp_rows, write_ucdp
from eventwatch.store.schema import ActorRow

DATASET_FORMATS = ("gtd", "acled", "ucdp")
EXPORT_FORMATS = (*DATASET_FORMATS, "csv", "geojson", "parquet")
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "gtd": GTD_COLUMNS, "acled": ACLED_COLUMNS, "ucdp": UCDP_COLUMNS,
}
Rows = Callable[[Iterable[dict[str, Any]], CountryCodes, Collection[str]], list[dict[str, Any]]]
_DATASETS: dict[str, tuple[Rows, Callable[[Iterable[dict[str, Any]], IO[str]], None]]] = {
    "gtd": (gtd_rows, write_gtd), "acled": (acled_rows, write_acled),
    "ucdp": (ucdp_rows, write_ucdp),
}


def store_actor_names(session: Session) -> set[str]:
    """Names of the actors in the store (perpetrator labels that are not in it are
    descriptions of unnamed perpetrators)."""
    return set(session.scalars(select(ActorRow.name)))


def dataset_rows(fmt: str, records: Iterable[dict[str, Any]], codes: CountryCodes,
                 named: Collection[str]) -> list[dict[str, Any]]:
    """Rows of one dataset shape (``gtd``, ``acled``, ``ucdp``) for incident records."""
    if fmt not in _DATASETS:
        raise EventWatchError(Errors.E017, input=f"format {fmt!r}",
                              reason=f"choose one of {', '.join(DATASET_FORMATS)}")
    return _DATASETS[fmt][0](records, codes, named)


def export_incidents(store: Any, fmt: str, path_or_stream: str | Path | IO[Any], *,
                     codes: CountryCodes | None = None, **filters: Any) -> tuple[int, int]:
    """Write the incidents matching ``filters`` (those of :meth:`Store.incidents`).

    Returns (incidents read, rows written): the GTD shape leaves out security-force
    operations, and every dataset shape leaves out undated incidents.
    """
    from eventwatch.export import write_incidents

    if fmt not in EXPORT_FORMATS:
        raise EventWatchError(Errors.E017, input=f"format {fmt!r}",
                              reason=f"choose one of {', '.join(EXPORT_FORMATS)}")
    records = store.incidents(**filters)
    if fmt not in _DATASETS:
        return len(records), write_incidents(records, path_or_stream, fmt)
    with Session(store.engine) as session:
        named = store_actor_names(session)
    rows = dataset_rows(fmt, records, codes or CountryCodes.load(), named)
    with ExitStack() as stack:
        stream: IO[str]
        if isinstance(path_or_stream, str | Path):
            stream = stack.enter_context(open(path_or_stream, "w", encoding="utf-8",
                                              newline=""))
        else:
            stream = path_or_stream
        _DATASETS[fmt][1](rows, stream)
    return len(records), len(rows)
