"""What the rhetoric stage adds to a full check, in one run.

Times ``check_articles`` on the seed article (or the example article when
../shared is absent) with verification, without the rhetoric stage and with
it (technique spans and check-worthiness) for each span tagger (the
fine-tuned ``encoder``, the default, and string ``features`` alone), best of N
warm repeats, and prints the ratios. Goal (issue #6): rhetoric adds <= 30% to
the full check. Also times the parts alone: ``find_techniques`` over the
article with each tagger and ``score_checkworthiness`` over its claims.

Wall time and CPU time (all threads: numpy's matrix products use both cores)
are both printed; on a loaded machine the CPU-time ratio is the steadier one.

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
from chronocheck.models import SpanTagger
from chronocheck.rhetoric import find_techniques, score_checkworthiness
from chronocheck.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "article.txt"
EXAMPLE = REPO / "examples" / "iran-iraq-war-1980-1988.txt"
#: The goal: the rhetoric stage adds at most this share to the full check.
GOAL_RATIO = 1.30


def _best(run: Callable[[], object], repeats: int) -> tuple[float, float]:
    """The best wall time and the best CPU time of ``repeats`` runs."""
    walls, cpus = [], []
    for _ in range(repeats):
        began, began_cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - began)
        cpus.append(time.process_time() - began_cpu)
    return min(walls), min(cpus)


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
    with_encoder = Settings()
    with_features = dataclasses.replace(with_encoder, technique_tagger="features")
    without = dataclasses.replace(with_encoder, rhetoric=False)
    article = read_article(str(path), settings=with_encoder)
    report = next(check_articles([article], settings=with_encoder))  # warm everything
    sentences = _lines(article.text)
    claims = [claim.text for claim in report.claims]

    def check(settings: Settings) -> Callable[[], object]:
        return lambda: list(check_articles([article], settings=settings))

    def spans(tagger: SpanTagger) -> Callable[[], object]:
        return lambda: find_techniques(article.text, sentences, tagger=tagger)

    base = _best(check(without), args.repeats)
    timed = {
        "check with rhetoric (encoder)": _best(check(with_encoder), args.repeats),
        "check with rhetoric (features)": _best(check(with_features), args.repeats),
        "  find_techniques, encoder": _best(spans("encoder"), args.repeats),
        "  find_techniques, features": _best(spans("features"), args.repeats),
        "  score_checkworthiness": _best(lambda: score_checkworthiness(claims), args.repeats),
    }
    print(f"{path.name}: {len(article.text.split()):,} words, {len(claims)} claims, "
          f"best of {args.repeats}")  # fmt: skip
    print(f"{'':36} {'wall s':>8} {'CPU s':>8}")
    for name, (wall, cpu) in {"check without rhetoric": base, **timed}.items():
        print(f"{name:36} {wall:8.3f} {cpu:8.3f}")
    for tagger in ("encoder", "features"):
        wall, cpu = timed[f"check with rhetoric ({tagger})"]
        ratio, cpu_ratio = wall / base[0], cpu / base[1]
        verdict = "met" if ratio <= GOAL_RATIO else "missed"
        print(
            f"{tagger}: ratio {ratio:.2f}x wall, {cpu_ratio:.2f}x CPU "
            f"(goal <= {GOAL_RATIO:.2f}x: {verdict})"
        )


if __name__ == "__main__":
    main()
