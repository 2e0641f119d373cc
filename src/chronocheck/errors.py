"""chronocheck's exceptions, and the messages they carry.

The tree::

    ChronocheckError            base of everything chronocheck raises on purpose
    ├── IngestError             the article cannot be read (missing, empty, binary,
    │   │                       undecodable, too large, not English, no main text)
    │   └── FetchError          a URL cannot be fetched, or is refused
    ├── PipelineError           the spaCy pipeline cannot be loaded or run
    ├── KnowledgePackError      a reference pack is missing or malformed
    ├── ConfigError             a setting has a bad value
    ├── ReportError             a report cannot be rendered or written
    └── StoreError              the database of analyses cannot be opened or written
        └── NotFoundError       no analysis has that id

The CLI turns any of these into one line on stderr and exit status 2.
"""

from __future__ import annotations


class ChronocheckError(Exception):
    """Base class of chronocheck's own errors."""


class IngestError(ChronocheckError):
    """The article cannot be read."""


class FetchError(IngestError):
    """A URL cannot be fetched, or fetching it is refused."""


class PipelineError(ChronocheckError):
    """The NLP pipeline cannot be loaded or run."""


class KnowledgePackError(ChronocheckError):
    """A reference pack is missing or malformed."""


class ConfigError(ChronocheckError):
    """A setting has a bad value."""


class ReportError(ChronocheckError):
    """A report cannot be rendered or written."""


class StoreError(ChronocheckError):
    """The database of analyses cannot be opened, migrated or written."""


class NotFoundError(StoreError):
    """No stored analysis has the id asked for."""
