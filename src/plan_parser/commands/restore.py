"""`plan-parser restore`: restore diacritics and OCR damage in a text file, line for line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from ..errors import EmptyInput, InputNotFound, TextDecodeError


def register(app: typer.Typer) -> None:
    @app.command()
    def restore(
        input: str = typer.Argument(..., help="Text file to restore, or - for standard input."),
        output: str = typer.Option("-", "-o", "--output", help="Where to write the restored text (- = standard output)."),
        kind: str = typer.Option("auto", "--kind", help="auto, english-ocr, accentless or clean."),
        as_json: bool = typer.Option(False, "--json", help="Write the full RestoredText (tokens, confidence, alternatives) as JSON."),
        model_dir: Path = typer.Option(None, "--model-dir", help="Directory of a trained restorer (default models/restorer)."),
    ) -> None:
        """Restore Vietnamese diacritics and English-OCR damage; the output has the same lines as the input.

        Example: plan-parser restore corpus/seeds/000_6e3a03ac5f248cfc.txt -o restored.txt

        Example: echo "Ke hoach so 150/KH-UBND" | plan-parser restore -
        """
        from ..restore import RestoreOptions
        from ..restore import restore as restore_text

        if kind not in ("auto", "english-ocr", "accentless", "clean"):
            raise typer.BadParameter("--kind must be auto, english-ocr, accentless or clean")
        if input == "-":
            text = sys.stdin.read()
        else:
            path = Path(input)
            if not path.is_file():
                raise InputNotFound(f"no such file: {input}")
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError as exc:
                raise TextDecodeError(f"{input} is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
            if not text.strip():
                raise EmptyInput(f"{input} holds no text")
        options = RestoreOptions(kind=kind, model_dir=str(model_dir) if model_dir else None)
        result = restore_text(text, options=options)
        data = json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=1) if as_json else result.text
        if output == "-":
            sys.stdout.write(data)
            sys.stdout.flush()
        else:
            Path(output).write_text(data, encoding="utf-8")
