"""`python -m factcheck`: the same command line as the `factcheck` script."""

from __future__ import annotations

from factcheck.cli import main

if __name__ == "__main__":  # pragma: no cover
    main()
