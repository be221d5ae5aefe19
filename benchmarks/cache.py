"""A compare run twice with the vector cache: the first fills it, the second needs no model at all.

    python benchmarks/cache.py [FILE ...] [--repeat 3]

Default files: sources/rutte-washington/*.md. Each run is a fresh process; its time is measured inside it, from
before factcheck is imported to the report (so interpreter start is left out), and each repetition starts from an
empty cache folder. Prints the medians and their ratio (target: the second run at least 5 times faster).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

SOURCES = Path(__file__).resolve().parent.parent / "sources"
# The command line in-process, timed from before its import; the seconds go to the last line of stderr.
TIMED = (
    "import sys, time\nstart = time.perf_counter()\nfrom factcheck.cli import main\ntry:\n    main()\n"
    "except SystemExit:\n    pass\nprint(time.perf_counter() - start, file=sys.stderr)\n"
)


def timed_run(files: list[str], cache: Path) -> float:
    argv = [sys.executable, "-c", TIMED, "compare", *files, "--format", "json", "--cache-dir", str(cache)]
    result = subprocess.run(argv, capture_output=True, text=True, check=False)
    return float(result.stderr.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="articles to compare (default: the rutte-washington story)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    files = args.files or [str(p) for p in sorted((SOURCES / "rutte-washington").glob("*.md"))]
    first, second = [], []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="factcheck-cache-") as cache:
            first.append(timed_run(files, Path(cache)))
            second.append(timed_run(files, Path(cache)))
            entries = len(list(Path(cache).rglob("*.npy")))
            size = sum(p.stat().st_size for p in Path(cache).rglob("*.npy"))
    cold, warm = statistics.median(first), statistics.median(second)
    print(f"{len(files)} files; medians of {args.repeat}; interpreter start excluded, factcheck's imports included")
    print(f"  first run (empty cache, model loaded):  {cold:.2f} s   runs: {', '.join(f'{s:.2f}' for s in first)}")
    print(f"  second run (every text cached):        {warm:.2f} s   runs: {', '.join(f'{s:.2f}' for s in second)}")
    print(f"  speed-up: {cold / warm:.1f}x (target >= 5x); cache: {entries} vectors, {size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
