"""`plan-parser train restorer`: rebuild models/restorer from the shared corpus."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    train_app = typer.Typer(help="Rebuild trained models from the corpus. Example: plan-parser train restorer", no_args_is_help=True)

    @train_app.command("restorer")
    def restorer(
        output: Path = typer.Option(None, "-o", "--output", help="Model directory to write (default models/restorer)."),
        channel_docs: str = typer.Option("000,002", "--channel-docs", help="Dev gold documents whose real OCR pairs train the channel."),
        synthetic: Path = typer.Option(None, "--synthetic", help="Synthetic pair statistics (default models/restorer/synthetic_pairs.json)."),
    ) -> None:
        """Train the restorer: syllable inventory, Kneser–Ney trigram LM and OCR channel (about 15 s).

        Reads ../shared/corpus/vn_admin_docs.jsonl (or $PLAN_PARSER_SHARED/corpus), leaving out plans that
        overlap the scored dev seeds.

        Example: plan-parser train restorer -o models/restorer
        """
        from ..errors import InputNotFound
        from ..restore.corpus import corpus_path
        from ..restore.model_files import DEFAULT_MODEL_DIR
        from ..restore.training import SYNTHETIC_STATS, train_restorer

        if not corpus_path().exists():
            raise InputNotFound(f"training corpus not found: {corpus_path()}", hint="set PLAN_PARSER_SHARED to the shared folder")
        docs = [d.strip() for d in channel_docs.split(",") if d.strip()]
        train_restorer(output or DEFAULT_MODEL_DIR, channel_docs=docs, synthetic=synthetic or SYNTHETIC_STATS, log=typer.echo)

    app.add_typer(train_app, name="train")
