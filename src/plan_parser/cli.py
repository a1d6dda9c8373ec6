"""The `plan-parser` command: thin commands over the library.

Each command module under `plan_parser.commands` defines `register(app)`; a command is
listed here only once its capability is real. Errors become one line and exit code 2.
"""

from __future__ import annotations

import sys
from importlib import import_module

import typer

from . import __version__
from .errors import PlanParserError

app = typer.Typer(
    name="plan-parser",
    help="Read, restore, parse and compare Vietnamese government plans (Kế hoạch).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# Modules under plan_parser.commands, each adding its commands to `app`.
COMMAND_MODULES = [
    "schema",
    "read",
    "parse",
    "serve",
    "archive",
    "restore",
    "train",
    "compare",
    "demo",
]

for _name in COMMAND_MODULES:
    import_module(f"plan_parser.commands.{_name}").register(app)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"plan-parser {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """Read, restore, parse and compare Vietnamese government plans (Kế hoạch)."""


def _quiet_libraries() -> None:
    """Damaged files make pdfminer log and Pillow warn (with source lines) on stderr; users get our one line."""
    import logging
    import warnings

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL(\.|$)")


def main() -> None:
    """Console entry point: one clear line per error, never a traceback."""
    _quiet_libraries()
    try:
        # Without standalone mode click returns the code of a typer.Exit instead of exiting with it.
        code = app(standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except PlanParserError as exc:
        typer.echo(f"error {exc}", err=True)
        sys.exit(2)
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - last line of defence for users
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        typer.echo(f"error E999: unexpected {type(exc).__name__}: {exc} — please report this with the input file", err=True)
        sys.exit(3)


if __name__ == "__main__":  # pragma: no cover
    main()
