"""Alembic's environment: run the migrations on the connection the store hands over.

The store calls Alembic from code (``chronocheck.store.db.migrate``) with an open
connection in ``config.attributes["connection"]``; there is no ``alembic.ini``
and no offline (SQL script) mode.
"""

from __future__ import annotations

from alembic import context

from chronocheck.store.tables import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things in place; batch mode copies the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
