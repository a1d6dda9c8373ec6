"""`plan-parser index | search | hierarchy | export`: the archive, as thin commands over plan_parser.archive."""

from __future__ import annotations

import json
from pathlib import Path

import typer

DB_HELP = "The index: a SQLite file path, or postgresql://USER@HOST/DB for a shared server."


def register(app: typer.Typer) -> None:
    @app.command()
    def index(
        source_dir: Path = typer.Argument(..., help="Folder holding the archive (PDF, images, DOCX, text)."),
        db: str = typer.Option(..., "--db", help=DB_HELP),
        workers: int = typer.Option(1, "--workers", "-w", help="Worker processes (0: run in this process)."),
        cluster: str = typer.Option(
            None, "--cluster", help="Run on Dask: 'local' starts a local cluster, dask://HOST:PORT joins one."
        ),
        retry_errors: bool = typer.Option(False, "--retry-errors", help="Process again the files that failed."),
        processor: str = typer.Option(
            "plan_parser.pipeline:process", "--processor", hidden=True, help="module:function used per file."
        ),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
        as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    ) -> None:
        """Read, restore and parse every file under SOURCE_DIR into a searchable index.

        Resumable: a re-run processes only new or changed files; bad files are recorded with
        their error and skipped.

        Example: plan-parser index archive/ --db archive.db --workers 2
        """
        from ..archive import IndexOptions, index_archive

        options = IndexOptions(
            workers=workers, cluster=cluster, retry_errors=retry_errors, processor=processor, progress=not quiet
        )
        summary = index_archive(source_dir, db, options)
        if as_json:
            typer.echo(json.dumps(summary.model_dump(), ensure_ascii=False, indent=2))
        else:
            for line in summary.lines():
                typer.echo(line, err=True)

    @app.command()
    def search(
        query: str = typer.Argument(..., help='Words to find, with or without diacritics; "quote" a phrase.'),
        db: str = typer.Option(..., "--db", help=DB_HELP),
        level: str = typer.Option(None, "--level", help="national, ministry, province, district or commune."),
        year: int = typer.Option(None, "--year", help="Year of issue."),
        doc_type: str = typer.Option(None, "--type", help='Document type, e.g. "Kế hoạch".'),
        limit: int = typer.Option(10, "--limit", "-n", help="How many results."),
        as_json: bool = typer.Option(False, "--json", help="Print results as JSON."),
    ) -> None:
        """Search the index; "chuyen doi so" finds "chuyển đổi số".

        Example: plan-parser search "chuyen doi so" --db archive.db --level commune --year 2025
        """
        from ..archive import open_store
        from ..archive import search as run_search

        with open_store(db, must_exist=True) as store:
            hits = run_search(store, query, level=level, year=year, doc_type=doc_type, limit=limit)
        if as_json:
            typer.echo(json.dumps([h.model_dump() for h in hits], ensure_ascii=False, indent=2))
            return
        from rich.console import Console
        from rich.text import Text

        console = Console(highlight=False)
        if not hits:
            console.print("no plans found")
        for i, hit in enumerate(hits, start=1):
            head = " · ".join(x for x in (hit.number, hit.issuer, hit.date) if x) or hit.sha256[:12]
            console.print(Text(f"{i}. {head}", style="bold"))
            if hit.title:
                console.print(f"   {hit.title}")
            if hit.snippet:
                snippet = Text("   …")
                pos = 0
                for h in hit.snippet.highlights:
                    snippet.append(hit.snippet.text[pos : h.start])
                    snippet.append(hit.snippet.text[h.start : h.end], style="bold yellow")
                    pos = h.end
                snippet.append(hit.snippet.text[pos:] + "…")
                console.print(snippet)
                console.print(f"   {hit.path} (page {hit.snippet.page}, line {hit.snippet.line})", style="dim")

    @app.command()
    def hierarchy(
        db: str = typer.Option(..., "--db", help=DB_HELP),
        fmt: str = typer.Option("json", "--format", "-f", help="dot, graphml or json."),
        output: Path = typer.Option(None, "-o", "--output", help="Write to this file instead of standard output."),
    ) -> None:
        """Which indexed plan implements which (from their bases), with unresolved citations listed.

        Example: plan-parser hierarchy --db archive.db --format dot -o plans.dot
        """
        from ..archive import build_hierarchy, open_store
        from ..archive.hierarchy import render
        from ..errors import ArchiveError

        if fmt not in ("dot", "graphml", "json"):
            raise ArchiveError(f"unknown format {fmt!r}", hint="use --format dot, graphml or json")
        with open_store(db, must_exist=True) as store:
            text = render(build_hierarchy(store), fmt)
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            typer.echo(text, nl=False)

    @app.command()
    def export(
        db: str = typer.Option(..., "--db", help=DB_HELP),
        fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, parquet or spacy (DocBin)."),
        output: Path = typer.Option(..., "-o", "--output", help="File to write."),
    ) -> None:
        """Export the corpus for researchers: one record per plan (text, structure, provenance, confidence).

        Example: plan-parser export --db archive.db --format parquet -o plans.parquet
        """
        from ..archive import export as run_export
        from ..archive import open_store

        with open_store(db, must_exist=True) as store:
            n = run_export(store, output, fmt)
        typer.echo(f"{n} plans written to {output}", err=True)
