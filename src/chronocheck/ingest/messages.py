"""The messages of every error ``ingest`` raises, in one place.

Each message names the bad value (the path, URL, charset or size) so that the
one line the CLI prints is enough to fix the input. Fill them with
``str.format`` keyword arguments.
"""

from __future__ import annotations

import logging

LOGGER = logging.getLogger(__name__)

# Local files and standard input.
FILE_MISSING = "Cannot read '{source}': no such file."
FILE_IS_DIRECTORY = "Cannot read '{source}': it is a directory, not a file."
FILE_UNREADABLE = "Cannot read '{source}': {reason}."
TOO_LARGE = "Cannot read '{source}': it is larger than the limit of {limit:,} bytes."

# Content.
EMPTY = "Cannot read '{source}': it is empty or holds only whitespace."
BINARY = "Cannot read '{source}': it looks like a binary file, not text."
UNDECODABLE = (
    "Cannot read '{source}': it is not valid UTF-8 and its character encoding cannot be detected."
)
NO_MAIN_TEXT = "Cannot read '{source}': the HTML page has no main text."
HTML_UNPARSABLE = "Cannot read '{source}': the HTML cannot be parsed ({reason})."
NOT_ENGLISH = (
    "Cannot read '{source}': the text does not look like English ({verdict}); "
    "chronocheck reads English articles only."
)

# URLs.
URL_INVALID = "Cannot fetch '{url}': it is not a valid URL ({reason})."
URL_SCHEME = "Cannot fetch '{url}': only http and https URLs are supported."
URL_UNRESOLVED = "Cannot fetch '{url}': the host '{host}' cannot be resolved ({reason})."
URL_PRIVATE = (
    "Refusing to fetch '{url}': its host '{host}' resolves to the non-public address "
    "{address} (pass --allow-private-urls to allow it)."
)
URL_TOO_MANY_REDIRECTS = "Cannot fetch '{url}': it redirects more than {limit} times."
URL_BAD_REDIRECT = "Cannot fetch '{url}': it redirects to an invalid location {location!r}."
URL_STATUS = "Cannot fetch '{url}': the server answered HTTP {status} {reason}."
URL_TOO_LARGE = "Cannot fetch '{url}': the response is larger than the limit of {limit:,} bytes."
URL_FAILED = "Cannot fetch '{url}': {reason}."
