#!/usr/bin/env python3
"""Why factcheck gets gold pairs of the real-news set wrong: for each, what the report says and why.

    python3 scripts/realnews_explain.py TEXTS_DIR [STORY ...] [--verdict contradiction] [--all]

For every gold pair the report gets wrong (a contradiction not flagged, an agreement or update not found as such,
a look-alike flagged; `--all`: every pair) it prints the annotated words, the prediction and the reason of the
finding that decided it, then how compare relates the claims at the two spans: `compatible` says whether
alignment may group them at all; the relation is what compare would say had they been grouped. "unlinked" with a
conflict below is a fact alignment did not group; "not_comparable" with its reason is a rule holding it apart.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from factcheck.align import SentenceEmbedder
from factcheck.errors import InputError
from factcheck.realnews import discover_real_stories, explain_real_story


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", type=Path, help="the folder of article texts (see the README)")
    parser.add_argument("stories", nargs="*", help="stories to explain (default: all)")
    parser.add_argument("--verdict", help="only gold pairs of this verdict (contradiction, agreement, update, ...)")
    parser.add_argument("--all", action="store_true", help="every gold pair, right or wrong")
    parser.add_argument("--sources", type=Path, default=Path("sources/real"))
    parser.add_argument("--claims", type=Path, default=Path("claims/real"))
    args = parser.parse_args(argv)
    try:
        return explain(args)
    except InputError as exc:
        print(f"realnews_explain: error: {exc}", file=sys.stderr)
        return 2


def explain(args: argparse.Namespace) -> int:
    if not args.texts.is_dir():
        raise InputError(f"{args.texts} is not a folder of article texts")
    stories = discover_real_stories(args.sources, args.claims, args.texts)
    chosen = [s for s in stories if not args.stories or s.name in args.stories]
    if not chosen:
        raise InputError(f"no such story; the set has: {', '.join(s.name for s in stories)}")
    embedder = SentenceEmbedder()
    for story in chosen:
        if story.missing_texts():
            print(f"## {story.name}: texts missing, not explained")
            continue
        print(f"## {story.name}")
        for item in explain_real_story(story, embedder=embedder, every=args.all):
            result = item.result
            if args.verdict and result.gold.value != args.verdict:
                continue
            print(f"{result.id} [{result.fact}] gold {result.gold.value}, predicted {result.predicted}")
            print(f"    “{item.spans[0]}” || “{item.spans[1]}”")
            if item.reason:
                print(f"    finding: {item.reason}")
            for reading in item.readings:
                grouped = "may be grouped" if reading.compatible else "never grouped"
                print(f"    {reading.left} ~ {reading.right}: {grouped}; {reading.relation}: {reading.reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
