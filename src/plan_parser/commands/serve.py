"""`plan-parser serve`: the auditors' web app."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        db: Path = typer.Option(None, "--db", help="Archive database: enables search and picking the parent from it."),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
        port: int = typer.Option(8000, "--port", help="Port to listen on."),
        max_upload_mb: int = typer.Option(25, "--max-upload-mb", help="Largest file accepted, in MB."),
        workers: int = typer.Option(2, "--workers", help="Audits run at the same time."),
    ) -> None:
        """Serve the auditors' web app (in Vietnamese): audit, batch audit and archive search.

        Example: plan-parser serve --db archive.sqlite --port 8000
        """
        import uvicorn

        from ..web import WebSettings, create_app

        settings = WebSettings(db=db, max_upload_bytes=max_upload_mb * 1024 * 1024, workers=workers, warm_up=True)
        typer.echo(f"plan-parser web: http://{host}:{port}/")
        uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
