"""Where the tests find the repository and the shared folder beside it."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: The shared folder beside the repository: tests may read it, the product never does.
SHARED = REPO.parent / "shared"
SEED_ARTICLE = SHARED / "seed" / "article.txt"
TEMPEVAL = SHARED / "benchmarks" / "tempeval3"
NEWSQUANT = SHARED / "benchmarks" / "newsquant"
PTC = SHARED / "benchmarks" / "ptc"
CHECKTHAT = SHARED / "benchmarks" / "checkthat2019"
