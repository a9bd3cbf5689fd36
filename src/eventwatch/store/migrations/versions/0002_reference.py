"""Reference events imported from other datasets: the ``reference_events`` table.

See :mod:`eventwatch.store.reference` (UCDP GED and ACLED rows, kept apart from incidents).

Revision ID: 0002_reference
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_reference"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reference_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("dataset", sa.Text(), nullable=False),
        sa.Column("source_id", sa.Text(), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.Text(), nullable=True),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("country_name", sa.Text(), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("admin1_raw", sa.Text(), nullable=True),
        sa.Column("admin2", sa.Text(), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("event_type", sa.Text(), nullable=True),
        sa.Column("sub_event_type", sa.Text(), nullable=True),
        sa.Column("actor1", sa.Text(), nullable=True),
        sa.Column("actor2", sa.Text(), nullable=True),
        sa.Column("deaths_low", sa.Integer(), nullable=True),
        sa.Column("deaths_best", sa.Integer(), nullable=True),
        sa.Column("deaths_high", sa.Integer(), nullable=True),
        sa.Column("deaths_civilians", sa.Integer(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_events")),
        sa.UniqueConstraint("dataset", "source_id",
                            name=op.f("uq_reference_events_dataset_source_id")),
    )
    op.create_index("ix_reference_events_dataset_country_date", "reference_events",
                    ["dataset", "country", "date_start"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_reference_events_dataset_country_date", table_name="reference_events")
    op.drop_table("reference_events")
