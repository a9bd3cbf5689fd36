"""Schema migrations, run programmatically from the migrations shipped in the package.

Reads the Alembic scripts under ``eventwatch/store/migrations`` and writes the schema (and the
``alembic_version`` table) of the database it is given.  A developer adds a revision with::

    python -c "from alembic import command; from eventwatch.store.migrate import alembic_config;\
 command.revision(alembic_config('sqlite:///dev.db'), 'what changed', autogenerate=True)"
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(url: str | None = None, connection: Connection | None = None) -> Config:
    """An Alembic configuration built in code (no ``alembic.ini``) for the packaged scripts."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        # ConfigParser treats "%" as interpolation; passwords in URLs may contain it.
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revisions() -> set[str]:
    """The newest revision of every branch: features add their tables on branches of their
    own from the initial schema, and ``upgrade`` applies all of them."""
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def upgrade(connection: Connection) -> None:
    """Bring the database behind ``connection`` to the newest revisions (no-op when current).

    Checking the stored revisions first keeps opening an up-to-date store cheap.
    """
    current = set(MigrationContext.configure(connection).get_current_heads())
    if current and current == head_revisions():
        return
    command.upgrade(alembic_config(connection=connection), "heads")
    connection.commit()
