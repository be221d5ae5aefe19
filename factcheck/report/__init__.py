"""Report formatters behind one small interface: a name and a function from Report to text."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.models import Report
from factcheck.report.github import render_github
from factcheck.report.html import render_html
from factcheck.report.json import render_json
from factcheck.report.markdown import render_markdown
from factcheck.report.sarif import render_sarif
from factcheck.report.text import render_text

Formatter = Callable[[Report], str]

FORMATTERS: dict[str, Formatter] = {
    "text": render_text,
    "json": render_json,
    "sarif": render_sarif,
    "github": render_github,
    "markdown": render_markdown,
    "html": render_html,
}


def render(report: Report, fmt: str) -> str:
    """The report in the named format."""
    return FORMATTERS[fmt](report)
