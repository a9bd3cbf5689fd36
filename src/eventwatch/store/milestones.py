"""Actor milestones in the store: the ``milestones`` table, its writer and its reader.

A milestone is a dated turning point of one actor that an article states ("ISIS marked its
entry into Pakistan on August 8, 2016"); see :mod:`eventwatch.extract.milestones`.
:func:`add_milestones` writes an article's milestones inside the store's save transaction
(called from :func:`eventwatch.store.writer.add_article`); :func:`milestones_for` reads them
back for the actor profile.  The migration is ``migrations/versions/0002_milestones.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Date, Float, ForeignKey, Integer, String, Text, insert, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from eventwatch.models import Milestone
from eventwatch.store.schema import TABLES, ActorRow, ArticleRow, Base

if TYPE_CHECKING:
    from eventwatch.store.writer import ActorIds


class MilestoneRow(Base):
    """A dated turning point of an actor, as one article states it.

    ``date_start`` is the first day the date can mean at its precision (2014 -> 2014-01-01),
    for ordering; a date without a year has none.
    """

    __tablename__ = "milestones"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"),
                                          index=True)
    article_id: Mapped[str] = mapped_column(String(64), ForeignKey("articles.id",
                                                                   ondelete="CASCADE"),
                                            index=True)
    kind: Mapped[str] = mapped_column(Text)
    what: Mapped[str] = mapped_column(Text)
    date_value: Mapped[str | None] = mapped_column(Text)
    date_year: Mapped[int | None] = mapped_column(Integer)
    date_month: Mapped[int | None] = mapped_column(Integer)
    date_day: Mapped[int | None] = mapped_column(Integer)
    date_precision: Mapped[str] = mapped_column(Text)
    date_start: Mapped[date | None] = mapped_column(Date)
    evidence: Mapped[list[Any]] = mapped_column(JSON)
    confidence: Mapped[float] = mapped_column(Float)


# ``Store.count("milestones")`` and the table list in error messages know the table too.
TABLES[MilestoneRow.__tablename__] = MilestoneRow


def milestone_row(actor_id: int, article_id: str, milestone: Milestone) -> dict[str, Any]:
    """The ``milestones`` row of one extracted milestone."""
    when = milestone.date
    start = None
    if when.year is not None:
        start = date(when.year, when.month or 1, when.day or 1)
    return {
        "actor_id": actor_id, "article_id": article_id, "kind": milestone.kind,
        "what": milestone.what, "date_value": when.value, "date_year": when.year,
        "date_month": when.month, "date_day": when.day, "date_precision": when.precision,
        "date_start": start, "evidence": [e.to_dict() for e in milestone.evidence],
        "confidence": milestone.confidence,
    }


def add_milestones(session: Session, actors: ActorIds, article_id: str,
                   milestones: Sequence[Milestone]) -> int:
    """Insert an article's milestones in the caller's transaction; returns how many.

    Actor names are canonical names from the actor base; one the store does not know is
    created flagged ``unresolved`` (as for perpetrators and relations).
    """
    if not milestones:
        return 0
    actors.load(m.actor for m in milestones)
    rows = [milestone_row(actors.get(m.actor), article_id, m) for m in milestones]
    session.execute(insert(MilestoneRow.__table__), rows)  # type: ignore[arg-type]
    return len(rows)


def milestones_for(session: Session, actor_ids: Iterable[int]) -> list[dict[str, Any]]:
    """Milestones of these actors, earliest first, one entry per (actor, kind, date) with every
    article that states it: ``{"actor", "kind", "date", "date_precision", "what",
    "evidence", "articles": [{"id", "url", "published"}], "confidence"}``."""
    ids = sorted(set(actor_ids))
    if not ids:
        return []
    query = (
        select(MilestoneRow, ActorRow.name, ArticleRow.url, ArticleRow.published)
        .join(ActorRow, ActorRow.id == MilestoneRow.actor_id)
        .join(ArticleRow, ArticleRow.id == MilestoneRow.article_id)
        .where(MilestoneRow.actor_id.in_(ids))
        .order_by(MilestoneRow.date_start.asc().nulls_last(), MilestoneRow.id)
    )
    merged: dict[tuple[str, str, str | None], dict[str, Any]] = {}
    for row, name, url, published in session.execute(query):
        key = (name, row.kind, row.date_value)
        entry = merged.get(key)
        if entry is None:
            entry = merged[key] = {
                "actor": name, "kind": row.kind, "date": row.date_value,
                "date_precision": row.date_precision, "what": row.what,
                "evidence": row.evidence, "articles": [], "confidence": row.confidence,
            }
        entry["articles"].append({"id": row.article_id, "url": url, "published": published})
        entry["confidence"] = max(entry["confidence"], row.confidence)
    return list(merged.values())

