"""Shared fixtures: a real PostgreSQL server for the store tests, and fresh databases.

``postgres_server`` (session) gives a server URL: ``EVENTWATCH_TEST_POSTGRES_URL`` if set,
otherwise a throwaway server started from Debian's binaries (``/usr/lib/postgresql/*/bin``)
in a temporary directory, stopped at the end of the session.  When no server can be had the
PostgreSQL tests fail under CI (env ``CI`` set) and are skipped elsewhere.

``db_url`` is parametrised over SQLite (a temporary file) and PostgreSQL (a new database per
test), so every test that takes it runs on both backends.

``resources`` (session) is the packaged gazetteer, actor base and spaCy pipeline, loaded once
for all the extraction tests (a module may override it, as the actor-store tests do).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwatch.resources import Resources

ENV_URL = "EVENTWATCH_TEST_POSTGRES_URL"


def _unavailable(reason: str) -> None:
    message = (f"no PostgreSQL server for the store tests: {reason}. Install Debian's "
               f"'postgresql' package or set {ENV_URL}=postgresql+psycopg://USER@HOST:PORT/DB.")
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _LocalServer:
    """A throwaway PostgreSQL cluster in a temporary directory (fsync off: tests only)."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="eventwatch-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = _free_port()
        # initdb refuses to run as root: run the server as the postgres user then.
        self.as_user: list[str] = []
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            runuser = shutil.which("runuser")
            if runuser is None:
                raise RuntimeError("running as root and runuser is missing")
            self.as_user = [runuser, "-u", "postgres", "--"]
            shutil.chown(self.root, user="postgres", group="postgres")

    def _run(self, *args: str) -> None:
        proc = subprocess.run([*self.as_user, *args], capture_output=True, text=True,
                              timeout=120, check=False)
        if proc.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{Path(args[0]).name} failed ({proc.returncode}): "
                               f"{proc.stderr.strip() or proc.stdout.strip()} {log}".strip())

    def start(self) -> str:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-A", "trust",
                  "-U", "postgres", "--no-sync", "-E", "UTF8")
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log),
                  "-w", "-t", "60", "-o", options, "start")
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        if self.data.exists():
            subprocess.run([*self.as_user, str(self.bindir / "pg_ctl"), "-D", str(self.data),
                            "-m", "immediate", "-w", "stop"], capture_output=True, timeout=60,
                           check=False)
        shutil.rmtree(self.root, ignore_errors=True)


def _check(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def resources() -> Resources:
    return Resources()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """SQLAlchemy URL of a running PostgreSQL server where the tests may create databases."""
    url = os.environ.get(ENV_URL, "").strip()
    if url:
        try:
            _check(url)
        except Exception as exc:
            pytest.fail(f"{ENV_URL}={url} does not answer: {exc}", pytrace=False)
        yield url
        return
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit()
                        else 0)
    if not candidates:
        _unavailable("no /usr/lib/postgresql/*/bin/initdb")
    server = _LocalServer(Path(candidates[-1]).parent)
    try:
        url = server.start()
        _check(url)
    except Exception as exc:
        server.stop()
        _unavailable(f"could not start a local server ({exc})")
    try:
        yield url
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A new, empty database on the test server, dropped after the test."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"eventwatch_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(postgres_server).set(database=name).render_as_string(
            hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'eventwatch.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """A fresh database URL, once for SQLite and once for PostgreSQL."""
    name = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return str(request.getfixturevalue(name))
