"""Let `plan_parser.read(...)` and friends stay callable after their subpackage is imported.

Importing `plan_parser.read` makes Python set the attribute `plan_parser.read` to the subpackage,
hiding the function of the same name that `plan_parser.__getattr__` served until then. Giving each
stage package a module class with `__call__` makes both spellings work: `plan_parser.read(path)` and
`from plan_parser.read import read`.
"""

from __future__ import annotations

import sys
import types
from typing import Callable


def make_stage_callable(module_name: str, entry_point: Callable) -> None:
    class StageModule(types.ModuleType):
        def __call__(self, *args, **kwargs):
            return entry_point(*args, **kwargs)

    StageModule.__call__.__doc__ = entry_point.__doc__
    sys.modules[module_name].__class__ = StageModule
