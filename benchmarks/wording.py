"""How often the draft check's wording comparison speaks on real news: every article of the real-news development
set read as a draft against the other articles of its story.

    python benchmarks/wording.py --texts ~/factcheck-realnews [--show 20]
    python benchmarks/wording.py --large 1 5     # time the comparison against one long generated source

The articles of one story are independent accounts, not a draft and its sources, so most of their sentences
have no close counterpart and what the comparison reports here is mostly noise: the figure to keep low. Prints
the sentences read, the differences of each kind per story, and with --show a sample of them to read.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.realnews import discover_real_stories, read_story_sources
from factcheck.segment import split_sentences
from factcheck.wording import SourceIndex, differences

ROOT = Path(__file__).parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, help="the folder of real-news texts")
    parser.add_argument("--large", type=float, nargs="+", metavar="MB", help="sizes of a long source to time")
    parser.add_argument("--show", type=int, default=0, help="print this many differences, drawn at random")
    args = parser.parse_args(argv)
    if args.large:
        for megabytes in args.large:
            time_large(megabytes)
        return 0
    if args.texts is None:
        parser.error("give --texts DIR or --large MB")
    try:
        stories = discover_real_stories(ROOT / "sources" / "real", ROOT / "claims" / "real", args.texts)
        found: list[tuple[str, str, str, str]] = []
        sentences = Counter[str]()
        for story in stories:
            articles = {s.path: split_sentences(s) for s in read_story_sources(story)}
            for path, own in articles.items():
                index = SourceIndex.build([s for other, ss in articles.items() if other != path for s in ss])
                for sentence in own:
                    sentences[story.name] += 1
                    for difference in differences(sentence, index):
                        found.append((story.name, difference.kind, difference.reason, sentence.text[:120]))
    except FactcheckError as exc:
        print(f"wording: error: {exc}", file=sys.stderr)
        return exc.exit_code
    kinds = ("opposite", "swapped", "invented")
    print(f"{'story':<20}{'sentences':>10}" + "".join(f"{kind:>10}" for kind in kinds))
    per = Counter((story, kind) for story, kind, _, _ in found)
    for story in sorted(sentences):
        print(f"{story:<20}{sentences[story]:>10}" + "".join(f"{per[(story, kind)]:>10}" for kind in kinds))
    total = Counter(kind for _, kind, _, _ in found)
    print(f"{'all':<20}{sum(sentences.values()):>10}" + "".join(f"{total[kind]:>10}" for kind in kinds))
    for story, kind, reason, text in random.Random(0).sample(found, min(args.show, len(found))):
        print(f"\n{story} {kind}: {reason}\n    {text}")
    return 0


def time_large(megabytes: float) -> None:
    """The comparison of a short article, as the draft, against one long source of generated reporting."""
    import tempfile
    import time

    from scale import SHORT, long_source

    from factcheck.pipeline import load_sources, read_texts
    from factcheck.wording import wording_findings

    big = long_source(Path(tempfile.mkdtemp(prefix="factcheck-wording-")), "distinct", megabytes)
    draft, source = load_sources([SHORT / "channel9.md", big])
    texts = read_texts([draft, source])
    start = time.perf_counter()
    found = wording_findings(texts[0], texts[1:], [])
    seconds = time.perf_counter() - start
    size, sentences = big.stat().st_size / 1e6, len(texts[1].sentences)
    print(f"{size:.1f} MB, {sentences:,} sentences: {seconds:.1f} s, {len(found)} findings")


if __name__ == "__main__":
    sys.exit(main())
