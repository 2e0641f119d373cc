"""Sentences on which the numpy encoder is checked against sentence-transformers."""

from __future__ import annotations

from pathlib import Path

#: sentence-transformers' vectors of these sentences, written by
#: ``scripts/minilm_reference.py``.
REFERENCE_FILE = Path(__file__).parent / "fixtures" / "minilm_reference.npy"

# Varied on purpose: dates, numbers, names, non-ASCII, a very long text (truncated
# at the model's 256 tokens), a one-word text and an empty one.
PARITY_SENTENCES = [
    "Iraq invaded Iran on 22 September 1980.",
    "Iraqi forces crossed the border into Khuzestan in September 1980.",
    "The UN Security Council adopted Resolution 598 on 20 July 1987.",
    "Resolution 598 called for an immediate ceasefire between Iran and Iraq.",
    "Iran accepted the ceasefire in July 1988, and it took effect in August.",
    "The USS Vincennes shot down Iran Air Flight 655 over the Persian Gulf.",
    "An American warship destroyed a civilian airliner, killing 290 people.",
    "Chemical weapons killed thousands of Kurds in Halabja in March 1988.",
    "Estimates of the war's casualties range from half a million to over a million.",
    "The war cost both countries more than $1 trillion.",
    "Thousands of political prisoners were executed in Iranian prisons in 1988.",
    "Massoud Rajavi moved to Iraq on 7 June 1986.",
    "The National Liberation Army was founded in June 1987.",
    "Operation Mersad was launched in late July 1988.",
    "Khorramshahr was liberated by Iranian forces in May 1982.",
    "The recipe calls for two cups of flour and a pinch of salt.",
    "Stock markets rallied on Tuesday after the central bank cut rates.",
    "Téhéran et Bagdad — “la guerre” — 1980–1988 😀",
    "war",
    "",
    "The offensive stalled in the marshes. " * 60,
]
