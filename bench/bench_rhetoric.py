"""What the rhetoric stage adds to a full check, in one run.

Times ``check_articles`` on the seed article (or the example article when
../shared is absent) with verification, once without the rhetoric stage and
once with it (technique spans and check-worthiness), best of N warm repeats,
and prints the ratio. Goal (issue #6): rhetoric adds <= 30% to the full check.
Also times the two parts alone: ``find_techniques`` over the article and
``score_checkworthiness`` over its claims.

Run: ``.venv/bin/python bench/bench_rhetoric.py [--repeats 5]``
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from collections.abc import Callable
from pathlib import Path

from chronocheck.analysis import check_articles
from chronocheck.ingest import read_article
from chronocheck.rhetoric import find_techniques, score_checkworthiness
from chronocheck.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "article.txt"
EXAMPLE = REPO / "examples" / "iran-iraq-war-1980-1988.txt"
#: The goal: the rhetoric stage adds at most this share to the full check.
GOAL_RATIO = 1.30


def _best(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return min(times)


def _lines(text: str) -> list[tuple[int, int]]:
    """Each non-empty line's range: the sentences, near enough for timing the tagger alone."""
    ranges, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            ranges.append((start, start + len(line)))
        start += len(line) + 1
    return ranges


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    path = SEED if SEED.is_file() else EXAMPLE
    with_rhetoric = Settings()
    without = dataclasses.replace(with_rhetoric, rhetoric=False)
    article = read_article(str(path), settings=with_rhetoric)
    report = next(check_articles([article], settings=with_rhetoric))  # warm everything
    sentences = _lines(article.text)
    claims = [claim.text for claim in report.claims]

    base = _best(lambda: list(check_articles([article], settings=without)), args.repeats)
    full = _best(lambda: list(check_articles([article], settings=with_rhetoric)), args.repeats)
    spans = _best(lambda: find_techniques(article.text, sentences), args.repeats)
    scores = _best(lambda: score_checkworthiness(claims), args.repeats)
    print(f"{path.name}: {len(article.text.split()):,} words, {len(claims)} claims, "
          f"best of {args.repeats}")  # fmt: skip
    print(f"{'check without rhetoric':36} {base:8.3f} s")
    print(f"{'check with rhetoric':36} {full:8.3f} s")
    print(f"{'  find_techniques alone':36} {spans * 1000:8.1f} ms")
    print(f"{'  score_checkworthiness alone':36} {scores * 1000:8.1f} ms")
    ratio = full / base
    verdict = "met" if ratio <= GOAL_RATIO else "missed"
    print(f"ratio {ratio:.2f}x (goal <= {GOAL_RATIO:.2f}x: {verdict})")


if __name__ == "__main__":
    main()
