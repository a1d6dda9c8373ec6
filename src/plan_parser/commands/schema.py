"""`plan-parser schema`: print the published JSON schema."""

from __future__ import annotations

import json
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def schema(
        output: Path = typer.Option(None, "-o", "--output", help="Write to this file instead of standard output."),
    ) -> None:
        """Print the JSON schema of a parsed plan (with Document, RestoredText and AlignmentReport under $defs).

        Example: plan-parser schema -o plan.schema.json
        """
        from ..model import json_schema

        text = json.dumps(json_schema(), ensure_ascii=False, indent=2)
        if output:
            output.write_text(text + "\n", encoding="utf-8")
        else:
            typer.echo(text)
