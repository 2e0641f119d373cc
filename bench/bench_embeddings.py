"""Time chronocheck's numpy sentence encoder against sentence-transformers, in one run.

Each encoder runs in its own fresh process, so that its peak resident memory is
its own: the process loads the model, encodes the seed article's sentences once
to warm up, then encodes them ``--repeats`` times. Prints load time, best
encoding time and peak memory of each, and the ratios. sentence-transformers
is a development dependency; without it only our encoder is measured.

Run: ``.venv/bin/python bench/bench_embeddings.py [--repeats 5]``
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "article.txt"
EXAMPLE = REPO / "examples" / "iran-iraq-war-1980-1988.txt"
# A sentence ends at ., ! or ? followed by space, or at a line break.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
ENCODERS = ("numpy", "sentence-transformers")


def _sentences(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [part.strip() for part in SENTENCE_END.split(text) if part.strip()]


def _numpy_encoder() -> Callable[[Sequence[str]], object]:
    from chronocheck.verify.embeddings import load_encoder

    return load_encoder().encode


def _torch_encoder() -> Callable[[Sequence[str]], object]:
    os.environ["HF_HUB_OFFLINE"] = "1"
    from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found]

    from chronocheck.minilm.files import model_directory

    model = SentenceTransformer(str(model_directory()), device="cpu")
    return lambda texts: model.encode(list(texts), show_progress_bar=False)


def _measure(encoder: str, source: Path, repeats: int) -> dict[str, float]:
    """Run in the worker process: load, warm up, time, and report peak memory."""
    sentences = _sentences(source)
    began = time.perf_counter()
    encode = _numpy_encoder() if encoder == "numpy" else _torch_encoder()
    load_s = time.perf_counter() - began
    encode(sentences)
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        encode(sentences)
        times.append(time.perf_counter() - began)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "sentences": len(sentences),
        "load_s": load_s,
        "encode_s": min(times),
        "peak_mb": peak_kb / 1024,
    }


def _run_worker(encoder: str, source: Path, repeats: int) -> dict[str, float]:
    command = [
        sys.executable,
        __file__,
        "--worker",
        encoder,
        "--source",
        str(source),
        "--repeats",
        str(repeats),
    ]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--source", type=Path, default=SEED if SEED.exists() else EXAMPLE)
    parser.add_argument("--worker", choices=ENCODERS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(_measure(args.worker, args.source, args.repeats)))
        return
    encoders = [ENCODERS[0]]
    if importlib.util.find_spec("sentence_transformers") is not None:
        encoders.append(ENCODERS[1])
    results = {name: _run_worker(name, args.source, args.repeats) for name in encoders}
    count = int(results["numpy"]["sentences"])
    print(f"{count} sentences from {args.source.name}, best of {args.repeats}")
    for name, result in results.items():
        print(
            f"{name:<22} load {result['load_s']:6.3f} s   encode {result['encode_s']:6.3f} s   "
            f"peak memory {result['peak_mb']:6.0f} MB"
        )
    if len(results) == len(ENCODERS):
        ours, theirs = results["numpy"], results["sentence-transformers"]
        print(
            f"{'numpy / torch':<22} load {ours['load_s'] / theirs['load_s']:5.2f}x    "
            f"encode {ours['encode_s'] / theirs['encode_s']:5.2f}x    "
            f"peak memory {ours['peak_mb'] / theirs['peak_mb']:5.2f}x"
        )


if __name__ == "__main__":
    main()
