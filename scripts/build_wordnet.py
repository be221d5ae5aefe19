"""Build factcheck/data/wordnet.tsv.gz, the word relations the draft check reads, from Open English WordNet.

    python scripts/build_wordnet.py PATH/english-wordnet --commit "$(git -C PATH/english-wordnet rev-parse HEAD)"

PATH is a checkout of https://github.com/globalwordnet/english-wordnet (its src/yaml folder is read).
Open English WordNet is derived from Princeton WordNet and released under CC BY 4.0; the file written
starts with that attribution. Only single words are kept, lower-cased, in five kinds of line:

    s <TAB> word word ...          the words of one synset (synonyms in one of their senses), two or more
    a <TAB> word ... <TAB> word ...   antonyms: each word of the first synset against each of the second
    d <TAB> word <TAB> word        derivationally related words ("decide", "decision")
    h <TAB> pos <TAB> word ... <TAB> word ...   a synset and its hypernym: each word of the first is a kind of
                            the second (pos: n, v, a, s, r); the hypernym's first member comes first, spaces as
                            underscores, as its name
    f <TAB> word <TAB> kind ...    the kinds (hypernym names) of a noun's first, most common sense
    p <TAB> word                   a noun whose first, most common sense is a kind of person ("camper", "pilot")
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import defaultdict
from pathlib import Path

import yaml

HEADER = """\
# Word relations from Open English WordNet (https://github.com/globalwordnet/english-wordnet), commit {commit}.
# Open English WordNet is derived from Princeton WordNet (WordNet 3.0 Copyright 2006 by Princeton University,
# under the WordNet License) and developed by the Open English WordNet team under the Creative Commons
# Attribution 4.0 International License (CC BY 4.0). Built by scripts/build_wordnet.py; see that script for
# the format. Changes: only single words are kept, lower-cased, and synsets are reduced to their words.
"""


def _single(word: str) -> str | None:
    word = word.lower()
    return word if word.isascii() and word.replace("-", "").replace("'", "").isalpha() else None


def _sense_orders(path: Path) -> dict[str, str]:
    """The first noun synset of each word whose senses src/sense-orders.csv puts in another order than its entry."""
    firsts = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            word, pos, synsets = [*line.split(",", 2), "", ""][:3]
            if pos == "n" and synsets.split() and (single := _single(word)):
                firsts[single] = f"{synsets.split()[0]}-n"
    return firsts


def build(wordnet: Path, commit: str) -> str:
    """The data file's text, from the YAML sources under `wordnet`/src/yaml."""
    folder = wordnet / "src" / "yaml"
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    sense_synset: dict[str, str] = {}
    sense_word: dict[str, str] = {}
    antonyms: list[tuple[str, str]] = []
    derivations: set[tuple[str, str]] = set()
    first_noun: dict[str, str] = {}  # a word's first (most common) noun sense
    for path in sorted(folder.glob("entries-*.yaml")):
        for lemma, by_pos in yaml.load(path.read_text(encoding="utf-8"), Loader=loader).items():
            for pos, entry in by_pos.items():
                word = _single(str(lemma))
                if pos == "n" and word and entry.get("sense") and word not in first_noun:
                    first_noun[word] = entry["sense"][0]["synset"]
                for sense in entry.get("sense", ()):
                    sense_synset[sense["id"]] = sense["synset"]
                    sense_word[sense["id"]] = str(lemma)
                    antonyms.extend((sense["id"], other) for other in sense.get("antonym", ()))
                    derivations.update((sense["id"], other) for other in sense.get("derivation", ()))
    members: dict[str, list[str]] = defaultdict(list)
    labels: dict[str, str] = {}  # a synset's first member, spaces as underscores: a kind's name even when no word
    hypernyms: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name.startswith(("entries-", "frames")):
            continue
        for synset, data in yaml.load(path.read_text(encoding="utf-8"), Loader=loader).items():
            words = [w for w in (_single(m) for m in data.get("members", ())) if w]
            members[synset] = list(dict.fromkeys(words))
            if data.get("members"):
                labels[synset] = str(data["members"][0]).lower().replace(" ", "_")
            if data.get("hypernym"):
                hypernyms[synset] = list(data["hypernym"])

    lines = [HEADER.format(commit=commit)]
    lines += sorted(f"s\t{' '.join(words)}\n" for words in members.values() if len(words) > 1)
    pairs = set()
    for sense, other in antonyms:
        if sense in sense_synset and other in sense_synset:
            left, right = members[sense_synset[sense]], members[sense_synset[other]]
            if left and right:
                pairs.add(f"a\t{' '.join(left)}\t{' '.join(right)}\n")
    lines += sorted(pairs)
    words = set()
    for sense, other in derivations:
        a, b = _single(sense_word.get(sense, "")), _single(sense_word.get(other, ""))
        if a and b and a != b:
            words.add(f"d\t{min(a, b)}\t{max(a, b)}\n")
    lines += sorted(words)
    kinds = set()
    for synset, parents in hypernyms.items():
        for parent in parents:
            if members.get(synset) and parent in labels:
                parents = list(dict.fromkeys([labels[parent], *members.get(parent, ())]))
                kinds.add(f"h\t{synset[-1]}\t{' '.join(members[synset])}\t{' '.join(parents)}\n")
    lines += sorted(kinds)
    first_noun.update(_sense_orders(wordnet / "src" / "sense-orders.csv"))
    firsts = set()
    for word, synset in first_noun.items():
        parents = [labels[p] for p in hypernyms.get(synset, ()) if p in labels]
        if parents:
            firsts.add(f"f\t{word}\t{' '.join(parents)}\n")
    lines += sorted(firsts)
    people = _kinds_of(PERSON, hypernyms)
    # right after the header, so that a reader that wants only these stops reading there
    lines[1:1] = sorted(f"p\t{word}\n" for word, synset in first_noun.items() if synset in people)
    return "".join(lines)


PERSON = "00007846-n"  # person, individual, someone: a being with personhood


def _kinds_of(root: str, hypernyms: dict[str, list[str]]) -> set[str]:
    """Every synset below `root` through hypernym links, `root` among them."""
    below: dict[str, list[str]] = defaultdict(list)
    for synset, parents in hypernyms.items():
        for parent in parents:
            below[parent].append(synset)
    found, todo = {root}, [root]
    while todo:
        for child in below.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path, help="a checkout of globalwordnet/english-wordnet")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).parent.parent / "factcheck" / "data" / "wordnet.tsv.gz",
        help="where to write (gzip-compressed when the name ends in .gz)",
    )
    parser.add_argument("--commit", default="unknown", help="the commit of the checkout, for the attribution line")
    args = parser.parse_args(argv)
    if not (args.wordnet / "src" / "yaml").is_dir():
        print(f"build_wordnet: {args.wordnet} has no src/yaml folder", file=sys.stderr)
        return 2
    text = build(args.wordnet, args.commit)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    temporary = args.out.with_name(args.out.name + ".tmp")
    temporary.write_bytes(gzip.compress(data, compresslevel=9, mtime=0) if args.out.suffix == ".gz" else data)
    temporary.replace(args.out)
    print(f"wrote {args.out}: {text.count(chr(10))} lines, {len(data) / 1e6:.1f} MB of text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
