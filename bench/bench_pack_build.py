"""Time compiling a large pack, against just reading and validating it, in one run.

Generates a synthetic valid pack (10,000 events, 500 entities, 2,000 quantities,
200 disputes by default) into a temporary folder, then measures, best of N:

1. ``validate_pack_dir``: read the folder and check every row (the baseline);
2. ``build_pack``: the same, plus writing the SQLite file and its full-text index.

Prints both times and their ratio, and a search over the result. Goal (issue #4):
building 10,000 events takes under 10 s.

Run: ``.venv/bin/python bench/bench_pack_build.py [--events 10000] [--repeats 3]``
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from chronocheck.packs import (
    CompiledPack,
    PackData,
    PackInfo,
    RefDispute,
    RefEntity,
    RefEvent,
    RefQuantity,
    Source,
    build_pack,
    validate_pack_dir,
    write_pack_dir,
)
from chronocheck.packs.schema import EVENT_TYPES, MEASURES

GOAL_SECONDS = 10.0
SEED = 4
WORDS = (
    "army offensive border city river front air naval forces withdrawal ceasefire council "
    "resolution attack capital oil port island marshes province missile convoy tanker"
).split()


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def synthetic_pack(events: int, rng: random.Random) -> PackData:
    """A valid pack of ``events`` events, with entities, quantities and disputes in proportion."""
    source = Source("Synthetic source", "https://example.org/source")
    entity_count, quantity_count, dispute_count = events // 20, events // 5, events // 50
    entities = tuple(
        RefEntity(f"N{n}", f"Entity {n}", "organization", (f"E-{n}", f"Ent {n}"),
                  _sentence(rng, 8), source, f"Q{n + 1}")
        for n in range(entity_count)
    )  # fmt: skip
    ids = [entity.id for entity in entities]
    rows = []
    for n in range(events):
        year, month, day = 1900 + n % 100, 1 + n % 12, 1 + n % 28
        rows.append(
            RefEvent(f"E{n}", _sentence(rng, 5), rng.choice(EVENT_TYPES),
                     f"{year:04d}-{month:02d}-{day:02d}", None, "day",
                     tuple(rng.sample(ids, 3)), "Somewhere", _sentence(rng, 25),
                     rng.randint(1, 3), source, (f"Operation {n}",), None)
        )  # fmt: skip
    quantities = tuple(
        RefQuantity(f"Q{n}", f"group-{n // 4}", "Synthetic figure", rng.choice(MEASURES),
                    _sentence(rng, 6), float(n), float(n + 100), "persons", "2000",
                    tuple(rng.sample(ids, 2)), source)
        for n in range(quantity_count)
    )  # fmt: skip
    disputes = tuple(
        RefDispute(f"D{n}", f"E{n}", "date", f"{1900 + n % 100:04d}", source)
        for n in range(dispute_count)
    )
    info = PackInfo("synthetic", "Synthetic pack", "1.0.0", "CC0-1.0", "For the benchmark.",
                    "1900", "1999", tuple(ids[:3]))  # fmt: skip
    return PackData(info, entities, tuple(rows), quantities, disputes)


def _best(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    """Generate the pack, time both steps, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder, out = Path(temp) / "pack", Path(temp) / "pack.sqlite"
        write_pack_dir(synthetic_pack(args.events, random.Random(SEED)), folder)
        size = sum(path.stat().st_size for path in folder.iterdir()) / 1e6
        print(f"pack: {args.events} events, {size:.1f} MB of CSV")
        validate = _best(lambda: validate_pack_dir(folder), args.repeats)
        build = _best(lambda: build_pack(folder, out), args.repeats)
        with CompiledPack(out) as pack:
            search = _best(lambda: pack.search_events("army offensive near the oil port"), 20)
        print(f"read + validate: {validate:.2f} s")
        print(f"build:           {build:.2f} s (goal < {GOAL_SECONDS:.0f} s)")
        print(f"ratio build / validate: {build / validate:.2f}x")
        print(
            f"compiled file: {out.stat().st_size / 1e6:.1f} MB; one search: {search * 1e3:.1f} ms"
        )
        print("PASS" if build < GOAL_SECONDS else "FAIL")


if __name__ == "__main__":
    main()
