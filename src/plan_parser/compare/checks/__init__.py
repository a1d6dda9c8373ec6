"""One module per finding type; each check is `check(parent: Side, child: Side, ctx) -> list[Finding]`."""

from . import citation, coverage, deadlines, locality, sections, timeline

PARENT_CHILD_CHECKS = (sections, coverage, citation, deadlines, timeline, locality)
