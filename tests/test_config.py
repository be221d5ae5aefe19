"""Settings: discovery walking up, precedence (command line > environment > file > defaults), origins, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main
from factcheck.config import Settings, find_config_file, load_configuration
from factcheck.errors import InputError
from factcheck.ingest import MAX_BYTES
from factcheck.models import FieldName, Finding, FindingClaim, Report, Verdict


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    for key in Settings.model_fields:  # the developer's own FACTCHECK_* variables must not leak into the tests
        monkeypatch.delenv(f"FACTCHECK_{key.upper()}", raising=False)
    return CliRunner()


def assert_one_line_error(result: Result, *fragments: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: error:"), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def config_lines(result: Result) -> dict[str, str]:
    """`key = value  (origin)` lines as {key: 'value  (origin)'}."""
    assert result.exit_code == 0, result.output
    pairs = [line.split(" = ", 1) for line in result.stdout.splitlines() if not line.startswith("#")]
    return dict((key, rest) for key, rest in pairs)


def test_defaults_without_any_file(tmp_path: Path) -> None:
    configuration = load_configuration(start=tmp_path, env={}, cli={})
    assert configuration.settings == Settings()
    assert configuration.settings.max_bytes == MAX_BYTES
    assert {str(origin) for origin in configuration.origins.values()} == {"default"}


def test_discovery_walks_up_from_the_draft(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('fail_on = "never"\n', encoding="utf-8")
    deep = tmp_path / "desk" / "drafts" / "2025"
    deep.mkdir(parents=True)
    draft = deep / "draft.md"
    draft.write_text("A draft.\n", encoding="utf-8")
    assert find_config_file(draft) == tmp_path / "factcheck.toml"
    configuration = load_configuration(start=draft.parent, env={}, cli={})
    assert configuration.settings.fail_on == "never"
    assert configuration.origins["fail_on"].kind == "file"
    assert configuration.file == str(tmp_path / "factcheck.toml")


def test_nearest_file_wins_and_factcheck_toml_beats_pyproject(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text("min_confidence = 0.1\n", encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text("[tool.factcheck]\nmin_confidence = 0.2\n", encoding="utf-8")
    assert load_configuration(start=inner, env={}, cli={}).settings.min_confidence == 0.2
    (inner / "factcheck.toml").write_text("min_confidence = 0.3\n", encoding="utf-8")
    assert load_configuration(start=inner, env={}, cli={}).settings.min_confidence == 0.3


def test_pyproject_without_a_factcheck_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nformat = "json"\n', encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "other"\n', encoding="utf-8")
    configuration = load_configuration(start=inner, env={}, cli={})
    assert configuration.settings.format == "json"
    assert configuration.file == str(tmp_path / "pyproject.toml")


def test_precedence_command_line_over_environment_over_file(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text(
        'fail_on = "never"\nmin_confidence = 0.4\nformat = "json"\nmax_bytes = 1000\n', encoding="utf-8"
    )
    env = {"FACTCHECK_FAIL_ON": "unsupported", "FACTCHECK_MIN_CONFIDENCE": "0.6", "FACTCHECK_MAX_BYTES": ""}
    configuration = load_configuration(start=tmp_path, env=env, cli={"fail_on": "contradiction", "format": None})
    settings = configuration.settings
    assert (settings.fail_on, settings.min_confidence, settings.format, settings.max_bytes) == (
        "contradiction",
        0.6,
        "json",
        1000,  # an empty variable counts as unset
    )
    origins = {key: str(origin) for key, origin in configuration.origins.items()}
    assert origins == {
        "fail_on": "command line --fail-on",
        "min_confidence": "environment FACTCHECK_MIN_CONFIDENCE",
        "format": str(tmp_path / "factcheck.toml"),
        "max_bytes": str(tmp_path / "factcheck.toml"),
        "model": "default",
        "baseline": "default",
    }


def test_paths_in_a_file_are_relative_to_the_file(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('baseline = "ci/baseline.json"\n', encoding="utf-8")
    inner = tmp_path / "drafts"
    inner.mkdir()
    settings = load_configuration(start=inner, env={"FACTCHECK_MODEL": "models/mini"}, cli={}).settings
    assert settings.baseline == str(tmp_path / "ci" / "baseline.json")
    assert settings.model == "models/mini"  # from the environment: relative to where factcheck runs


@pytest.mark.parametrize(
    ("fail_on", "verdict", "code"),
    [
        ("contradiction", Verdict.CONTRADICTED, 1),
        ("contradiction", Verdict.UNSUPPORTED, 0),
        ("unsupported", Verdict.UNSUPPORTED, 1),
        ("never", Verdict.CONTRADICTED, 0),
    ],
)
def test_exit_code_follows_fail_on(fail_on: str, verdict: Verdict, code: int) -> None:
    claim = FindingClaim(source="d.md", text="25", start=0, end=2, line=1, value="25", sentence="25.", cluster=0)
    finding = Finding(id="f", verdict=verdict, field=FieldName.QUANTITY, confidence=0.8, reason="r", claims=(claim,))
    report = Report(command="check", draft="d.md", sources=(), findings=(finding,))
    assert Settings.model_validate({"fail_on": fail_on}).exit_code(report) == code


def test_config_command_prints_every_origin(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "factcheck.toml").write_text('fail_on = "never"\nmin_confidence = 0.3\n', encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_MIN_CONFIDENCE", "0.5")
    monkeypatch.setenv("FACTCHECK_MAX_BYTES", "2000")
    result = runner.invoke(main, ["config", str(tmp_path), "--max-bytes", "1000"])
    lines = config_lines(result)
    assert lines == {
        "fail_on": f'"never"  ({tmp_path / "factcheck.toml"})',
        "min_confidence": "0.5  (environment FACTCHECK_MIN_CONFIDENCE)",
        "format": '"text"  (default)',
        "model": "none  (default)",
        "max_bytes": "1000  (command line --max-bytes)",
        "baseline": "none  (default)",
    }
    assert f"# config file: {tmp_path / 'factcheck.toml'}" in result.stdout


def test_config_command_json(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nformat = "json"\n', encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text("A draft.\n", encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_FAIL_ON", "unsupported")
    result = runner.invoke(main, ["config", str(draft), "--format", "json", "--baseline", "b.json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["file"] == str(tmp_path / "pyproject.toml")
    assert document["settings"]["format"] == {"value": "json", "origin": "file", "where": document["file"]}
    assert document["settings"]["fail_on"] == {
        "value": "unsupported",
        "origin": "environment",
        "where": "FACTCHECK_FAIL_ON",
    }
    assert document["settings"]["baseline"] == {"value": "b.json", "origin": "command line", "where": "--baseline"}
    assert document["settings"]["max_bytes"] == {"value": MAX_BYTES, "origin": "default", "where": None}


def test_unknown_key_names_key_and_file(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('fail_onn = "never"\n', encoding="utf-8")
    result = runner.invoke(main, ["config", str(tmp_path)])
    assert_one_line_error(result, "factcheck.toml: unknown key 'fail_onn'", "did you mean 'fail_on'")


def test_unknown_key_in_pyproject(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.factcheck]\nthreshold = 1\n", encoding="utf-8")
    result = runner.invoke(main, ["config", str(tmp_path)])
    assert_one_line_error(result, "pyproject.toml [tool.factcheck]: unknown key 'threshold'")


def test_unknown_key_fails_check_before_any_work(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text("colour = true\n", encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text("A draft.\n", encoding="utf-8")
    result = runner.invoke(main, ["check", str(draft), "--against", str(tmp_path / "missing.md")])
    assert_one_line_error(result, "factcheck.toml: unknown key 'colour'")


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("min_confidence = 2\n", ["factcheck.toml: bad value for 'min_confidence'", "(got 2)"]),
        ('fail_on = "sometimes"\n', ["factcheck.toml: bad value for 'fail_on'", "'sometimes'"]),
        ("max_bytes = true\n", ["factcheck.toml: bad value for 'max_bytes'"]),
        ('format = "xml"\n', ["factcheck.toml: bad value for 'format'", "expected one of", "json"]),
        ("fail_on = [\n", ["factcheck.toml: invalid TOML"]),
    ],
)
def test_bad_value_in_file_names_key_and_file(
    runner: CliRunner, tmp_path: Path, text: str, fragments: list[str]
) -> None:
    (tmp_path / "factcheck.toml").write_text(text, encoding="utf-8")
    assert_one_line_error(runner.invoke(main, ["config", str(tmp_path)]), *fragments)


def test_bad_value_in_environment_names_the_variable(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_MIN_CONFIDENCE", "high")
    result = runner.invoke(main, ["config", str(tmp_path)])
    assert_one_line_error(result, "FACTCHECK_MIN_CONFIDENCE: bad value for 'min_confidence'", "'high'")


def test_library_errors_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="FACTCHECK_FAIL_ON: bad value for 'fail_on'"):
        load_configuration(start=tmp_path, env={"FACTCHECK_FAIL_ON": "maybe"}, cli={})
    with pytest.raises(ValueError, match="not settings: colour"):
        load_configuration(start=tmp_path, env={}, cli={"colour": "red"})


def test_settings_are_frozen_and_strict() -> None:
    settings = Settings()
    with pytest.raises(ValueError):
        settings.fail_on = "never"  # type: ignore[misc]
    with pytest.raises(ValueError):
        Settings.model_validate({"fail_onn": "never"})
