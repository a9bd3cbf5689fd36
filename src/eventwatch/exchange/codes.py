"""Country codes and small helpers shared by the GTD, ACLED and UCDP formats.

Reads ``resources/data/countries/countries.tsv`` (see the README there: ISO codes and names from
GeoNames, Gleditsch-Ward numbers, the GTD's own codes where checked, each dataset's region).
:class:`CountryCodes` is an explicit object: load it once and pass it to the writers.
"""

from __future__ import annotations

import csv
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from eventwatch.errors import DataError, Errors
from eventwatch.models import DateValue, date_span, parse_iso_parts


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    iso3: str
    numeric: int | None
    name: str
    continent: str
    gw: int | None
    gtd_country: int | None
    gtd_region: int | None
    acled_region: str
    ucdp_region: str


def _int(text: str) -> int | None:
    return int(text) if text.strip() else None


class CountryCodes:
    """Look-ups by ISO alpha-2, alpha-3, numeric code and (case-insensitive) name."""

    def __init__(self, countries: list[Country]) -> None:
        self._by_iso2 = {c.iso2: c for c in countries}
        self._by_iso3 = {c.iso3: c for c in countries}
        self._by_numeric = {c.numeric: c for c in countries if c.numeric is not None}
        self._by_name = {c.name.casefold(): c for c in countries}

    @classmethod
    def load(cls, path: Path | None = None) -> CountryCodes:
        if path is None:
            from eventwatch.resources import DATA_DIR

            path = DATA_DIR / "countries" / "countries.tsv"
        try:
            with open(path, encoding="utf-8", newline="") as fh:
                rows = list(csv.DictReader(fh, delimiter="\t"))
            countries = [Country(r["iso2"], r["iso3"], _int(r["numeric"]), r["name"],
                                 r["continent"], _int(r["gw"]), _int(r["gtd_country"]),
                                 _int(r["gtd_region"]), r["acled_region"], r["ucdp_region"])
                         for r in rows]
        except OSError as exc:
            raise DataError(Errors.E001, str(path), reason=str(exc)) from exc
        except (KeyError, ValueError) as exc:
            raise DataError(Errors.E015, str(path), reason=f"bad row ({exc})") from exc
        return cls(countries)

    def get(self, code: str | int | None) -> Country | None:
        """A country by ISO alpha-2 / alpha-3 / numeric code or by its English name."""
        if code is None:
            return None
        if isinstance(code, int):
            return self._by_numeric.get(code)
        text = code.strip()
        if text.isdigit():
            return self._by_numeric.get(int(text))
        upper = text.upper()
        return (self._by_iso2.get(upper) or self._by_iso3.get(upper)
                or self._by_name.get(text.casefold()))


def record_dates(record: dict[str, Any]) -> tuple[date | None, date | None]:
    """First and last day an incident record's ``date`` can mean."""
    value = record.get("date")
    if not value:
        return None, None
    year, month, day = parse_iso_parts(str(value))
    if year is None:
        return None, None
    # (a week's or a weekend's date is its first day: the precision gives the span)
    return date_span(DateValue(year, month, day, record.get("date_precision") or "day"))


def figure(record: dict[str, Any], measure: str) -> int | None:
    """Best estimate, else the low bound; None when nothing was reported."""
    best, low = record.get(f"{measure}_best"), record.get(f"{measure}_low")
    return best if best is not None else low


def named_actors(record: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(name, kind, status) of each perpetrator of a record, as stored."""
    return list(zip(record.get("perpetrators") or [], record.get("perpetrator_kind") or [],
                    record.get("perpetrator_status") or [], strict=False))


def is_state_action(record: dict[str, Any]) -> bool:
    kinds = record.get("perpetrator_kind") or []
    return "state" in kinds or record.get("event_type") in ("arrests",
                                                            "government_regains_territory")


def split_perpetrators(record: dict[str, Any], named: Collection[str]
                       ) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """A record's perpetrators as (name, kind, status), split into actors (``named``: the
    store's actor names, see :func:`eventwatch.exchange.export.store_actor_names`) and
    descriptions of unnamed ones ("unidentified gunmen")."""
    actors: list[tuple[str, str, str]] = []
    unnamed: list[tuple[str, str, str]] = []
    for item in named_actors(record):
        (actors if item[0] in named else unnamed).append(item)
    return actors, unnamed
