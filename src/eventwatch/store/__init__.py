"""The incident store (SQLAlchemy 2 + Alembic, SQLite or PostgreSQL).

``Store`` is the entry point; ``COLUMNS`` documents the incident records it returns.
"""

from __future__ import annotations

from eventwatch.errors import StoreError
from eventwatch.store.core import Store
from eventwatch.store.records import COLUMN_NAMES, COLUMNS, Column
from eventwatch.store.writer import ActorEntry

__all__ = ["COLUMNS", "COLUMN_NAMES", "ActorEntry", "Column", "Store", "StoreError"]
