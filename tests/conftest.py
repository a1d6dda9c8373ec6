"""Shared fixtures: paths to the bundled corpus and the golden-file helper."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLDEN = Path(__file__).parent / "data" / "golden"
# Setting this regenerates golden files; every test that writes one then fails on purpose,
# so a run with the switch left on can never pass CI.
UPDATE_SWITCH = "PLAN_PARSER_UPDATE_GOLDEN"


def manifest() -> list[dict]:
    return [json.loads(line) for line in (CORPUS / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="session")
def corpus_manifest() -> list[dict]:
    return manifest()


@pytest.fixture(scope="session")
def seed_text():
    def load(seed_id: str) -> str:
        row = next(r for r in manifest() if r["id"] == seed_id)
        return (CORPUS / row["file"]).read_text(encoding="utf-8")

    return load


def assert_golden(name: str, actual: str) -> None:
    """Compare `actual` with tests/data/golden/<name>; regenerate it under the switch."""
    path = GOLDEN / name
    if os.environ.get(UPDATE_SWITCH):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        pytest.fail(f"golden file {name} regenerated; unset {UPDATE_SWITCH} and run again")
    assert path.exists(), f"golden file {name} missing: run once with {UPDATE_SWITCH}=1"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"output differs from golden file {name}"


@pytest.fixture(autouse=True)
def _compare_rules_alone(request, monkeypatch):
    """The compare tests check the rules' own findings; the learned calibrator (models/compare_calibrator.json),
    which may lower a weakly evidenced alarm to "info", has tests of its own, marked `calibrated`. Otherwise every
    rule regression test would also test one trained model, and retraining it would break them at random."""
    in_compare = "compare" in Path(str(request.node.path)).parts
    if in_compare and request.node.get_closest_marker("calibrated") is None:
        # The module object, not the dotted name: "plan_parser.compare" would resolve to the package's `compare`
        # function when no test has imported the subpackage yet.
        from plan_parser.compare import core

        monkeypatch.setattr(core, "load_calibrator", lambda *args, **kwargs: None)
