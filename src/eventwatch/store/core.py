"""The incident store: one object that owns a database connection pool.

:class:`Store` opens (and migrates) a SQLite or PostgreSQL database, writes one article with
everything extracted from it in a single transaction, and reads incidents back as flat records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from eventwatch.errors import Errors, StoreError
from eventwatch.models import Article, ExtractionResult
from eventwatch.settings import load_settings
from eventwatch.store import migrate
from eventwatch.store.records import query_records
from eventwatch.store.schema import TABLES, ArticleRow
from eventwatch.store.writer import ActorEntry, add_article, sync_actors

if TYPE_CHECKING:
    from eventwatch.store.fusion import RefuseReport

_T = TypeVar("_T")


def normalise_url(url: str) -> str:
    """Accept the URL forms people paste: bare ``postgresql://`` means psycopg 3 here."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def safe_url(url: str) -> str:
    """The URL with any password masked, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url


def _reason(exc: BaseException) -> str:
    """The first line of a driver error, without SQLAlchemy's background link."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # SQLite ignores foreign keys unless asked, per connection; PostgreSQL always checks them.
    cursor.execute("PRAGMA foreign_keys=ON")
    # Write-ahead log: readers don't block the writer, and with synchronous=NORMAL a commit
    # costs no fsync (a power cut may lose the last articles, never corrupt the file).  This
    # makes one-transaction-per-article ingestion about twice as fast.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Store:
    """An incident database, migrated to the newest schema when opened.

    Reads and writes the tables in :mod:`eventwatch.store.schema`.  ``url`` is a SQLAlchemy
    URL; ``None`` takes ``EVENTWATCH_DATABASE_URL`` or ``sqlite:///eventwatch.db``.  A database
    that cannot be opened or migrated raises :class:`StoreError` (E012) naming the URL.
    """

    def __init__(self, url: str | None = None) -> None:
        url = normalise_url(url or load_settings().database_url)
        self.url = safe_url(url)
        self._engine: Engine | None = None
        try:
            self._engine = self._create_engine(url)
            with self._engine.begin() as connection:
                migrate.upgrade(connection)
        except Exception as exc:
            if self._engine is not None:
                self._engine.dispose()
            raise StoreError(Errors.E012, input=self.url, reason=_reason(exc)) from exc

    @staticmethod
    def _create_engine(url: str) -> Engine:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            memory = parsed.database in (None, "", ":memory:")
            # An in-memory database lives only as long as its one connection: share it.
            engine = create_engine(url, poolclass=StaticPool if memory else None,
                                   connect_args={"check_same_thread": False} if memory else {})
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        return create_engine(url, pool_pre_ping=True)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise StoreError(Errors.E012, input=self.url, reason="the store is closed")
        return self._engine

    # -- writing ---------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        with Session(self.engine) as session:
            return session.get(ArticleRow, article_id) is not None

    def save(self, article: Article, result: ExtractionResult) -> str:
        """Store an article and what was extracted from it, all or nothing.

        Returns ``"new"``, or ``"duplicate"`` when the article id is already stored (nothing is
        written then).  Any failure rolls the whole article back and raises
        :class:`StoreError` (E013) naming the article.
        """
        label = article.url or article.source or article.external_id or article.id
        if result.article_id and result.article_id != article.id:
            raise StoreError(Errors.E013, input=label,
                             reason=f"the extraction result is for article {result.article_id}, "
                                    f"not {article.id}")
        try:
            with Session(self.engine) as session, session.begin():
                if session.get(ArticleRow, article.id) is not None:
                    return "duplicate"
                add_article(session, article, result, datetime.now(UTC))
        except Exception as exc:
            # Another process may have stored the same article between our check and commit.
            if isinstance(exc, SQLAlchemyError) and self.has_article(article.id):
                return "duplicate"
            raise StoreError(Errors.E013, input=label, reason=_reason(exc)) from exc
        return "new"

    def sync_actors(self, entries: Iterable[ActorEntry]) -> int:
        """Copy actor-base entries (names, aliases, parents) into the store in one transaction.

        Run it before saving articles so that names the base knows are stored as resolved
        actors and the ``actor`` filter understands aliases.  Returns the number of entries.
        """
        try:
            with Session(self.engine) as session, session.begin():
                return sync_actors(session, entries)
        except SQLAlchemyError as exc:
            raise StoreError(Errors.E013, input="actor base", reason=_reason(exc)) from exc

    # -- fusion (see eventwatch.store.fusion) --------------------------------------------

    def _change(self, label: str, work: Callable[[Session, datetime], _T]) -> _T:
        """Run one fusion change in its own transaction; failures roll back (E019)."""
        try:
            with Session(self.engine) as session, session.begin():
                return work(session, datetime.now(UTC))
        except SQLAlchemyError as exc:
            raise StoreError(Errors.E019, input=label, reason=_reason(exc)) from exc

    def fuse(self, *, rebuild: bool = False) -> RefuseReport:
        """Re-fuse all stored mentions (see :func:`eventwatch.store.fusion.refuse`)."""
        from eventwatch.store.fusion import refuse

        return self._change("fuse", lambda s, now: refuse(s, now, rebuild=rebuild))

    def merge_incidents(self, keep: int, other: int, *, who: str, why: str = "") -> int:
        """An analyst's merge of incident ``other`` into ``keep``, recorded; returns ``keep``."""
        from eventwatch.store.fusion import merge_incidents

        return self._change(f"merge {keep} {other}",
                            lambda s, now: merge_incidents(s, keep, other, who, why, now))

    def split_incident(self, incident_id: int, mention_ids: Sequence[int], *, who: str,
                       why: str = "") -> int:
        """An analyst's split: these mentions become a new incident (its id is returned)."""
        from eventwatch.store.fusion import split_incident

        return self._change(f"split {incident_id}", lambda s, now: split_incident(
            s, incident_id, mention_ids, who, why, now))

    def incident_detail(self, incident_id: int) -> dict[str, Any]:
        """One incident with all its mentions and decisions (``eventwatch incidents show``)."""
        from eventwatch.store.fusion import incident_detail

        with Session(self.engine) as session:
            return incident_detail(session, incident_id)

    # -- reading ---------------------------------------------------------------------------

    def incidents(self, *, country: str | None = None, admin1: str | None = None,
                  actor: str | None = None, since: date | str | None = None,
                  until: date | str | None = None, event_type: str | None = None,
                  min_killed: int | None = None, limit: int | None = None,
                  ) -> list[dict[str, Any]]:
        """Incidents as flat records (columns: :data:`eventwatch.store.records.COLUMNS`).

        Filters combine with AND.  ``country`` is an ISO code and ``admin1`` a province name,
        both case-insensitive; ``actor`` is a canonical name or any alias and includes the
        actor's branches (an unknown name raises E016); ``since``/``until`` take ``YYYY``,
        ``YYYY-MM`` or ``YYYY-MM-DD`` and match dates that overlap the range.  Records come in
        date order, undated incidents last.
        """
        with Session(self.engine) as session:
            return query_records(session, country=country, admin1=admin1, actor=actor,
                                 since=since, until=until, event_type=event_type,
                                 min_killed=min_killed, limit=limit)

    def count(self, table: str) -> int:
        """Number of rows in one of the store's tables (see :data:`schema.TABLES`)."""
        if table not in TABLES:
            raise StoreError(Errors.E017, input=table,
                             reason=f"not a table of the store; known: {', '.join(TABLES)}")
        with Session(self.engine) as session:
            return session.scalar(select(func.count()).select_from(TABLES[table])) or 0

    # -- lifetime --------------------------------------------------------------------------

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"
