"""PTC evaluation of the technique tagger (``chronocheck evaluate rhetoric``).

The Propaganda Techniques Corpus v2 (SemEval-2020 Task 11; Da San Martino et
al., EMNLP 2019) is news articles with one sentence per line and gold spans of
14 techniques. The test labels are not public, so the dev split (75 articles)
is the held-out set: the model was trained and selected on the train split
only. SI runs :func:`chronocheck.rhetoric.find_techniques` with the article's
lines as sentences; TC labels the gold spans (the dev template), giving a span
with k gold rows the k most probable techniques. Both are scored with the
official metrics of :mod:`chronocheck.evaluate.ptc_scoring`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from chronocheck.errors import ConfigError
from chronocheck.evaluate.ptc_scoring import (
    LabelledSpan,
    SiScore,
    Span,
    TcScore,
    score_si,
    score_tc,
)
from chronocheck.models import SpanTagger, TechniqueSpan
from chronocheck.rhetoric.model_file import active_technique_model
from chronocheck.rhetoric.techniques import (
    classify_span,
    display_floor,
    find_techniques,
    rank_given_spans,
)

Split = Literal["train", "dev"]
#: The article file name: ``article<ID>.txt``.
ARTICLE_NAME = re.compile(r"article(\d+)\.txt")
#: The most frequent technique of PTC train: the trivial TC baseline predicts it everywhere.
MAJORITY_TECHNIQUE = "Loaded_Language"


@dataclass(frozen=True, slots=True)
class PtcArticle:
    """One article of the corpus.

    Attributes:
        id: The article id of the file name and the label files.
        text: The file's text, read as UTF-8 with no newline translation.
        sentences: Its non-empty lines as half-open character ranges.
    """

    id: str
    text: str
    sentences: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Published:
    """A figure from the literature (test set of SemEval-2020 Task 11, fractions)."""

    name: str
    si_f1: float | None
    tc_f1: float | None
    note: str


#: Published test-set figures: the two subtask winners from the task overview (Da San
#: Martino et al., SemEval 2020) and NoPropaganda's paper (Dimov et al., 2020). The test
#: gold is not public, so ours are on dev: the figures are beside, not comparable.
PUBLISHED: tuple[Published, ...] = (
    Published("Hitachi (SI winner)", 0.5155, None, "test set, published"),
    Published("ApplicaAI (TC winner)", None, 0.6207, "test set, published"),
    Published("NoPropaganda", 0.446, 0.582, "test set, published"),
)


@dataclass(frozen=True, slots=True)
class RhetoricScores:
    """The tagger's and the trivial baselines' figures on one split.

    Attributes:
        split: ``"dev"`` or ``"train"``.
        articles: Articles scored.
        source: ``"model"`` or ``"lexicon"`` (no model file).
        si: Our span identification figures (the default tagger, every span).
        tc: Our technique classification figures.
        si_reported: SI of the spans a report shows (score at or above the display floor).
        si_features: SI of the string-feature tagger alone (``technique_tagger=features``).
        si_sentences: Baseline marking every sentence whole.
        si_lexicon: Baseline of the lexicon fallback's spans.
        tc_majority: Baseline labelling every span :data:`MAJORITY_TECHNIQUE`.
        tc_with_runner_up: Share of the gold TC rows whose technique is the
            model's first or the runner-up a report would name beside it.
    """

    split: str
    articles: int
    source: str
    si: SiScore
    tc: TcScore
    si_reported: SiScore
    si_features: SiScore
    si_sentences: SiScore
    si_lexicon: SiScore
    tc_majority: TcScore
    tc_with_runner_up: float


def line_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The non-empty lines of ``text`` as half-open ranges (PTC writes a sentence a line)."""
    ranges = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            ranges.append((start, start + len(line)))
        start += len(line) + 1
    return tuple(ranges)


def load_articles(data: Path, split: Split) -> list[PtcArticle]:
    """The articles of a split, sorted by id.

    Raises:
        ConfigError: If the split's folder is missing.
    """
    folder = data / "data" / f"{split}-articles"
    if not folder.is_dir():
        raise ConfigError(f"No PTC articles at '{folder}': pass --data PATH.")
    articles = []
    for path in sorted(folder.glob("article*.txt")):
        match = ARTICLE_NAME.fullmatch(path.name)
        if match is None:
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        articles.append(PtcArticle(match.group(1), text, line_sentences(text)))
    return articles


def read_si_labels(path: Path) -> list[Span]:
    """Rows ``article_id<TAB>start<TAB>end`` of an SI labels file."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [(row[0], int(row[1]), int(row[2])) for row in rows]


def read_tc_labels(path: Path) -> list[LabelledSpan]:
    """Rows ``article_id<TAB>technique<TAB>start<TAB>end`` of a TC labels file or template."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [(row[0], row[1], int(row[2]), int(row[3])) for row in rows]


def technique_spans(
    articles: Sequence[PtcArticle], tagger: SpanTagger = "encoder"
) -> list[tuple[str, TechniqueSpan]]:
    """Every span our tagger finds in each article, with the article's id."""
    return [
        (article.id, span)
        for article in articles
        for span in find_techniques(article.text, article.sentences, tagger=tagger)
    ]


def predict_si(
    articles: Sequence[PtcArticle], tagger: SpanTagger = "encoder"
) -> list[LabelledSpan]:
    """Our technique spans of every article, as ``(article, technique, start, end)``."""
    return [
        (article, span.technique, span.start, span.end)
        for article, span in technique_spans(articles, tagger)
    ]


#: A span's techniques with their probabilities, most probable first.
Ranking = list[tuple[str, float]]


