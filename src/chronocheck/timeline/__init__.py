"""Stage 4: order the article's own events in time and find where it contradicts itself."""

from chronocheck.timeline.consistency import find_inconsistencies
from chronocheck.timeline.order import build_timeline

__all__ = ["build_timeline", "find_inconsistencies"]
