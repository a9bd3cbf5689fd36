"""The table that ties analyst decisions to the mentions they are about.

An :class:`~eventwatch.store.schema.AnalystDecisionRow` names incidents by id, but incident
ids change when incidents are re-fused.  Each decision therefore also lists the mentions it
covered, by article id and position in the article (the mention's stable key, see
:data:`eventwatch.fuse.features.MentionKey`), with their role: ``a`` / ``b`` for the two sides
of a merge, ``moved`` / ``kept`` for a split.  Re-fusion replays the decisions from these rows
(:func:`eventwatch.store.fusion.load_constraints`).  No foreign key to ``mentions``: a decision
outlives the mention rows, which re-extraction replaces.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from eventwatch.store.schema import TABLES, Base

DECISION_ROLES = ("a", "b", "moved", "kept")


class DecisionMentionRow(Base):
    """One mention covered by one analyst decision, with its role in it."""

    __tablename__ = "analyst_decision_mentions"
    __table_args__ = (
        CheckConstraint("role IN ('a', 'b', 'moved', 'kept')", name="role"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("analyst_decisions.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[str] = mapped_column(String(64), index=True)
    index_in_article: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(Text)


TABLES[DecisionMentionRow.__tablename__] = DecisionMentionRow
