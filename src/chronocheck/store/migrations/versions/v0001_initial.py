"""The first schema: articles, analyses, claims, evidence, technique spans, search.

Revision ID: 0001
Revises:
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Create every table, and the full-text index each database supports."""
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("source", sa.String(2000), nullable=False),
        sa.Column("published", sa.String(10)),
        sa.Column("created_at", TIMESTAMP, nullable=False),
    )
    op.create_table(
        "analyses",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("options", sa.JSON, nullable=False),
        sa.Column("pipeline_version", sa.String(32), nullable=False),
        sa.Column("schema_version", sa.String(16)),
        sa.Column("packs", sa.JSON, nullable=False),
        sa.Column("report", sa.JSON),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("started_at", TIMESTAMP),
        sa.Column("finished_at", TIMESTAMP),
    )
    op.create_index("ix_analyses_status", "analyses", ["status"])
    op.create_index("ix_analyses_created_at", "analyses", ["created_at"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("analysis_id", sa.String(32), sa.ForeignKey("analyses.id"), nullable=False),
        sa.Column("claim_id", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("confidence", sa.Float),
        sa.Column("difference", sa.Text),
        sa.Column("checkworthiness", sa.Float, nullable=False),
    )
    op.create_index("ix_claims_analysis_id", "claims", ["analysis_id"])
    op.create_index("ix_claims_verdict", "claims", ["verdict"])
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("claim_row_id", sa.Integer, sa.ForeignKey("claims.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("fact", sa.Text, nullable=False),
        sa.Column("source_title", sa.Text, nullable=False),
        sa.Column("source_url", sa.Text),
        sa.Column("quote", sa.Text),
    )
    op.create_index("ix_evidence_claim_row_id", "evidence", ["claim_row_id"])
    op.create_table(
        "techniques",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("analysis_id", sa.String(32), sa.ForeignKey("analyses.id"), nullable=False),
        sa.Column("span_id", sa.String(16), nullable=False),
        sa.Column("technique", sa.String(64), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
    )
    op.create_index("ix_techniques_analysis_id", "techniques", ["analysis_id"])
    if op.get_bind().dialect.name == "sqlite":
        # One row per finished analysis: its title, article text and claims, ranked by BM25.
        op.execute(
            "CREATE VIRTUAL TABLE search_index USING fts5("
            "analysis_id UNINDEXED, body, tokenize = 'porter unicode61')"
        )
    else:
        op.execute(
            "CREATE INDEX ix_articles_text_search ON articles "
            "USING gin (to_tsvector('english', coalesce(title, '') || ' ' || text))"
        )
        op.execute(
            "CREATE INDEX ix_claims_text_search ON claims USING gin (to_tsvector('english', text))"
        )


def downgrade() -> None:
    """Drop everything the upgrade created."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE search_index")
    for table in ("techniques", "evidence", "claims", "analyses", "articles"):
        op.drop_table(table)
