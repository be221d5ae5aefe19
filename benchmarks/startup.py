"""Start-up time of the commands that need no model: `factcheck --help` and `factcheck config`.

    python benchmarks/startup.py [--repeat 11]

Runs each command `--repeat` times as a fresh process and prints the median wall time (target: under 0.3 s),
beside that of a bare interpreter, and which heavy modules each command imported (none of torch,
sentence_transformers or transformers may be).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HEAVY = ("torch", "sentence_transformers", "transformers", "numpy", "rapidfuzz", "pydantic")
# Runs the command line in-process, then reports which of HEAVY it imported on the last line of stderr.
PROBE = (
    "import json, sys\nfrom factcheck.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
    f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]), file=sys.stderr)\n"
)


def command() -> list[str]:
    """The installed `factcheck` script beside this interpreter, else `python -m factcheck`."""
    script = Path(sys.executable).with_name("factcheck")
    found = script if script.exists() else shutil.which("factcheck")
    return [str(found)] if found else [sys.executable, "-m", "factcheck"]


def wall(argv: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def imported(arguments: list[str]) -> list[str]:
    result = subprocess.run([sys.executable, "-c", PROBE, *arguments], capture_output=True, text=True, check=False)
    return json.loads(result.stderr.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=11)
    args = parser.parse_args(argv)
    factcheck = command()
    print(f"median of {args.repeat} runs; command: {' '.join(factcheck)}")
    print(f"  {'python -c pass':<22} {wall([sys.executable, '-c', 'pass'], args.repeat):.3f} s")
    for arguments in (["--help"], ["config"]):
        seconds = wall([*factcheck, *arguments], args.repeat)
        heavy = imported(arguments)
        verdict = "ok" if seconds < 0.3 else "over"
        name = "factcheck " + " ".join(arguments)
        print(f"  {name:<22} {seconds:.3f} s  ({verdict}; target < 0.3 s)  heavy imports: {heavy}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