def rank_gold_spans(
    articles: Sequence[PtcArticle], template: Sequence[LabelledSpan]
) -> dict[Span, Ranking]:
    """Each template span's techniques as the tagger ranks them (one, from the lexicon,
    without the model file)."""
    by_id = {article.id: article for article in articles}
    spans_by_article: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for article, _, start, end in template:
        if (start, end) not in spans_by_article[article]:
            spans_by_article[article].append((start, end))
    model = active_technique_model()
    ranked: dict[Span, Ranking] = {}
    for article_id, spans in spans_by_article.items():
        text, sentences = by_id[article_id].text, by_id[article_id].sentences
        if model is None:
            rankings = [[classify_span(text, start, end)] for start, end in spans]
        else:
            rankings = rank_given_spans(model, text, sentences, spans)
        for (start, end), ranking in zip(spans, rankings, strict=True):
            ranked[(article_id, start, end)] = [(str(name), p) for name, p in ranking]
    return ranked


def predict_tc(
    articles: Sequence[PtcArticle],
    template: Sequence[LabelledSpan],
    ranked: dict[Span, Ranking] | None = None,
) -> list[LabelledSpan]:
    """A technique for every template row; a span's k rows get its k most probable techniques.

    ``ranked`` is :func:`rank_gold_spans` of the template when already computed.
    """
    ranked = rank_gold_spans(articles, template) if ranked is None else ranked
    taken: dict[Span, int] = defaultdict(int)
    predictions = []
    for article, _, start, end in template:
        span = (article, start, end)
        names = [name for name, _ in ranked[span]]
        predictions.append((article, names[min(taken[span], len(names) - 1)], start, end))
        taken[span] += 1
    return predictions


def runner_up_accuracy(
    ranked: dict[Span, Ranking], gold: Sequence[LabelledSpan], ratio: float | None
) -> float:
    """The share of ``gold`` rows whose technique is our first or the runner-up we would name.

    Args:
        ranked: :func:`rank_gold_spans` of ``gold``.
        gold: The gold TC rows.
        ratio: A runner-up is named when at least this share as probable as the
            first (``TechniqueModel.runner_up_ratio``); None: never.
    """
    right = 0
    for article, technique, start, end in gold:
        ranking = ranked[(article, start, end)]
        named = {ranking[0][0]}
        if ratio is not None and len(ranking) > 1 and ranking[1][1] >= ratio * ranking[0][1]:
            named.add(ranking[1][0])
        right += technique in named
    return right / len(gold) if gold else 0.0


def evaluate_rhetoric(data: Path, split: Split = "dev") -> RhetoricScores:
    """Score the tagger and the trivial baselines on a split of PTC.

    Raises:
        ConfigError: If the split's articles or labels are missing.
    """
    from chronocheck.rhetoric.technique_lexicon import find_lexicon_spans

    articles = load_articles(data, split)
    si_path = data / "data" / f"{split}-task-si.labels"
    tc_path = data / "data" / f"{split}-task-flc-tc.labels"
    if not (si_path.is_file() and tc_path.is_file()):
        raise ConfigError(f"No PTC labels at '{si_path}' and '{tc_path}'.")
    gold_si = read_si_labels(si_path)
    gold_tc = read_tc_labels(tc_path)
    # The encoder is the costly part: its spans are found once and filtered for the reported ones.
    found = technique_spans(articles)
    floor = display_floor()
    ours = [(a, span.start, span.end) for a, span in found]
    reported = [(a, span.start, span.end) for a, span in found if span.score >= floor]
    features = [(a, s, e) for a, _, s, e in predict_si(articles, "features")]
    sentences = [(a.id, s, e) for a in articles for s, e in a.sentences]
    lexicon = [
        (a.id, hit.start, hit.end)
        for a in articles
        for hit in find_lexicon_spans(a.text, a.sentences)
    ]
    majority = [(a, MAJORITY_TECHNIQUE, s, e) for a, _, s, e in gold_tc]
    model = active_technique_model()
    ranked = rank_gold_spans(articles, gold_tc)
    return RhetoricScores(
        split=split,
        articles=len(articles),
        source="lexicon" if model is None else "model",
        si=score_si(ours, gold_si),
        tc=score_tc(predict_tc(articles, gold_tc, ranked), gold_tc),
        si_reported=score_si(reported, gold_si),
        si_features=score_si(features, gold_si),
        si_sentences=score_si(sentences, gold_si),
        si_lexicon=score_si(lexicon, gold_si),
        tc_majority=score_tc(majority, gold_tc),
        tc_with_runner_up=runner_up_accuracy(
            ranked, gold_tc, None if model is None else model.runner_up_ratio
        ),
    )


def write_predictions(data: Path, out: Path, split: Split = "dev") -> tuple[Path, Path]:
    """Write our SI spans and our labels of the gold TC spans in the task's formats.

    Returns:
        The SI file (``article_id<TAB>start<TAB>end``) and the TC file
        (``article_id<TAB>technique<TAB>start<TAB>end``).
    """
    articles = load_articles(data, split)
    template = read_tc_labels(data / "data" / f"{split}-task-flc-tc.labels")
    out.mkdir(parents=True, exist_ok=True)
    si_file = out / f"{split}-task-si.predictions.tsv"
    tc_file = out / f"{split}-task-tc.predictions.tsv"
    si_rows = sorted({(a, s, e) for a, _, s, e in predict_si(articles)})
    si_file.write_text("".join(f"{a}\t{s}\t{e}\n" for a, s, e in si_rows), encoding="utf-8")
    tc_rows = predict_tc(articles, template)
    tc_file.write_text("".join(f"{a}\t{t}\t{s}\t{e}\n" for a, t, s, e in tc_rows), encoding="utf-8")
    return si_file, tc_file
