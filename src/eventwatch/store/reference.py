"""The ``reference_events`` table: events imported from other datasets (UCDP GED, ACLED).

Kept apart from the store's own incidents on purpose: they are another team's coding of the
same world, read in so that an analyst can set EventWatch's extraction beside them
(``eventwatch compare``); nothing here is ever fused into, or counted as, an incident.
Written by :mod:`eventwatch.exchange.reference`; created by migration ``0002_reference``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, Index, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from eventwatch.store.schema import Base


class ReferenceEventRow(Base):
    """One event of an external dataset, in a common shape.

    ``dataset`` is ``ucdp`` or ``acled`` and ``source_id`` that dataset's own event id (UCDP
    ``id``, ACLED ``event_id_cnty``); the pair is unique, so importing a file twice adds
    nothing.  ``country`` is ISO 3166-1 alpha-2; ``admin1`` is the gazetteer's spelling where
    the dataset's could be resolved (``admin1_raw`` keeps theirs).  ``deaths_*`` are the
    dataset's fatality figures (UCDP low/best/high; ACLED's single figure in all three).
    """

    __tablename__ = "reference_events"
    __table_args__ = (
        UniqueConstraint("dataset", "source_id", name="uq_reference_events_dataset_source_id"),
        Index("ix_reference_events_dataset_country_date", "dataset", "country", "date_start"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dataset: Mapped[str] = mapped_column(Text)
    source_id: Mapped[str] = mapped_column(Text)
    date_start: Mapped[date | None] = mapped_column(Date)
    date_end: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(Text)
    country_name: Mapped[str | None] = mapped_column(Text)
    admin1: Mapped[str | None] = mapped_column(Text)
    admin1_raw: Mapped[str | None] = mapped_column(Text)
    admin2: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    event_type: Mapped[str | None] = mapped_column(Text)
    sub_event_type: Mapped[str | None] = mapped_column(Text)
    actor1: Mapped[str | None] = mapped_column(Text)
    actor2: Mapped[str | None] = mapped_column(Text)
    deaths_low: Mapped[int | None] = mapped_column(Integer)
    deaths_best: Mapped[int | None] = mapped_column(Integer)
    deaths_high: Mapped[int | None] = mapped_column(Integer)
    deaths_civilians: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
