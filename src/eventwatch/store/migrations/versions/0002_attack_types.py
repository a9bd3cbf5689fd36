"""Secondary attack types: ``incidents.secondary_attack_types`` (GTD attacktype2/3).

Revision ID: 0002_attack_types
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_attack_types"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # batch mode: SQLite cannot alter a table in place; PostgreSQL gets a plain ALTER.
    with op.batch_alter_table("incidents") as batch:
        batch.add_column(sa.Column("secondary_attack_types", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("incidents") as batch:
        batch.drop_column("secondary_attack_types")
