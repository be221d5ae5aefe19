"""Settings for `factcheck check`: defaults < config file < environment < command line, each value's origin kept.

The config file is the first `factcheck.toml` (top-level keys) or `pyproject.toml` with a `[tool.factcheck]`
table found walking up from the draft's directory; a factcheck.toml beats a pyproject.toml in the same directory.
This is the only module that looks at environment variables, and only at the mapping it is handed.
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from factcheck.errors import InputError
from factcheck.ingest import MAX_BYTES

if TYPE_CHECKING:
    from factcheck.models import Report

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 reads TOML with the tomli backport
    import tomli as tomllib

FailOn = Literal["contradiction", "unsupported", "never"]
ENV_PREFIX = "FACTCHECK_"
CONFIG_FILE = "factcheck.toml"
PYPROJECT = "pyproject.toml"


class Settings(BaseModel):
    """The options of `factcheck check`, built once and passed down."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fail_on: FailOn = Field(
        default="contradiction", description="exit 1 on contradicted claims, also on unsupported ones, or never"
    )
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0, description="leave out findings below this confidence")
    format: str = Field(default="text", description="report format for stdout or for -o FILE")
    model: str | None = Field(default=None, description="local sentence-transformers model folder")
    max_bytes: int = Field(default=MAX_BYTES, ge=1, description="largest file accepted")
    baseline: str | None = Field(default=None, description="baseline file of accepted findings")

    @field_validator("format")
    @classmethod
    def _known_format(cls, value: str) -> str:
        from factcheck.report import FORMATTERS

        if value not in FORMATTERS:
            raise ValueError(f"expected one of {', '.join(sorted(FORMATTERS))}")
        return value

    @field_validator("min_confidence", "max_bytes", mode="before")
    @classmethod
    def _not_a_boolean(cls, value: object) -> object:
        if isinstance(value, bool):
            raise ValueError("expected a number, not true or false")
        return value

    @field_validator("model", "baseline")
    @classmethod
    def _non_empty_path(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("expected a path")
        return value

    def exit_code(self, report: Report) -> int:
        """1 when a finding of the report fails under `fail_on`, else 0."""
        return report.exit_code(
            fail_on=None if self.fail_on == "never" else 0.0, unsupported=self.fail_on == "unsupported"
        )


KEYS: tuple[str, ...] = tuple(Settings.model_fields)
PATH_KEYS = ("model", "baseline")  # relative paths in a config file are relative to the file's directory


def env_var(key: str) -> str:
    """The environment variable for a setting: FACTCHECK_FAIL_ON for fail_on."""
    return ENV_PREFIX + key.upper()


def option_name(key: str) -> str:
    """The command-line option for a setting: --fail-on for fail_on."""
    return "--" + key.replace("_", "-")


class Origin(BaseModel):
    """Where one setting's value came from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["default", "file", "environment", "command line"]
    where: str | None = Field(default=None, description="the file, the variable or the option")

    def __str__(self) -> str:
        if self.kind == "default":
            return "default"
        if self.kind == "file":
            return str(self.where)
        return f"{self.kind} {self.where}"


DEFAULT = Origin(kind="default")


class Configuration(BaseModel):
    """The effective settings, the origin of each, and the config file read (if any)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    settings: Settings
    origins: dict[str, Origin]
    file: str | None = None

    def lines(self) -> list[str]:
        """`key = value  (origin)`, one line per setting, values as TOML would write them."""
        values = self.settings.model_dump()
        return [f"{key} = {_toml_value(values[key])}  ({self.origins[key]})" for key in KEYS]

    def document(self) -> dict[str, Any]:
        """The configuration as plain data, for `factcheck config --format json`."""
        values = self.settings.model_dump(mode="json")
        return {
            "file": self.file,
            "settings": {
                key: {"value": values[key], "origin": self.origins[key].kind, "where": self.origins[key].where}
                for key in KEYS
            },
        }


def _toml_value(value: object) -> str:
    if value is None:
        return "none"  # TOML has no null: such a key is simply left out of a file
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)


def find_config_file(start: Path) -> Path | None:
    """The first factcheck.toml, or pyproject.toml with [tool.factcheck], in `start` or a directory above it."""
    directory = start.resolve()
    if not directory.is_dir():
        directory = directory.parent
    for folder in (directory, *directory.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / PYPROJECT
        if pyproject.is_file():
            tool = _read_toml(pyproject).get("tool")
            if isinstance(tool, dict) and "factcheck" in tool:
                return pyproject
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as stream:
            return tomllib.load(stream)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None


def read_config_file(path: Path) -> tuple[str, dict[str, Any]]:
    """The settings table of a config file, named as errors should name it; unknown keys are an error."""
    document = _read_toml(path)
    if path.name == PYPROJECT:
        label = f"{path} [tool.factcheck]"
        tool = document.get("tool", {})
        table = tool.get("factcheck", {}) if isinstance(tool, dict) else {}
    else:
        label, table = str(path), document
    if not isinstance(table, dict):
        raise InputError(f"{label}: expected a table of settings")
    for key in table:
        if key not in KEYS:
            close = difflib.get_close_matches(key.replace("-", "_"), KEYS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f" (known keys: {', '.join(KEYS)})"
            raise InputError(f"{label}: unknown key {key!r}{hint}")
    values = dict(table)
    for key in PATH_KEYS:
        if isinstance(values.get(key), str) and values[key].strip():
            values[key] = str(path.parent / values[key])
    return label, values


def load_configuration(
    *,
    start: Path,
    env: Mapping[str, str],
    cli: Mapping[str, object | None],
    config_file: Path | None = None,
) -> Configuration:
    """Build the settings: `cli` values that are not None beat `env` (FACTCHECK_<KEY>), which beats the file.

    `start` is where discovery begins (the draft's directory, or the current one for standard input);
    `config_file` skips discovery. An empty environment variable counts as unset.
    """
    unknown_cli = sorted(set(cli) - set(KEYS))
    if unknown_cli:
        raise ValueError(f"not settings: {', '.join(unknown_cli)}")
    path = config_file if config_file is not None else find_config_file(start)
    values: dict[str, Any] = {}
    origins: dict[str, Origin] = {key: DEFAULT for key in KEYS}
    labels: dict[str, str] = {}
    if path is not None:
        label, table = read_config_file(path)
        for key, value in table.items():
            values[key], origins[key], labels[key] = value, Origin(kind="file", where=str(path)), label
    for key in KEYS:
        name = env_var(key)
        if env.get(name, "").strip():
            values[key], origins[key], labels[key] = env[name], Origin(kind="environment", where=name), name
    for key, value in cli.items():
        if value is not None:
            values[key], origins[key] = value, Origin(kind="command line", where=option_name(key))
            labels[key] = option_name(key)
    try:
        settings = Settings(**values)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = str(error["loc"][0]) if error["loc"] else "?"
        message = str(error["msg"]).removeprefix("Value error, ")
        raise InputError(
            f"{labels.get(key, key)}: bad value for {key!r}: {message} (got {values.get(key)!r})"
        ) from None
    return Configuration(settings=settings, origins=origins, file=str(path) if path is not None else None)
