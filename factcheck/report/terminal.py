"""The report and the progress of a run on a terminal, drawn with rich.

Only for a terminal: piped or written to a file, the text report is the plain one (`factcheck.report.text`).
Colour is left out when NO_COLOR is set. Article text and paths are untrusted: control sequences are stripped
(`clean`, `shown_path`) and everything is passed to rich as `Text`, never as markup, so "[red]" in an article is
shown as written.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import IO

from rich import box
from rich.console import Console, Group
from rich.progress import BarColumn, MofNCompleteColumn, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress
from rich.table import Table
from rich.text import Text

from factcheck.models import Finding, FindingClaim, Report, Verdict
from factcheck.report.text import (
    HEADINGS,
    clean,
    cluster_letter,
    short_names,
    shown_attribution,
    shown_path,
    shown_value,
    value_joint,
)

STYLES = {
    Verdict.CONTRADICTION: "bold red",
    Verdict.CONTRADICTED: "bold red",
    Verdict.UPDATE: "cyan",
    Verdict.NOT_COMPARABLE: "yellow",
    Verdict.UNSUPPORTED: "magenta",
    Verdict.AGREEMENT: "green",
    Verdict.SUPPORTED: "green",
    Verdict.UNIQUE: "dim",
}


def wants_colour(environ: Mapping[str, str]) -> bool:
    """NO_COLOR set to anything but the empty string turns colour off (https://no-color.org)."""
    return not environ.get("NO_COLOR")


def console(file: IO[str] | None = None, *, stderr: bool = False, environ: Mapping[str, str] | None = None) -> Console:
    """A console on a terminal, in colour unless NO_COLOR says otherwise."""
    environ = os.environ if environ is None else environ
    return Console(file=file, stderr=stderr, no_color=not wants_colour(environ), highlight=False, emoji=False)


def print_report(report: Report, out: Console) -> None:
    names = short_names([source.path for source in report.sources] + ([report.draft] if report.draft else []))
    out.print(_title(report), style="bold")
    out.print(_sources_table(report))
    out.print(_counts(report))
    for verdict in report.verdicts:
        findings = [f for f in report.findings if f.verdict is verdict]
        if findings:
            out.print()
            out.print(_findings_table(verdict, findings, names))
    for warning in report.warnings:
        out.print(Text.assemble(("warning: ", "yellow"), clean(warning)))


def _title(report: Report) -> Text:
    if report.command == "check" and report.draft is not None:
        return Text(f"factcheck: {shown_path(report.draft)} checked against {len(report.sources)} sources")
    return Text(f"factcheck: {len(report.sources)} sources compared")


def _sources_table(report: Report) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Source")
    table.add_column("Outlet")
    table.add_column("Published")
    table.add_column("Claims", justify="right")
    for source in report.sources:
        published = source.published.isoformat() if source.published else "unknown"
        table.add_row(
            Text(shown_path(source.path)), Text(clean(source.outlet or "")), Text(published), str(source.claims)
        )
    return table


def _counts(report: Report) -> Text:
    parts: list[Text | str] = ["Findings: "]
    for i, verdict in enumerate(report.verdicts):
        if i:
            parts.append(", ")
        count = report.count(verdict)
        parts.append(Text(f"{count} {verdict.value.replace('_', ' ')}", style=STYLES[verdict] if count else "dim"))
    return Text.assemble(*parts)


def _findings_table(verdict: Verdict, findings: list[Finding], names: Mapping[str, str]) -> Table:
    table = Table(
        title=Text(f"{HEADINGS[verdict]} ({len(findings)})", style=STYLES[verdict]),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_lines=True,
        expand=True,
    )
    table.add_column("Field", no_wrap=True)
    table.add_column("What differs or agrees", ratio=2)
    table.add_column("Conf.", justify="right", no_wrap=True)
    table.add_column("Where and what each source says", ratio=3)
    for finding in findings:
        confidence = "" if finding.verdict in (Verdict.UNIQUE, Verdict.UNSUPPORTED) else f"{finding.confidence:.2f}"
        table.add_row(
            Text(finding.field.value, style=STYLES[verdict]),
            Text(clean(finding.reason)),
            confidence,
            Group(*_claim_lines(finding, names)),
        )
    return table


def _claim_lines(finding: Finding, names: Mapping[str, str]) -> Iterator[Text]:
    letters = len({claim.cluster for claim in finding.claims}) > 1
    for claim in sorted(finding.claims, key=lambda c: (c.cluster, c.source, c.start)):
        yield _claim_line(claim, letters, names.get(claim.source, claim.source))


def _claim_line(claim: FindingClaim, letters: bool, name: str) -> Text:
    line = Text()
    if letters:
        line.append(cluster_letter(claim.cluster) + " ", style="bold")
    line.append(f"{shown_path(name)}:{claim.line}", style="cyan")
    value, said = shown_value(claim), shown_attribution(claim)
    line.append(f" \u201c{clean(claim.text)}\u201d")
    if value:
        line.append(value_joint(value))
        line.append(clean(value), style="bold")
    if said:
        line.append(f" [{clean(said)}]", style="dim")
    return line


class TerminalProgress:
    """factcheck.progress.Progress as rich progress bars on a console (stderr); each bar goes when its stage ends."""

    def __init__(self, out: Console) -> None:
        self._display = RichProgress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=out,
            transient=True,
        )
        self._open = 0

    @contextmanager
    def stage(self, name: str, total: int | None = None) -> Iterator[_Task]:
        if not self._open:  # nested stages share one display, which stops when the outermost ends
            self._display.start()
        self._open += 1
        task = self._display.add_task(name, total=total)
        try:
            yield _Task(self._display, task)
        finally:
            self._display.remove_task(task)
            self._open -= 1
            if not self._open:
                self._display.stop()


class _Task:
    def __init__(self, display: RichProgress, task: TaskID) -> None:
        self._display = display
        self._task = task

    def advance(self, done: int = 1) -> None:
        self._display.advance(self._task, done)
