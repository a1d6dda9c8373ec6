"""The trained restorer on disk (models/restorer/) and its lazy, cached loading."""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ModelMissing
from .channel import Channel
from .inventory import Inventory
from .lm import NgramLM

REPO = Path(__file__).resolve().parents[3]
DEFAULT_MODEL_DIR = REPO / "models" / "restorer"


@dataclass
class RestorerModel:
    lm: NgramLM
    channel: Channel
    inventory: Inventory
    meta: dict = field(default_factory=dict)
    # Per-model caches: candidate lists are pure functions of (mode, observed token).
    candidate_cache: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"noisy-channel-trigram/{self.meta.get('version', 'dev')}"

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.lm.save(directory / "lm.npz")
        self.channel.save(directory / "channel.json")
        (directory / "syllables.txt").write_text("\n".join(self.inventory.syllables) + "\n", encoding="utf-8")
        (directory / "meta.json").write_text(json.dumps(self.meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> "RestorerModel":
        needed = ["lm.npz", "channel.json", "syllables.txt", "meta.json"]
        missing = [n for n in needed if not (directory / n).exists()]
        if missing:
            raise ModelMissing(f"restorer model files missing in {directory}: {', '.join(missing)}")
        lm = NgramLM.load(directory / "lm.npz")
        channel = Channel.from_json(json.loads((directory / "channel.json").read_text(encoding="utf-8")))
        syllables = [s for s in (directory / "syllables.txt").read_text(encoding="utf-8").split("\n") if s]
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        return cls(lm, channel, Inventory(syllables), meta)


_LOCK = threading.Lock()
_LOADED: dict[Path, RestorerModel] = {}


def model_dir(path: str | Path | None = None) -> Path:
    return Path(path or os.environ.get("PLAN_PARSER_RESTORER_MODEL") or DEFAULT_MODEL_DIR).resolve()


def get_model(path: str | Path | None = None) -> RestorerModel:
    """The model in `path` (default models/restorer), loaded once per process."""
    directory = model_dir(path)
    with _LOCK:
        if directory not in _LOADED:
            _LOADED[directory] = RestorerModel.load(directory)
        return _LOADED[directory]
