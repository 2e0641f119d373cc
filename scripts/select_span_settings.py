"""Choose how the span models are used, on held-back train (#6): mix, decoding, gate, display.

Five settings are chosen on the held-back fifth of PTC train, in this order;
the first four are written into the span-encoder file's record, the last into
the technique model file:

* **mix and decoding**: a token's probability is ``w`` times the encoder's plus
  ``1 - w`` times the string-feature model's; ``w`` and the decoding
  (threshold, joining gap, minimum length) with the best held-back SI F1 win;

* **gate**: the encoder costs more than the rest of a check, so it reads only
  the sentences where the cheap string-feature model gives some token at least
  this probability; the others have no span. The gate is the highest one whose
  held-back SI F1 stays within :data:`GATE_TOLERANCE` of reading every sentence.
* **display floor and technique weight**: the span decoding is tuned for the
  task's SI F1, which rewards recall, so on an article it marks weak spans a
  reader would reject. Reports show only spans whose score (the probability of
  the span's strongest token times the technique's probability raised to the
  technique weight) reaches the floor; the weight and floor with the best F0.5
  (precision weighs twice recall) on the held-back articles win;
* **runner-up ratio**: a span also names its second technique when the
  technique model rates it at least this share as probable as the first. On
  the held-back gold TC spans, a shown runner-up is "right" when it is the gold
  technique; the ratio with the best F0.5 of those wins.

No score comes from a model that read the held-back articles: the encoder's
held-back token probabilities are those ``train_span_encoder.py`` wrote (its
model was fit on the other 296 articles), and the string-feature and
technique models are fit here on those 296 articles only (the shipped ones saw
all 371). Development tool; needs scikit-learn::

    .venv/bin/python -m pip install scikit-learn==1.9.1
    .venv/bin/python scripts/select_span_settings.py --held-back span_encoder_held_back.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from safetensors.numpy import load_file, save_file

from chronocheck.evaluate.ptc import load_articles, read_si_labels, read_tc_labels
from chronocheck.evaluate.ptc_scoring import Span, score_si
from chronocheck.minilm.files import model_directory
from chronocheck.rhetoric.model_file import MODEL_PATH
from chronocheck.rhetoric.span_encoder import (
    METADATA_KEY,
    SPAN_ENCODER_PATH,
    load_span_encoder,
    read_metadata,
)
from chronocheck.rhetoric.span_states import span_state
from chronocheck.rhetoric.tc_features import ArticleIndex
from chronocheck.rhetoric.techniques import decode_spans
from chronocheck.rhetoric.tokens import Token, tokenize

sys.path.insert(0, str(Path(__file__).parent))
from train_span_states import (
    gold_states,
    held_back_state_classifier,
    mixed_probabilities,
    read_lines,
)
from train_techniques import (
    as_int32,
    fit_si,
    fit_tc,
    held_back_ids,
    si_examples,
    span_feature_counts,
    tc_examples,
)

ENCODER_WEIGHTS = (1.0, 0.8, 0.65, 0.5, 0.4)
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
GAPS = (0, 1, 2, 4, 8, 12)
MIN_TOKENS = (1, 2)
GATES = (0.0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3)
#: Held-back SI F1 the gate may cost (absolute).
GATE_TOLERANCE = 0.005
FLOORS = tuple(round(float(f), 4) for f in np.arange(0.0, 0.8, 0.0125))
TECHNIQUE_WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0)
RUNNER_UP_RATIOS = tuple(round(float(r), 2) for r in np.arange(0.2, 0.96, 0.05))
#: The two linear models' regularisation, as chosen by train_techniques.py.
SI_C = 0.03
TC_C = 0.5
BETA = 0.5

Sentence = tuple[str, list[Token], list[float]]


def f_beta(precision: float, recall: float, beta: float = BETA) -> float:
    if precision + recall == 0:
        return 0.0
    return (1 + beta**2) * precision * recall / (beta**2 * precision + recall)


def decode(sentences: Sequence[Sentence], decoding: dict[str, Any]) -> list[tuple[Span, float]]:
    """Each decoded span with the probability of its strongest token."""
    return [
        ((article, start, end), probability)
        for article, tokens, probabilities in sentences
        for start, end, probability in decode_spans(
            tokens,
            probabilities,
            threshold=decoding["threshold"],
            max_gap=decoding["max_gap"],
            min_tokens=decoding["min_tokens"],
        )
    ]


def mixed(
    encoded: Sequence[Sentence], features: Sequence[list[float]], weight: float
) -> list[Sentence]:
    return [
        (a, t, [weight * x + (1 - weight) * y for x, y in zip(p, f, strict=True)])
        for (a, t, p), f in zip(encoded, features, strict=True)
    ]


def best_mix(
    encoded: Sequence[Sentence], features: Sequence[list[float]], gold: Sequence[Span]
) -> tuple[float, float, dict[str, Any]]:
    """The encoder weight and decoding with the best held-back SI F1, and that F1."""
    best: tuple[float, float, dict[str, Any]] = (-1.0, 1.0, {})
    for weight in ENCODER_WEIGHTS:
        sentences = mixed(encoded, features, weight)
        for threshold in THRESHOLDS:
            for gap in GAPS:
                for min_tokens in MIN_TOKENS:
                    decoding = {"threshold": threshold, "max_gap": gap, "min_tokens": min_tokens}
                    spans = [span for span, _ in decode(sentences, decoding)]
                    f1 = score_si(spans, gold).f1
                    if f1 > best[0]:
                        best = (f1, weight, decoding)
        print(f"encoder weight {weight}: best so far {best}", flush=True)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/benchmarks/ptc"))
    parser.add_argument("--held-back", type=Path, required=True)
    parser.add_argument("--encoder", type=Path, default=SPAN_ENCODER_PATH)
    parser.add_argument("--technique-model", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    record = read_metadata(args.encoder)
    articles = load_articles(args.data, "train")
    held_ids = held_back_ids(articles)
    fit_part = [a for a in articles if a.id not in held_ids]
    held_part = [a for a in articles if a.id in held_ids]
    gold_si = read_si_labels(args.data / "data" / "train-task-si.labels")
    held_gold = [r for r in gold_si if r[0] in held_ids]

    # The encoder's held-back probabilities, sentence by sentence.
    texts = {a.id: a.text for a in held_part}
    saved: list[dict[str, Any]] = json.loads(args.held_back.read_text(encoding="utf-8"))
    encoded: list[Sentence] = []
    for sentence in saved:
        first, last = sentence["tokens"][0][0], sentence["tokens"][-1][1]
        tokens = tokenize(texts[sentence["article"]], first, last)
        assert [[t.start, t.end] for t in tokens] == sentence["tokens"]
        encoded.append((sentence["article"], tokens, sentence["p"]))

    # The string-feature model fit without the held-back articles, for the gate.
    rows, labels, _ = si_examples(fit_part, gold_si)
    vectorizer, si_model = fit_si(rows, labels, SI_C)
    held_rows, _, held_sentences = si_examples(held_part, gold_si)
    linear = si_model.predict_proba(as_int32(vectorizer.transform(held_rows)))[:, 1]
    assert [len(t) for _, t in held_sentences] == [len(t) for _, t, _ in encoded]
    features, offset = [], 0
    for _, tokens in held_sentences:
        features.append([float(p) for p in linear[offset : offset + len(tokens)]])
        offset += len(tokens)
    maxima = [max(scores) for scores in features]
    mix_f1, weight, decoding = best_mix(encoded, features, held_gold)

    total_pieces = sum(len(tokens) for _, tokens, _ in encoded)
    gates = []
    for gate in GATES:
        gated = mixed(
            [
                (a, t, p if m >= gate else [0.0] * len(t))
                for (a, t, p), m in zip(encoded, maxima, strict=True)
            ],
            features,
            weight,
        )
        read = sum(len(t) for (_, t, _), m in zip(encoded, maxima, strict=True) if m >= gate)
        score = score_si([span for span, _ in decode(gated, decoding)], held_gold)
        gates.append((gate, score.f1, read / total_pieces))
        print(f"gate {gate:.2f}: reads {read / total_pieces:.0%} of tokens, SI F1 {score.f1:.4f}")
    ungated = gates[0][1]
    gate, gate_f1, share = max(g for g in gates if g[1] >= ungated - GATE_TOLERANCE)
    sentences = mixed(
        [
            (a, t, p if m >= gate else [0.0] * len(t))
            for (a, t, p), m in zip(encoded, maxima, strict=True)
        ],
        features,
        weight,
    )

    # The technique models fit without the held-back articles, for the spans' scores.
    gold_tc = read_tc_labels(args.data / "data" / "train-task-flc-tc.labels")
    fit_tc_rows = [r for r in gold_tc if r[0] not in held_ids]
    held_tc_rows = [r for r in gold_tc if r[0] in held_ids]
    tc_rows, tc_labels = tc_examples(fit_part, fit_tc_rows)
    tc_vectorizer, tc_model = fit_tc(tc_rows, tc_labels, TC_C)
    classes = [str(name) for name in tc_model.classes_]
    indexes = {key: ArticleIndex.of(text) for key, text in texts.items()}
    encoder = load_span_encoder(args.encoder, model_directory())
    classifier = held_back_state_classifier(encoder, record, fit_part, fit_tc_rows)
    gated_lines = [
        (a, t[0].start, t[-1].end)
        for (a, t, _), m in zip(encoded, maxima, strict=True)
        if m >= gate
    ]
    line_states = read_lines(encoder, texts, gated_lines) if classifier is not None else {}

    def technique_probabilities(article: str, start: int, end: int, state: Any) -> list[float]:
        counts = span_feature_counts(indexes[article], start, end)
        linear = tc_model.predict_proba(tc_vectorizer.transform([counts]))[0]
        if classifier is None:
            return [float(p) for p in linear]
        return mixed_probabilities(classes, linear, state, classifier)

    def decoded_state(article: str, start: int, end: int) -> Any:
        pieces = next(
            (p for (a, s, e), p in line_states.items() if a == article and s <= start and end <= e),
            None,
        )
        return None if pieces is None else span_state(pieces, start, end)

    found = [
        (span, strength, max(technique_probabilities(*span, decoded_state(*span))))
        for span, strength in decode(sentences, decoding)
    ]
    table = []
    for technique_weight in TECHNIQUE_WEIGHTS:
        for floor in FLOORS:
            kept = [span for span, strength, p in found if strength * p**technique_weight >= floor]
            score = score_si(kept, held_gold)
            table.append(
                (f_beta(score.precision, score.recall), technique_weight, floor, score, len(kept))
            )
        best_row = max((row for row in table if row[1] == technique_weight), key=lambda r: r[0])
        print(
            f"technique weight {technique_weight}: best floor {best_row[2]}, {best_row[4]} spans, "
            f"P {best_row[3].precision:.3f} R {best_row[3].recall:.3f} F0.5 {best_row[0]:.4f}"
        )
    best, technique_weight, floor, score, count = max(table, key=lambda row: (row[0], -row[2]))
    held_states = gold_states(encoder, held_part, held_tc_rows) if classifier is not None else {}
    ratio, ratio_figures = choose_runner_up_ratio(
        [
            (
                row[1],
                np.array(technique_probabilities(row[0], row[2], row[3], held_states.get(row))),
            )
            for row in held_tc_rows
        ],
        classes,
    )
    record["mix"] = {
        "encoder_weight": weight,
        "criterion": "best official SI F1 on the held-back articles, with the decoding",
        "held_back_si_f1": round(mix_f1, 4),
    }
    record["decoding"] = decoding
    record["gate"] = {
        "probability": gate,
        "criterion": f"highest gate within {GATE_TOLERANCE} of the ungated held-back SI F1",
        "held_back": {"si_f1": round(gate_f1, 4), "ungated_si_f1": round(ungated, 4)},
        "tokens_read": round(share, 3),
    }
    record["display"] = {
        "floor": floor,
        "technique_weight": technique_weight,
        "criterion": f"best F{BETA} of the official SI scores on the held-back articles",
        "held_back": {
            "spans": count,
            "precision": round(score.precision, 4),
            "recall": round(score.recall, 4),
            "f1": round(score.f1, 4),
            "f0.5": round(best, 4),
        },
    }
    tensors = load_file(str(args.encoder))
    save_file(tensors, str(args.encoder), metadata={METADATA_KEY: json.dumps(record)})
    chosen = {key: record[key] for key in ("mix", "decoding", "gate", "display")}
    print(json.dumps(chosen, indent=2))
    technique_file = json.loads(args.technique_model.read_text(encoding="utf-8"))
    technique_file["runner_up_ratio"] = ratio
    technique_file["metadata"]["runner_up"] = ratio_figures
    args.technique_model.write_text(
        json.dumps(technique_file, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(json.dumps({"runner_up_ratio": ratio, **ratio_figures}, indent=2))


def choose_runner_up_ratio(
    rows: Sequence[tuple[str, Any]], classes: Sequence[str]
) -> tuple[float, dict[str, Any]]:
    """The runner-up ratio with the best F0.5, and its held-back figures.

    Args:
        rows: Each held-back gold TC span's technique and the model's probabilities.
        classes: The techniques in the order of the probabilities.

    A shown runner-up is right when it is the gold technique: precision over the
    runner-ups shown, recall over the spans whose gold technique ranks second.
    """
    ranked = []
    for gold, probabilities in rows:
        first, second = np.argsort(probabilities)[::-1][:2]
        ranked.append(
            (gold, classes[first], classes[second], probabilities[first], probabilities[second])
        )
    second_is_gold = sum(gold == second for gold, _, second, _, _ in ranked)
    table = []
    for ratio in RUNNER_UP_RATIOS:
        shown = [(gold, second) for gold, _, second, p1, p2 in ranked if p2 >= ratio * p1]
        right = sum(gold == second for gold, second in shown)
        precision = right / len(shown) if shown else 0.0
        recall = right / second_is_gold if second_is_gold else 0.0
        table.append((f_beta(precision, recall), ratio, precision, recall, len(shown)))
        print(
            f"runner-up ratio {ratio:.2f}: shown on {len(shown) / len(ranked):.1%} of spans, "
            f"right {precision:.3f}, recall {recall:.3f}, F0.5 {table[-1][0]:.4f}"
        )
    best, ratio, precision, recall, shown_count = max(table, key=lambda row: (row[0], row[1]))
    top_right = sum(gold == first for gold, first, _, _, _ in ranked)
    return ratio, {
        "criterion": f"best F{BETA} of shown runner-ups being the gold technique, held-back TC",
        "held_back": {
            "spans": len(ranked),
            "top_right": round(top_right / len(ranked), 4),
            "second_is_gold": round(second_is_gold / len(ranked), 4),
            "runner_up_shown": round(shown_count / len(ranked), 4),
            "runner_up_right": round(precision, 4),
            "recall": round(recall, 4),
            "f0.5": round(best, 4),
        },
    }


if __name__ == "__main__":
    main()
