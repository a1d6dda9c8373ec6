"""`plan-parser compare` and `plan-parser audit`: a child plan against its parent, or a batch of them."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import ParentNotFound



def _options(min_severity: str):
    from ..compare import CompareOptions
    from ..model import SEVERITY_ORDER

    if min_severity not in SEVERITY_ORDER:
        raise typer.BadParameter(f"--min-severity must be one of {', '.join(SEVERITY_ORDER)}")
    return CompareOptions(min_severity=min_severity)


def register(app: typer.Typer) -> None:
    @app.command()
    def compare(
        parent: Path = typer.Argument(..., help="The parent plan (any readable input, or a parsed-plan .plan.json); with --archive, the child."),
        child: Path = typer.Argument(None, help="The child plan that implements the parent."),
        as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
        as_md: bool = typer.Option(False, "--md", help="Print the report as Markdown."),
        html: Path = typer.Option(None, "--html", help="Write a self-contained HTML report to this file."),
        archive: str = typer.Option(None, "--archive", help="A directory of plans, or an archive index (SQLite file or postgresql:// URL), in which to find the child's parent or its siblings."),
        min_severity: str = typer.Option("info", "--min-severity", help="Leave out findings below this severity: info, low, medium, high."),
    ) -> None:
        """Compare a ward or commune plan with the province plan it implements: coverage, findings, evidence.

        With --archive DIR and a single plan, the parent is found from the plan's bases; when the parent is
        not there but plans citing the same parent are, the plan is compared with its first sibling.

        Example: plan-parser compare province.pdf ward.docx --html report.html
        Example: plan-parser compare --archive plans/ ward.txt --md
        """
        from ..compare import compare as run_compare, compare_siblings, find_parent
        from ..compare.discovery import find_siblings
        from ..compare.report import render_html, render_json, render_markdown

        options = _options(min_severity)
        if archive is not None:
            target = child or parent
            found = find_parent(target, archive)
            if found is not None:
                report = run_compare(found, target, options)
            else:
                siblings = find_siblings(target, archive)
                if not siblings:
                    raise ParentNotFound(f"neither the parent of {target} nor a sibling citing it is in {archive}")
                report = compare_siblings(siblings[0], target, options)
        else:
            if child is None:
                raise typer.BadParameter("give PARENT and CHILD, or --archive DIR and CHILD")
            report = run_compare(parent, child, options)
        if html is not None:
            html.write_text(render_html(report), encoding="utf-8")
            typer.echo(f"wrote {html}", err=True)
        if as_json:
            typer.echo(render_json(report))
        elif as_md or html is None:
            typer.echo(render_markdown(report))

    @app.command()
    def audit(
        parent: Path = typer.Argument(..., help="The parent plan."),
        children: list[Path] = typer.Argument(..., help="The child plans to check against it."),
        out: Path = typer.Option(..., "--out", "-o", help="Directory for the reports and summary.csv / summary.xlsx."),
        min_severity: str = typer.Option("info", "--min-severity", help="Leave out findings below this severity."),
    ) -> None:
        """Check many child plans against one parent: one report per child and a summary sorted by severity.

        Example: plan-parser audit province.pdf wards/*.pdf --out audit-2025-08/
        """
        from ..compare.audit import audit as run_audit

        rows = run_audit(parent, children, out, _options(min_severity))
        for row in rows:
            status = row.error or f"{row.max_severity or 'không có phát hiện'}, bao quát {row.coverage:.0%}"
            typer.echo(f"{row.child}: {status}")
        failed = [row for row in rows if row.error]
        typer.echo(f"wrote {len(rows) - len(failed)} reports, {out / 'summary.csv'} and {out / 'summary.xlsx'}", err=True)
        if failed:
            # The batch goes on past a bad child, but a script calling audit must see that some failed.
            typer.echo(f"error: {len(failed)} of {len(rows)} plans could not be checked (see summary.csv)", err=True)
            raise typer.Exit(1)
