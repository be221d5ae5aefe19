"""Progress of a run, stage by stage: the library reports it, a front end decides whether and how to show it.

The library calls `progress.stage(name, total)` and `advance()` on what it returns; the default, `SILENT`, does
nothing. The command line passes a rich progress display on stderr when stderr is a terminal (see
`factcheck.report.terminal.TerminalProgress`). What is shown never changes what is computed.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Protocol


class Stage(Protocol):
    """One stage under way: `advance` by the units done (sources read, texts encoded, ...)."""

    def advance(self, done: int = 1) -> None: ...


class Progress(Protocol):
    """Receives the stages of a run. `total` None is a stage of unknown length (loading a model)."""

    def stage(self, name: str, total: int | None = None) -> AbstractContextManager[Stage]: ...


class _SilentStage:
    def advance(self, done: int = 1) -> None:
        return None

    def __enter__(self) -> _SilentStage:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class Silent:
    """Shows nothing."""

    def stage(self, name: str, total: int | None = None) -> _SilentStage:
        return _SilentStage()


SILENT: Progress = Silent()
