"""Turn a submission (JSON text or URL, or an uploaded file) into a queued analysis.

The article is read here, in the request, so that bad input is answered at once
with a 4xx and a clear message (an empty text, a refused URL, a file that is not
English); the analysis itself runs later, in the worker.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from chronocheck.errors import ConfigError
from chronocheck.ingest import read_article
from chronocheck.ingest.text import article_from_bytes
from chronocheck.models import Article
from chronocheck.packs import builtin_pack_names
from chronocheck.settings import Settings

LOGGER = logging.getLogger(__name__)

#: Where a pasted text says it came from.
PASTED_SOURCE = "pasted text"
#: Most packs one submission may name.
MAX_PACKS = 10


class SubmissionOptions(BaseModel):
    """What a submission may ask for besides its article."""

    model_config = ConfigDict(extra="forbid")

    date: dt.date | None = Field(default=None, description="Publication date, YYYY-MM-DD.")
    packs: list[str] | None = Field(
        default=None, max_length=MAX_PACKS, description="Built-in reference packs to check with."
    )


class AnalysisRequest(SubmissionOptions):
    """A submission: exactly one of ``text`` and ``url``, with an optional date and packs."""

    text: str | None = Field(default=None, description="The article as plain text or HTML.")
    url: str | None = Field(default=None, description="An http(s) address to fetch the article.")

    @model_validator(mode="after")
    def _one_source(self) -> AnalysisRequest:
        if (self.text is None) == (self.url is None):
            raise ValueError("give exactly one of 'text' and 'url'")
        return self


def parse_request(raw: bytes) -> AnalysisRequest:
    """Validate a JSON submission.

    Raises:
        ConfigError: With the first problem, in words.
    """
    try:
        return AnalysisRequest.model_validate_json(raw)
    except ValidationError as e:
        raise ConfigError(describe_validation_error(e)) from e


def form_request(fields: dict[str, str], *, upload: bool) -> SubmissionOptions:
    """Validate the fields of a form or multipart submission.

    Empty fields count as absent and ``packs`` is comma-separated. With an
    uploaded file the fields may only be options; without one they must give
    the text or the URL.

    Raises:
        ConfigError: With the first problem, in words.
    """
    given: dict[str, Any] = {k: v for k, v in fields.items() if v.strip()}
    if "packs" in given:
        given["packs"] = [name.strip() for name in given["packs"].split(",") if name.strip()]
    model = SubmissionOptions if upload else AnalysisRequest
    try:
        return model.model_validate(given)
    except ValidationError as e:
        raise ConfigError(describe_validation_error(e)) from e


def describe_validation_error(error: ValidationError) -> str:
    """The first problem of a validation error as one sentence."""
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    message = str(first["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def check_packs(packs: list[str] | None) -> None:
    """Only built-in packs may be named over the web: a path would read the server's files.

    Raises:
        ConfigError: If a name is not a built-in pack.
    """
    known = builtin_pack_names()
    for name in packs or []:
        if name not in known:
            raise ConfigError(f"Unknown pack '{name}'; the packs are: {', '.join(known)}.")


def read_submission(request: AnalysisRequest, settings: Settings) -> Article:
    """The article a JSON or form submission gives.

    Raises:
        IngestError: If it cannot be read (FetchError for a URL).
        ConfigError: If it names an unknown pack.
    """
    check_packs(request.packs)
    if request.url is not None:
        return read_article(request.url, settings=settings, date=request.date)
    text = request.text or ""
    return article_from_bytes(
        text.encode("utf-8"),
        source=PASTED_SOURCE,
        settings=settings,
        date=request.date,
        content_type_hint="text/plain; charset=utf-8"
        if not text.lstrip().startswith("<")
        else None,
    )


def read_upload(
    data: bytes,
    filename: str,
    content_type: str | None,
    options: SubmissionOptions,
    settings: Settings,
) -> Article:
    """The article of an uploaded file.

    Raises:
        IngestError: If the file cannot be read as an English article.
        ConfigError: If the options name an unknown pack.
    """
    check_packs(options.packs)
    return article_from_bytes(
        data,
        source=filename or "upload",
        settings=settings,
        date=options.date,
        content_type_hint=content_type,
    )


def submission_options(request: SubmissionOptions) -> dict[str, Any]:
    """What the store keeps of a submission besides its article."""
    options: dict[str, Any] = {}
    if request.date is not None:
        options["date"] = request.date.isoformat()
    if request.packs:
        options["packs"] = list(request.packs)
    if isinstance(request, AnalysisRequest) and request.url is not None:
        options["url"] = request.url
    return options
