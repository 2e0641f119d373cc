"""Stage 3: extract time expressions, quantities, entities and claims from a Doc.

The stage's entry point is :func:`chronocheck.extract.extraction.extract_article`.
This package module stays empty so that its small modules (the calendar, the
grammars) can be imported alone.
"""
