"""`plan-parser demo`: the whole pipeline on the bundled corpus, with a report to open."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import InputNotFound

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "corpus"


def register(app: typer.Typer) -> None:
    @app.command()
    def demo(
        out: Path = typer.Option(Path("out"), "--out", "-o", help="Folder for the reports."),
        corpus: Path = typer.Option(DEFAULT_CORPUS, "--corpus", help="Corpus folder holding manifest.jsonl."),
    ) -> None:
        """Read, restore, parse and compare the bundled corpus; open OUT/index.html afterwards.

        Example: plan-parser demo --out out && xdg-open out/index.html
        """
        from ..demo import run_demo

        if not (corpus / "manifest.jsonl").is_file():
            raise InputNotFound(f"no manifest.jsonl in {corpus}", "point --corpus at the project's corpus/ folder")
        run_demo(corpus, out, say=lambda msg: typer.echo(msg, err=True))
