"""Fusion: the mentions each analyst decision covers (analyst_decision_mentions).

Revision ID: 0002_fusion
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_fusion"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "analyst_decision_mentions"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("index_in_article", sa.Integer(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.CheckConstraint("role IN ('a', 'b', 'moved', 'kept')", name=op.f(f"ck_{TABLE}_role")),
        sa.ForeignKeyConstraint(["decision_id"], ["analyst_decisions.id"], ondelete="CASCADE",
                                name=op.f(f"fk_{TABLE}_decision_id_analyst_decisions")),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{TABLE}")),
    )
    op.create_index(op.f(f"ix_{TABLE}_decision_id"), TABLE, ["decision_id"], unique=False)
    op.create_index(op.f(f"ix_{TABLE}_article_id"), TABLE, ["article_id"], unique=False)


def downgrade() -> None:
    op.drop_table(TABLE)
