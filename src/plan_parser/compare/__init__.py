"""Compare a lower-level plan with the plan it implements (or with a sibling) and audit batches.

    >>> from plan_parser.compare import compare, render_html
    >>> report = compare("province.pdf", "ward.pdf")
    >>> report.coverage, [f.type for f in report.findings]
"""

from .align import AlignOptions
from .core import CompareOptions, compare, compare_siblings
from .discovery import find_parent
from .report import render_html, render_json, render_markdown
from .sides import Side, load_side

__all__ = [
    "AlignOptions", "CompareOptions", "Side", "compare", "compare_siblings", "find_parent", "load_side",
    "render_html", "render_json", "render_markdown",
]  # fmt: skip

from .._stage import make_stage_callable  # noqa: E402

make_stage_callable(__name__, compare)
