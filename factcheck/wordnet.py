"""Word relations from Open English WordNet: synonyms, antonyms, derivations and kinds, by lemma.

The data file (factcheck/data/wordnet.tsv.gz) is built by scripts/build_wordnet.py and carries its
attribution (CC BY 4.0). Words are matched by every lemma lemminflect gives them, so "acquitted" meets
"acquit" and "fell" meets "fall".
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from functools import lru_cache
from importlib import resources

from lemminflect import getAllLemmas

DATA = "data/wordnet.tsv.gz"


class WordNet:
    """The relations of the data file, held as word -> words."""

    def __init__(self, lines: list[str]) -> None:
        synonyms: dict[str, set[str]] = defaultdict(set)
        antonyms: dict[str, set[str]] = defaultdict(set)
        kinds: dict[str, set[str]] = defaultdict(set)
        instances: dict[str, set[str]] = defaultdict(set)
        first_kinds: dict[str, frozenset[str]] = {}
        for line in lines:
            kind, _, rest = line.rstrip("\n").partition("\t")
            fields = rest.split("\t")
            if kind == "s":
                words = fields[0].split()
                for word in words:
                    synonyms[word].update(words)
            elif kind == "d" and len(fields) == 2:
                synonyms[fields[0]].add(fields[1])
                synonyms[fields[1]].add(fields[0])
            elif kind == "a" and len(fields) == 2:
                left, right = fields[0].split(), fields[1].split()
                # a sense's own word against every word of the opposite synset ("approve": "disapprove",
                # "reject"), never two synonyms of either side ("clear" is not an opposite of "sentence")
                for word in right:
                    antonyms[left[0]].add(word)
                    antonyms[word].add(left[0])
                for word in left:
                    antonyms[right[0]].add(word)
                    antonyms[word].add(right[0])
            elif kind == "f" and len(fields) == 2:
                first_kinds[fields[0]] = frozenset(fields[1].split())
            elif kind == "h" and len(fields) == 3:
                parents = fields[2].split()
                for word in fields[1].split():
                    kinds[word].update(parents)
                for parent in parents:
                    instances[parent].update(fields[1].split())
        self.synonyms = {word: frozenset(found) for word, found in synonyms.items()}
        self.antonyms = {word: frozenset(found) for word, found in antonyms.items()}
        self.kinds = {word: frozenset(found) for word, found in kinds.items()}
        self.instances = {word: frozenset(found) for word, found in instances.items()}
        self.first_kinds = first_kinds
        self._alike: dict[str, frozenset[str]] = {}

    def alike(self, word: str) -> frozenset[str]:
        """Words that can say what `word` says: itself, its synonyms, derivations, kinds and kinds of it. Asked for
        every word of every draft sentence, so each word's set is built once (at most once per word of the lexicon)."""
        found = self._alike.get(word)
        if found is None:
            empty: frozenset[str] = frozenset()
            if word not in self.synonyms and word not in self.kinds and word not in self.instances:
                return frozenset({word})  # no word of the lexicon: nothing to keep
            found = frozenset(
                {word} | self.synonyms.get(word, empty) | self.kinds.get(word, empty) | self.instances.get(word, empty)
            )
            self._alike[word] = found
        return found

    def siblings(self, a: str, b: str) -> bool:
        """Two nouns whose most common senses are of one kind: "blue" and "yellow", "murder" and "manslaughter"."""
        empty: frozenset[str] = frozenset()
        return a != b and bool(self.first_kinds.get(a, empty) & self.first_kinds.get(b, empty))

    def opposites(self, word: str) -> frozenset[str]:
        return self.antonyms.get(word, frozenset())


@lru_cache(maxsize=1)
def wordnet() -> WordNet:
    """The packaged relations, read once."""
    with resources.files("factcheck").joinpath(DATA).open("rb") as handle:
        text = gzip.decompress(handle.read()).decode("utf-8")
    return WordNet([line for line in text.splitlines() if line and not line.startswith("#")])


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns whose most common sense is a kind of person ("camper", "pilot", "nurse"): the lines that open the
    file, read without the rest of it."""
    found = []
    with resources.files("factcheck").joinpath(DATA).open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("p\t"):
                found.append(line[2:].rstrip("\n"))
            elif found or not line.startswith("#"):
                break
    return frozenset(found)


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """The word lower-cased and every lemma of it: "fell" -> {"fell", "fall"}."""
    lower = word.lower().replace("\u2019", "'")
    lower = lower[:-2] if lower.endswith("'s") else lower.rstrip("'")  # "Russia's" is Russia
    found = {lower}
    for forms in getAllLemmas(lower).values():
        found.update(form.lower() for form in forms)
    return frozenset(found)
