"""Writing files so that readers never see half of one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from factcheck.errors import InputError


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a report.

    Whatever stops the write (a full disk, a folder it may not write to, Ctrl-C, SIGTERM) removes the temporary file
    and leaves `path` as it was; an OSError becomes an InputError naming the file.
    """
    check_writable(path)
    try:
        # surrogateescape: a path given in bytes that are not UTF-8 is written back as those bytes, not an error
        replace_atomically(path, text.encode("utf-8", errors="surrogateescape"), ordinary=True)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from exc


def check_writable(path: Path) -> None:
    """An InputError when `path` cannot be a file to write: its folder is missing, or it is a folder itself."""
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(f"cannot write {path}: {directory} is not a directory")
    if path.is_dir():
        raise InputError(f"cannot write {path}: it is a directory")


def replace_atomically(path: Path, data: bytes, *, ordinary: bool = False) -> None:
    """Write `data` to a temporary file beside `path` (`.NAME.*.tmp`), then rename it over `path`.

    Whatever stops the write removes the temporary file and leaves `path` as it was; an OSError is raised as it
    is. `ordinary` gives the file the permissions a new file gets (mkstemp makes it 0600), as a report wants.
    """
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".tmp", dir=path.parent if str(path.parent) else "."
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        if ordinary:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
