"""Options of the parser (typed, unknown keys rejected)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class ParseOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    restore: Literal["auto", "always", "never"] = Field(
        default="auto",
        description="restore the text before parsing: auto = only when it looks accentless or English-OCR'd",
    )
    restore_threshold: float = Field(
        default=0.12, ge=0, le=1, description="below this share of accented letters the text counts as unrestored"
    )
