"""``python -m chronocheck``: the same as the ``chronocheck`` command."""

from chronocheck.cli import main

main()
