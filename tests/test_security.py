"""Untrusted input: article text and paths cannot drive the terminal or inject markup, paths are shown as given,
and nothing the user supplies is evaluated, unpickled or loaded as arbitrary YAML."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from builders import HashingEmbedder

from factcheck.errors import InputError
from factcheck.gold import load_gold
from factcheck.ingest import source_from_bytes
from factcheck.models import Report
from factcheck.pipeline import compare_sources
from factcheck.report import FORMATTERS, render

PACKAGE = Path(__file__).parent.parent / "factcheck"
ESCAPES = "\x1b[2J\x1b]8;;https://evil.test\x07click\x1b]8;;\x07\x1b[31m"
HOSTILE = (
    f"---\noutlet: Evil{ESCAPES} Wire\ndate: 2025-10-22\n---\n\n"
    f'"We will rebuild every {ESCAPES}<script>alert(1)</script> home @octocat," Mayor Vitali Klitschko said.\n\n'
    f"Six people were killed and 18 injured{ESCAPES} in Kyiv on Monday.\n"
)
PLAIN = (  # the quote differs in a word, so the hostile one is in a contradiction (and in SARIF)
    "---\noutlet: Plain Wire\ndate: 2025-10-22\n---\n\n"
    '"We will rebuild every school home," Mayor Vitali Klitschko said.\n\n'
    "Six people were killed and 17 injured in Kyiv on Monday.\n"
)


def hostile_report(path: str = "evil.md") -> Report:
    sources = [source_from_bytes(HOSTILE.encode(), path), source_from_bytes(PLAIN.encode(), "plain.md")]
    return compare_sources(sources, embedder=HashingEmbedder())


def package_source() -> dict[str, str]:
    return {str(p.relative_to(PACKAGE)): p.read_text(encoding="utf-8") for p in sorted(PACKAGE.rglob("*.py"))}


def test_the_terminal_report_has_no_escape_sequence() -> None:
    report = hostile_report(path="evil\x1b[2J.md")
    assert any("\x1b" in claim.text for finding in report.findings for claim in finding.claims), "the test bites"
    text = render(report, "text")
    assert "\x1b" not in text and "\x07" not in text
    assert "evil?[2J.md" in text, "a control character in a path is shown as '?', the rest as given"


@pytest.mark.parametrize("fmt", ["markdown", "github"])
def test_reports_for_humans_carry_no_control_character_or_markup(fmt: str) -> None:
    output = render(hostile_report(), fmt)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", output)
    if fmt == "markdown":
        assert "<script>" not in output and "&lt;script&gt;" in output
        assert "@octocat" not in output  # a word joiner keeps it from mentioning a GitHub user


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_machine_reports_keep_the_text_escaped_and_exact(fmt: str) -> None:
    output = render(hostile_report(), fmt)
    assert "\x1b" not in output and "\\u001b" in output  # JSON escapes it; a reader gets the exact text back
    json.loads(output)


def test_paths_are_shown_as_given_never_expanded() -> None:
    """A report names a file the way the user did: no home folder, no absolute path, no resolved link."""
    given = "~/news/../evil.md"
    report = hostile_report(path=given)
    for fmt in FORMATTERS:
        output = render(report, fmt)
        assert str(Path.home()) not in output and str(Path.cwd()) not in output, fmt
    assert given in render(report, "text") and given in render(report, "json")
    assert '"uri": "~/news/../evil.md"' in render(report, "sarif")


def test_no_formatter_resolves_or_expands_paths() -> None:
    for name, code in package_source().items():
        if name.startswith("report"):
            assert not re.search(r"\.resolve\(|expanduser|expandvars|abspath|realpath", code), name


def test_nothing_is_evaluated_unpickled_or_loaded_as_arbitrary_yaml() -> None:
    dangerous = re.compile(
        r"(?<![\w.])(?:eval|exec|compile|__import__)\(|\bpickle\b|\b(?:import|from)\s+marshal\b|\bmarshal\.|\bshelve\b|"
        r"yaml\.load\(|yaml\.unsafe_load|"
        r"yaml\.full_load|Loader=|shell=True|os\.system|os\.popen"
    )
    for name, code in package_source().items():
        found = [m.group(0) for m in dangerous.finditer(code)]
        assert not found, f"{name}: {found}"
    assert "yaml.safe_load(" in package_source()["gold.py"]


def test_a_gold_file_cannot_run_code(tmp_path: Path) -> None:
    gold = tmp_path / "gold.yaml"
    marker = tmp_path / "pwned"
    gold.write_text(f'!!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8")
    with pytest.raises(InputError):
        load_gold(gold)
    assert not marker.exists()
