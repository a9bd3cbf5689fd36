"""Writes incident records (from :meth:`eventwatch.store.Store.incidents`) to files or streams.

Formats (:data:`FORMATS`):

* ``table``: a readable rich table of the main columns, for people;
* ``csv``: every column of :data:`eventwatch.store.COLUMNS`, header first; list columns are
  joined with ``"; "``, missing values are empty;
* ``json``: one JSON array of records; ``jsonl``: one record per line;
* ``geojson``: a FeatureCollection, one Feature per incident with a Point geometry
  ``[lon, lat]`` where the coordinates are known and ``null`` geometry otherwise; the record
  is the Feature's ``properties``;
* ``parquet``: every column with a fixed Arrow type (lists stay lists); needs a file path or a
  binary stream.

Reads nothing but the records; writes only to the path or stream it is given.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from eventwatch.errors import Errors, EventWatchError
from eventwatch.store.records import COLUMN_NAMES, COLUMNS

FORMATS = ("table", "csv", "json", "jsonl", "geojson", "parquet")
LIST_SEPARATOR = "; "

Record = Mapping[str, Any]


def write_incidents(records: Iterable[Record], path_or_stream: str | Path | IO[Any],
                    fmt: str) -> int:
    """Write ``records`` to a path (created or replaced) or an open stream; returns the count.

    Text formats take a text stream; ``parquet`` takes a path or a binary stream.
    """
    if fmt not in FORMATS:
        raise EventWatchError(Errors.E017, input=f"format {fmt!r}",
                              reason=f"choose one of {', '.join(FORMATS)}")
    rows = list(records)
    with ExitStack() as stack:
        stream: IO[Any]
        if isinstance(path_or_stream, str | Path):
            if fmt == "parquet":
                stream = stack.enter_context(open(path_or_stream, "wb"))
            else:
                stream = stack.enter_context(open(path_or_stream, "w", encoding="utf-8",
                                                  newline=""))
        else:
            stream = path_or_stream
        _WRITERS[fmt](rows, stream)
    return len(rows)


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return "" if value is None else value


def write_csv(rows: Sequence[Record], stream: IO[str]) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(COLUMN_NAMES)
    for row in rows:
        writer.writerow([_cell(row.get(name)) for name in COLUMN_NAMES])


def _plain(row: Record) -> dict[str, Any]:
    return {name: row.get(name) for name in COLUMN_NAMES}


def write_json(rows: Sequence[Record], stream: IO[str]) -> None:
    json.dump([_plain(r) for r in rows], stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def write_jsonl(rows: Sequence[Record], stream: IO[str]) -> None:
    for row in rows:
        stream.write(json.dumps(_plain(row), ensure_ascii=False) + "\n")


def to_geojson(rows: Sequence[Record]) -> dict[str, Any]:
    features = []
    for row in rows:
        lat, lon = row.get("lat"), row.get("lon")
        geometry = ({"type": "Point", "coordinates": [lon, lat]}
                    if lat is not None and lon is not None else None)
        features.append({"type": "Feature", "id": row.get("id"), "geometry": geometry,
                         "properties": _plain(row)})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(rows: Sequence[Record], stream: IO[str]) -> None:
    json.dump(to_geojson(rows), stream, ensure_ascii=False)
    stream.write("\n")


def arrow_schema() -> Any:
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(),
             "bool": pa.bool_(), "list[str]": pa.list_(pa.string())}
    return pa.schema([pa.field(c.name, types[c.type]) for c in COLUMNS])


def write_parquet(rows: Sequence[Record], stream: IO[bytes]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if isinstance(stream, io.TextIOBase):
        raise EventWatchError(Errors.E017, input="parquet output",
                              reason="Parquet is binary: give a file path (-o FILE)")
    table = pa.Table.from_pylist([_plain(r) for r in rows], schema=arrow_schema())
    pq.write_table(table, stream)


def format_count(row: Record, measure: str) -> str:
    """A figure as people read it: 12, 70+, >100, ~20, <=5, 10-15, or empty."""
    low, high, best = row.get(f"{measure}_low"), row.get(f"{measure}_high"), \
        row.get(f"{measure}_best")
    qualifier = row.get(f"{measure}_qualifier")
    if low is None and high is None and best is None:
        return ""
    if best is not None and (low is None or high is None or low == high):
        prefix = {"about": "~", "vague": "~"}.get(qualifier or "", "")
        return f"{prefix}{best}"
    if low is not None and high is not None:
        return f"{low}-{high}"
    if low is not None:
        return f">{low}" if qualifier == "more_than" else f"{low}+"
    return f"<={high}"


def write_table(rows: Sequence[Record], stream: IO[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} incident{'s' if len(rows) != 1 else ''}",
                  header_style="bold", show_lines=False)
    for header, justify in (("id", "right"), ("date", "left"), ("place", "left"),
                            ("event type", "left"), ("killed", "right"),
                            ("wounded", "right"), ("perpetrators", "left"),
                            ("sources", "right")):
        table.add_column(header, justify=justify)  # type: ignore[arg-type]
    for row in rows:
        place = ", ".join(str(p) for p in dict.fromkeys(
            row.get(k) for k in ("place", "admin2", "admin1", "country")) if p)
        perps = [f"{name} ({status})" for name, status in
                 zip(row.get("perpetrators") or [], row.get("perpetrator_status") or [],
                     strict=False)]
        table.add_row(str(row.get("id", "")), row.get("date") or "?", place,
                      str(row.get("event_type") or ""), format_count(row, "killed"),
                      format_count(row, "wounded"), LIST_SEPARATOR.join(perps),
                      str(row.get("n_sources") or 0))
    # A stream that is not a terminal (file, pipe) gets a fixed width, no colour codes.
    tty = bool(getattr(stream, "isatty", lambda: False)())
    console = Console(file=stream, width=None if tty else 140, no_color=not tty,
                      highlight=False)
    console.print(table)


_WRITERS: dict[str, Callable[[Sequence[Record], IO[Any]], None]] = {
    "table": write_table, "csv": write_csv, "json": write_json, "jsonl": write_jsonl,
    "geojson": write_geojson, "parquet": write_parquet,
}
