"""Open the store's database: make the engine, bring the schema up to date.

``sqlite:///path`` (the default, a file in the user data folder) or
``postgresql://user@host/name``. SQLite runs in WAL mode with foreign keys on,
so the web server's readers never wait for its one writer and a killed process
leaves the last committed transaction intact. The schema is created and
upgraded by the Alembic migrations shipped in ``migrations/``, run from code.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import platformdirs
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from chronocheck.errors import StoreError

LOGGER = logging.getLogger(__name__)

#: The file of the default database, in the user data folder.
DEFAULT_DB_NAME = "analyses.sqlite"
MIGRATIONS = str(Path(__file__).parent / "migrations")
#: How long a SQLite writer waits for another one before giving up, in seconds.
SQLITE_BUSY_TIMEOUT = 30
#: The drivers the store knows; a bare ``postgresql://`` uses psycopg 3.
POSTGRES_DRIVER = "postgresql+psycopg"


def default_db_url() -> str:
    """The SQLite file in the user data folder (created when first opened)."""
    folder = Path(platformdirs.user_data_dir("chronocheck", appauthor=False))
    return f"sqlite:///{folder / DEFAULT_DB_NAME}"


def open_engine(url: str) -> Engine:
    """Make an engine for ``url`` and migrate its schema to the newest revision.

    Args:
        url: A SQLAlchemy URL: ``sqlite:///file`` or ``postgresql://...``.

    Returns:
        The engine, its database ready for the store.

    Raises:
        StoreError: If the URL is malformed, names another kind of database, or
            the database cannot be reached or migrated.
    """
    try:
        parsed = make_url(url)
    except ArgumentError as e:
        raise StoreError(
            f"'{url}' is not a database URL (sqlite:///FILE or postgresql://...)."
        ) from e
    backend = parsed.get_backend_name()
    if backend == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername=POSTGRES_DRIVER)
    elif backend not in ("sqlite", "postgresql"):
        raise StoreError(f"The store runs on SQLite or PostgreSQL, not '{backend}'.")
    options: dict[str, Any] = {}
    if backend == "sqlite":
        _make_folder(parsed.database)
        options["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT, "check_same_thread": False}
    engine = create_engine(parsed, pool_pre_ping=True, **options)
    if backend == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        migrate(engine)
    except SQLAlchemyError as e:
        engine.dispose()
        raise StoreError(f"Cannot open the database {parsed.render_as_string()}: {e}") from e
    return engine


def migrate(engine: Engine) -> None:
    """Run the Alembic migrations up to the newest revision."""
    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _make_folder(database: str | None) -> None:
    if database and database != ":memory:":
        try:
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"Cannot create the folder of the database '{database}': {e}") from e


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    """WAL for concurrent readers and foreign keys enforced.

    With WAL, ``synchronous=NORMAL`` keeps every committed transaction through a
    killed process (not through a power cut), at a fraction of FULL's fsyncs.
    """
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
