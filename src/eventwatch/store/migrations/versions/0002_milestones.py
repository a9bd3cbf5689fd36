"""Actor milestones: the ``milestones`` table (see ``eventwatch.store.milestones``).

Revision ID: 0002_milestones
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_milestones"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "milestones",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("date_value", sa.Text(), nullable=True),
        sa.Column("date_year", sa.Integer(), nullable=True),
        sa.Column("date_month", sa.Integer(), nullable=True),
        sa.Column("date_day", sa.Integer(), nullable=True),
        sa.Column("date_precision", sa.Text(), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], ondelete="CASCADE",
                                name=op.f("fk_milestones_actor_id_actors")),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE",
                                name=op.f("fk_milestones_article_id_articles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestones")),
    )
    op.create_index(op.f("ix_milestones_actor_id"), "milestones", ["actor_id"], unique=False)
    op.create_index(op.f("ix_milestones_article_id"), "milestones", ["article_id"],
                    unique=False)


def downgrade() -> None:
    op.drop_table("milestones")
