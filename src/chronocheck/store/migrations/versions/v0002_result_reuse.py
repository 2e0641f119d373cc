"""Reuse of finished results: the key of what an analysis computes, and where a copy came from.

``result_key`` is a digest of everything a result depends on (article text,
options, pipeline, pack and settings versions); a new submission with the key of
a finished analysis is served from it. ``reused_from`` names the analysis that
really ran, for a copy.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the two nullable columns (old analyses have neither) and index the key."""
    op.add_column("analyses", sa.Column("result_key", sa.String(64)))
    op.add_column("analyses", sa.Column("reused_from", sa.String(32)))
    op.create_index("ix_analyses_result_key", "analyses", ["result_key"])


def downgrade() -> None:
    """Drop the index and the columns."""
    op.drop_index("ix_analyses_result_key", "analyses")
    with op.batch_alter_table("analyses") as batch:
        batch.drop_column("reused_from")
        batch.drop_column("result_key")
