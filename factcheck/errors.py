"""The error tree. Each error carries the exit code the CLI maps it to; nothing here imports click."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose."""

    exit_code = 2


class InputError(FactcheckError):
    """A source, option or annotation file that cannot be used as given."""


class ModelError(FactcheckError):
    """The embedding model is missing or cannot be loaded."""


class StoreError(FactcheckError):
    """A story store that cannot be opened, is damaged, or was written by a newer factcheck."""


class NoStoreError(StoreError):
    """No store where one was named: only `story new` makes one."""
