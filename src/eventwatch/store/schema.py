"""The incident store's tables, as SQLAlchemy 2 typed declarative classes.

Portable between SQLite and PostgreSQL: every string is ``Text`` except the fixed-size article
id (PostgreSQL would enforce a ``VARCHAR`` length that SQLite ignores, so the same record could
store on one and fail on the other), structured payloads are ``sqlalchemy.JSON``, timestamps
are timezone-aware.  The Alembic migrations under ``migrations/versions`` create exactly these
tables; ``tests/test_store.py`` checks that the two agree.

Two levels of figures are kept apart on purpose: an :class:`IncidentRow` holds the reconciled
(fused) values, while each :class:`MentionRow` keeps the incident exactly as one article reported
it.  :class:`CasualtyFigureRow` and :class:`PerpetratorRow` rows with a ``mention_id`` are what
that source said; casualty rows with ``mention_id`` NULL are the incident's reconciled breakdown.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints let future migrations alter tables in SQLite's batch mode, which has to
# find each constraint by name when it copies a table.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MEASURES = ("killed", "wounded", "arrested", "kidnapped")
FIGURE_CATEGORIES = ("civilians", "security_forces", "militants", "unknown", "total")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}  # noqa: RUF012


class ArticleRow(Base):
    """One stored news report; ``id`` is :attr:`eventwatch.models.Article.id` (content hash)."""

    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    external_id: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(Text, index=True)
    published_source: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    source_format: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class IncidentRow(Base):
    """A (fused) incident: one event at one place on one day, with reconciled figures.

    ``date_start``/``date_end`` are the first and last day the date can mean at its precision
    (2019-01 -> 2019-01-01..2019-01-31); date filters and ordering use them.
    """

    __tablename__ = "incidents"
    __table_args__ = (
        Index("ix_incidents_country_admin1", "country", "admin1"),
        *(CheckConstraint(f"{m}_low >= 0 AND {m}_high >= 0 AND {m}_best >= 0",
                          name=f"{m}_non_negative") for m in MEASURES),
        CheckConstraint("confidence >= 0 AND confidence <= 1", name="confidence_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    date_value: Mapped[str | None] = mapped_column(Text)
    date_year: Mapped[int | None] = mapped_column(Integer)
    date_month: Mapped[int | None] = mapped_column(Integer)
    date_day: Mapped[int | None] = mapped_column(Integer)
    date_precision: Mapped[str | None] = mapped_column(Text)
    date_start: Mapped[date | None] = mapped_column(Date, index=True)
    date_end: Mapped[date | None] = mapped_column(Date)
    country: Mapped[str | None] = mapped_column(Text)
    admin1: Mapped[str | None] = mapped_column(Text)
    admin2: Mapped[str | None] = mapped_column(Text)
    place_name: Mapped[str | None] = mapped_column(Text)
    place_precision: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    event_type: Mapped[str] = mapped_column(Text, index=True)
    attack_type: Mapped[str | None] = mapped_column(Text)
    secondary_attack_types: Mapped[list[Any] | None] = mapped_column(JSON)
    suicide: Mapped[bool] = mapped_column(Boolean, default=False)
    target_type: Mapped[str | None] = mapped_column(Text)
    facility: Mapped[str | None] = mapped_column(Text)
    attackers: Mapped[int | None] = mapped_column(Integer)
    killed_low: Mapped[int | None] = mapped_column(Integer)
    killed_high: Mapped[int | None] = mapped_column(Integer)
    killed_best: Mapped[int | None] = mapped_column(Integer)
    killed_qualifier: Mapped[str | None] = mapped_column(Text)
    wounded_low: Mapped[int | None] = mapped_column(Integer)
    wounded_high: Mapped[int | None] = mapped_column(Integer)
    wounded_best: Mapped[int | None] = mapped_column(Integer)
    wounded_qualifier: Mapped[str | None] = mapped_column(Text)
    arrested_low: Mapped[int | None] = mapped_column(Integer)
    arrested_high: Mapped[int | None] = mapped_column(Integer)
    arrested_best: Mapped[int | None] = mapped_column(Integer)
    arrested_qualifier: Mapped[str | None] = mapped_column(Text)
    kidnapped_low: Mapped[int | None] = mapped_column(Integer)
    kidnapped_high: Mapped[int | None] = mapped_column(Integer)
    kidnapped_best: Mapped[int | None] = mapped_column(Integer)
    kidnapped_qualifier: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    summary: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class MentionRow(Base):
    """One article's report of one incident: the extracted record exactly as that source gave it.

    ``record`` is :meth:`eventwatch.models.Incident.to_dict` (per-source figures included) and
    ``evidence`` its evidence spans, so fusion can re-reconcile without re-extracting.
    """

    __tablename__ = "mentions"
    __table_args__ = (UniqueConstraint("article_id", "index_in_article",
                                       name="uq_mentions_article_index"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"),
                                             index=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"),
                                            index=True)
    index_in_article: Mapped[int] = mapped_column(Integer)
    record: Mapped[dict[str, Any]] = mapped_column(JSON)
    evidence: Mapped[list[Any]] = mapped_column(JSON)
    confidence: Mapped[float] = mapped_column(Float)


class CasualtyFigureRow(Base):
    """A casualty or arrest figure: per source (``mention_id`` set) or reconciled (NULL)."""

    __tablename__ = "casualty_figures"
    __table_args__ = (
        CheckConstraint(_in("measure", MEASURES), name="measure"),
        CheckConstraint(_in("category", FIGURE_CATEGORIES), name="category"),
        CheckConstraint("low >= 0 AND high >= 0 AND best >= 0", name="non_negative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"),
                                             index=True)
    mention_id: Mapped[int | None] = mapped_column(ForeignKey("mentions.id", ondelete="CASCADE"),
                                                   index=True)
    measure: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(Text)
    low: Mapped[int | None] = mapped_column(Integer)
    high: Mapped[int | None] = mapped_column(Integer)
    best: Mapped[int | None] = mapped_column(Integer)
    qualifier: Mapped[str] = mapped_column(Text)


class ActorRow(Base):
    """An organisation; ``unresolved`` marks a name seen in text but not in the actor base."""

    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    kind: Mapped[str] = mapped_column(Text, default="unknown")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id", ondelete="SET NULL"))
    unresolved: Mapped[bool] = mapped_column(Boolean, default=False)
    countries: Mapped[list[Any]] = mapped_column(JSON)


class ActorAliasRow(Base):
    __tablename__ = "actor_aliases"
    __table_args__ = (UniqueConstraint("actor_id", "alias", name="uq_actor_aliases_actor_alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(Text, index=True)
    is_acronym: Mapped[bool] = mapped_column(Boolean, default=False)


class PerpetratorRow(Base):
    """Who a source says did it; ``actor_id`` NULL for an unnamed perpetrator ("gunmen")."""

    __tablename__ = "perpetrators"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"),
                                             index=True)
    mention_id: Mapped[int | None] = mapped_column(ForeignKey("mentions.id", ondelete="CASCADE"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id", ondelete="SET NULL"),
                                                 index=True)
    mention: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text)


class ActorRelationRow(Base):
    """A relation between two actors stated in an article, with its evidence spans."""

    __tablename__ = "actor_relations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    a_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    b_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(Text)
    evidence: Mapped[list[Any]] = mapped_column(JSON)
    confidence: Mapped[float] = mapped_column(Float)
    article_id: Mapped[str | None] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))


class StatisticRow(Base):
    """An aggregate figure an article states, attributed to its cited ``source``."""

    __tablename__ = "statistics"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"),
                                            index=True)
    measure: Mapped[str] = mapped_column(Text)
    of_measure: Mapped[str | None] = mapped_column(Text)
    period_value: Mapped[str | None] = mapped_column(Text)
    period_precision: Mapped[str | None] = mapped_column(Text)
    scope: Mapped[dict[str, Any]] = mapped_column(JSON)
    value: Mapped[int | None] = mapped_column(Integer)
    share_pct: Mapped[float | None] = mapped_column(Float)
    change_pct: Mapped[float | None] = mapped_column(Float)
    qualifier: Mapped[str] = mapped_column(Text)
    by_category: Mapped[dict[str, Any]] = mapped_column(JSON)
    attacks: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[list[Any]] = mapped_column(JSON)
    confidence: Mapped[float] = mapped_column(Float)


class AnalystDecisionRow(Base):
    """An analyst's merge or split, kept so it survives re-extraction and re-fusion."""

    __tablename__ = "analyst_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(Text)
    incident_ids: Mapped[list[Any]] = mapped_column(JSON)
    mention_id: Mapped[int | None] = mapped_column(Integer)
    who: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    why: Mapped[str] = mapped_column(Text, default="")


TABLES: dict[str, type[Base]] = {
    cls.__tablename__: cls
    for cls in (ArticleRow, IncidentRow, MentionRow, CasualtyFigureRow, ActorRow, ActorAliasRow,
                PerpetratorRow, ActorRelationRow, StatisticRow, AnalystDecisionRow)
}
from eventwatch.store import fusion_schema as _fusion_schema  # noqa: E402, F401  (decision mentions)
from eventwatch.store import milestones as _milestones  # noqa: E402, F401  (milestones table)
from eventwatch.store import reference as _reference  # noqa: E402, F401  (reference events)
