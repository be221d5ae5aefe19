"""Run factcheck on SummEdits and print balanced accuracy, recall per edit type and time per pair.

    python benchmarks/summedits.py PATH/summedits_news_dev.jsonl [--rule NAME | --all-rules] [--json out.json]

The data is not part of the project: pass its path. The model is loaded once; every pair is checked
once, and with --all-rules every decision rule is scored on the same reports.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from factcheck.align import SentenceEmbedder
from factcheck.errors import FactcheckError
from factcheck.summedits import (
    DECISION_RULES,
    DEFAULT_RULE,
    check_pairs,
    load_summedits,
    render_rule_comparison,
    render_summedits,
    score_rule,
    summedits_json,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a SummEdits JSONL file")
    parser.add_argument("--rule", choices=sorted(DECISION_RULES), default=DEFAULT_RULE, help="the decision rule")
    parser.add_argument("--all-rules", action="store_true", help="also compare every decision rule")
    parser.add_argument("--json", type=Path, help="write the result of --rule, predictions included, here")
    parser.add_argument("--model", help="a local sentence-transformers model folder (default: the packaged one)")
    args = parser.parse_args(argv)
    try:
        rows = load_summedits(args.path)
        embedder = SentenceEmbedder(args.model)
        embedder.encode(["warm up"])  # load the model before the clock starts on the first pair
        print(f"checking {len(rows)} pairs...", file=sys.stderr)
        start = time.perf_counter()
        pairs = check_pairs(rows, embedder=embedder)
        print(f"checked in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    except FactcheckError as exc:
        print(f"summedits: error: {exc}", file=sys.stderr)
        return exc.exit_code
    result = score_rule(pairs, DECISION_RULES[args.rule])
    print(render_summedits(result), end="")
    if args.all_rules:
        print("\nevery rule, on the same reports (recall per edit type after spec):")
        print(render_rule_comparison([score_rule(pairs, rule) for rule in DECISION_RULES.values()]), end="")
    if args.json:
        args.json.write_text(summedits_json(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
