"""What the `kg` commands print: tables, progress, one-line errors."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from typing import NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from kg.build import BuildSummary
from kg.graph.query import QueryResult, format_csv, format_json, format_table
from kg.graph.stats import GraphStats


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class ReportFormat(str, Enum):
    text = "text"
    json = "json"


def fail(error: BaseException, detail: str = "") -> NoReturn:
    """One line on stderr (then the detail, if any), exit status 1."""
    message = str(error).strip().splitlines() or [type(error).__name__]
    first = message[0] if len(message) == 1 else message[0] + " " + " | ".join(m.strip() for m in message[1:4])
    typer.echo(f"kg: error: {first}", err=True)
    if detail:
        typer.echo(detail, err=True)
    raise typer.Exit(code=1)


@contextmanager
def progress_for(total: int) -> Iterator[Callable[..., None]]:
    """A progress bar on a terminal; nothing when the output is piped."""
    console = Console(stderr=True)
    if not console.is_terminal:
        yield lambda *_: None
        return
    columns = (TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("articles", total=total)
        yield lambda *_: progress.advance(task)


def table_text(table: Table) -> str:
    console = Console(width=100, color_system=None, force_terminal=False, file=None)
    with console.capture() as captured:
        console.print(table)
    return captured.get()


def print_build_summary(summary: BuildSummary) -> None:
    table = Table("articles", "skipped", "dropped facts", "actors", "calls", "agreements", "triples", "seconds", title="kg build")
    values = (summary.articles, summary.skipped, summary.dropped, summary.actors, summary.calls, summary.agreements, summary.triples)
    table.add_row(*(str(v) for v in values), f"{summary.seconds:.2f}")
    typer.echo(table_text(table).rstrip())
    written = [summary.graph_path, summary.store_path, summary.explorer_path, summary.report_path]
    typer.echo("wrote " + ", ".join(str(p) for p in written if p))
    if summary.skipped or summary.dropped:
        typer.echo(f"{summary.skipped} article(s) skipped and {summary.dropped} fact(s) dropped: see {summary.report_path}", err=True)


def print_query_result(result: QueryResult, output_format: OutputFormat) -> None:
    formatter = {OutputFormat.table: format_table, OutputFormat.csv: format_csv, OutputFormat.json: format_json}
    sys.stdout.write(formatter[output_format](result).rstrip("\n") + "\n")


def print_stats(stats: GraphStats) -> None:
    table = Table("what", "count", title="kg stats")
    for name, value in stats.classes + (("triples", stats.triples),):
        table.add_row(name, str(value))
    typer.echo(table_text(table).rstrip())
    busiest = Table("actor", "calls", title="most calls")
    for label, value in stats.busiest:
        busiest.add_row(label, str(value))
    typer.echo(table_text(busiest).rstrip())
