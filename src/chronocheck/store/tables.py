"""The tables of the store of analyses, as SQLAlchemy 2 declarative classes.

An article is stored once per text (its SHA-256); each analysis of it records
the pipeline, schema and pack versions it ran with, so an old analysis can be
run again and the two compared. The full JSON report of a finished analysis is
kept whole, and its claims, evidence and technique spans are copied into their
own rows so they can be searched and filtered. The schema itself is created by
the Alembic migrations in ``migrations/``; these classes only describe it.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

LOGGER = logging.getLogger(__name__)

#: Longest stored source (a URL or a path); longer ones are cut.
MAX_SOURCE_LENGTH = 2000
#: Length of a hex SHA-256.
SHA256_LENGTH = 64
#: Length of an analysis id: a hex UUID4.
ANALYSIS_ID_LENGTH = 32


class Base(DeclarativeBase):
    """The declarative base of the store's tables."""


class ArticleRow(Base):
    """One article text, stored once however often it is analysed."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(SHA256_LENGTH), unique=True)
    text: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(MAX_SOURCE_LENGTH))
    published: Mapped[str | None] = mapped_column(String(10))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    analyses: Mapped[list[AnalysisRow]] = relationship(back_populates="article")


class AnalysisRow(Base):
    """One run of the pipeline over an article, from queued to done or failed."""

    __tablename__ = "analyses"
    __table_args__ = (Index("ix_analyses_status", "status"),)

    id: Mapped[str] = mapped_column(String(ANALYSIS_ID_LENGTH), primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))
    status: Mapped[str] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)
    options: Mapped[dict[str, object]] = mapped_column(JSON)
    pipeline_version: Mapped[str] = mapped_column(String(32))
    schema_version: Mapped[str | None] = mapped_column(String(16))
    packs: Mapped[list[str]] = mapped_column(JSON)
    report: Mapped[dict[str, object] | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    result_key: Mapped[str | None] = mapped_column(String(SHA256_LENGTH), index=True)
    reused_from: Mapped[str | None] = mapped_column(String(ANALYSIS_ID_LENGTH))

    article: Mapped[ArticleRow] = relationship(back_populates="analyses")
    claims: Mapped[list[ClaimRow]] = relationship(
        back_populates="analysis", cascade="all, delete-orphan"
    )
    techniques: Mapped[list[TechniqueRow]] = relationship(
        back_populates="analysis", cascade="all, delete-orphan"
    )


class ClaimRow(Base):
    """A claim of a finished analysis with its verdict."""

    __tablename__ = "claims"
    __table_args__ = (Index("ix_claims_verdict", "verdict"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    analysis_id: Mapped[str] = mapped_column(ForeignKey("analyses.id"), index=True)
    claim_id: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    verdict: Mapped[str] = mapped_column(String(16))
    confidence: Mapped[float | None] = mapped_column(Float)
    difference: Mapped[str | None] = mapped_column(Text)
    checkworthiness: Mapped[float] = mapped_column(Float)

    analysis: Mapped[AnalysisRow] = relationship(back_populates="claims")
    evidence: Mapped[list[EvidenceRow]] = relationship(
        back_populates="claim", cascade="all, delete-orphan"
    )


class EvidenceRow(Base):
    """A piece of evidence behind a claim's verdict."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_row_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    fact: Mapped[str] = mapped_column(Text)
    source_title: Mapped[str] = mapped_column(Text)
    source_url: Mapped[str | None] = mapped_column(Text)
    quote: Mapped[str | None] = mapped_column(Text)

    claim: Mapped[ClaimRow] = relationship(back_populates="evidence")


class TechniqueRow(Base):
    """A persuasion technique span of a finished analysis."""

    __tablename__ = "techniques"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    analysis_id: Mapped[str] = mapped_column(ForeignKey("analyses.id"), index=True)
    span_id: Mapped[str] = mapped_column(String(16))
    technique: Mapped[str] = mapped_column(String(64))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    score: Mapped[float] = mapped_column(Float)

    analysis: Mapped[AnalysisRow] = relationship(back_populates="techniques")
