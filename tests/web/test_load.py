"""A tiny version of benchmarks/web_load.py: concurrent audits on loopback finish without errors."""

from __future__ import annotations

import importlib.util

from plan_parser.web import WebSettings, create_app

from .conftest import ROOT, LiveServer


def load_benchmark():
    spec = importlib.util.spec_from_file_location("web_load", ROOT / "benchmarks" / "web_load.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_five_seconds_of_concurrent_audits_without_errors():
    with LiveServer(create_app(WebSettings())) as live:
        result = load_benchmark().run_load(live.url, concurrency=4, seconds=5)
    assert result["errors"] == 0, result["first_errors"]
    assert result["audits"] >= 4
