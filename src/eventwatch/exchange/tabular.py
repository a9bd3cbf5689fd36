"""Reading other datasets' CSV files: rows as dicts, with clear errors naming file and line.

Shared by the UCDP GED and ACLED importers.  Reads a CSV file (UTF-8, with or without BOM,
quoted multi-line fields allowed); skips HDX hashtag rows (``#date+year`` ...) that HDX
exports put under the header; writes nothing.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from eventwatch.errors import DataError, Errors


def write_rows(rows: Iterable[dict[str, Any]], stream: IO[str], columns: Sequence[str]) -> None:
    """Rows as CSV with ``columns`` as the header; None is written as an empty cell."""
    writer = csv.DictWriter(stream, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})


def read_rows(path: Path, required: Sequence[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each data row of ``path``; raises E015 when a ``required``
    column is missing and E001 when the file cannot be read."""
    try:
        fh = open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115  (closed below)
    except OSError as exc:
        raise DataError(Errors.E001, str(path), reason=exc.strerror or str(exc)) from exc
    with fh:
        reader = csv.DictReader(fh)
        header = [h.strip() for h in reader.fieldnames or []]
        missing = [c for c in required if c not in header]
        if missing:
            raise DataError(Errors.E015, str(path),
                            reason=f"missing column(s) {', '.join(missing)}; is this the right "
                                   f"kind of file?")
        reader.fieldnames = header
        try:
            for row in reader:
                values = [v for v in row.values() if isinstance(v, str) and v.strip()]
                # HDX puts a row of hashtags (#date+year, #geo+lat ...) under the header.
                if values and all(v.strip().startswith("#") for v in values):
                    continue
                yield reader.line_num, {k: (v or "").strip() for k, v in row.items()
                                        if isinstance(k, str)}
        except csv.Error as exc:
            raise DataError(Errors.E015, f"{path}:{reader.line_num}", reason=str(exc)) from exc


def to_int(value: str, where: str, column: str) -> int | None:
    if value == "":
        return None
    try:
        return int(float(value))
    except ValueError as exc:
        raise DataError(Errors.E015, where, reason=f"{column} {value!r} is not a number") from exc


def to_float(value: str, where: str, column: str) -> float | None:
    if value == "":
        return None
    try:
        return float(value)
    except ValueError as exc:
        raise DataError(Errors.E015, where, reason=f"{column} {value!r} is not a number") from exc


_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d/%m/%Y")


def to_date(value: str, where: str, column: str) -> date | None:
    """ISO dates (a time part is ignored) and ACLED's ``04 January 2019`` forms."""
    if value == "":
        return None
    text = re.split(r"[ T]\d{1,2}:\d{2}", value.strip())[0]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise DataError(Errors.E015, where, reason=f"{column} {value!r} is not a date")


def snake(text: str) -> str:
    """``Remote explosive/landmine/IED`` -> ``remote_explosive_landmine_ied``."""
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
