"""Articles on one story for the benchmarks, generated deterministically from the example accounts in sources/.

Each article starts from one account of the story and borrows paragraphs from the others until it has about
`sentences` sentences, the way outlets rewrite wire copy: other word choices, connectives in front of
some sentences, and now and then a figure off by one or two (so the story has contradictions to find). The same
seed gives the same articles; nothing generated is committed.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

SOURCES = Path(__file__).resolve().parent.parent / "sources"
STORY = "rutte-washington"

# Word choices that differ between outlets and that no extractor keys on.
HOUSE_STYLES = {
    "overnight": "during the night",
    "heavy": "major",
    "recent": "latest",
    "reporters": "journalists",
    "officials": "authorities",
    "quickly": "rapidly",
    "main": "primary",
    "continue": "keep",
    "position": "stance",
    "governments": "capitals",
    "idea": "proposal",
    "enormous": "huge",
    "residents": "locals",
    "damaged": "hit",
    "building": "block",
    "across": "throughout",
    "also": "additionally",
    "after": "following",
    "war": "conflict",
    "chief": "head",
    "own": "very own",
    "plant": "facility",
    "grid": "network",
    "end": "finish",
    "stop": "halt",
    "rather": "sooner",
    "without": "lacking",
    "between": "among",
    "could": "might",
    "before": "ahead of",
    "now": "at this point",
    "european": "EU",
    "energy": "power",
    "home": "house",
    "british": "UK",
    "made": "produced",
    "only": "sole",
    "as": "while",
    "which": "that",
    "who": "that",
    "get": "have",
    "can": "is able to",
    "would": "will",
    "much": "far",
    "said": "stated",
    "says": "notes",
    "told": "informed",
    "the president": "the U.S. president",
    "hit": "struck",
    "attack": "assault",
    "several": "a number of",
    "largest": "biggest",
    "warned": "cautioned",
}
_HOUSE_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, HOUSE_STYLES), key=len, reverse=True)) + r")\b",
    re.I,
)
CONNECTIVES = (
    "Meanwhile, ",
    "Separately, ",
    "Elsewhere, ",
    "At the same time, ",
    "In addition, ",
    "Notably, ",
    "As it stands, ",
    "For now, ",
    "By all accounts, ",
    "In Washington's telling, ",
)
_LABEL = re.compile(r"[A-Z][A-Z .,'()-]+:")  # a transcript's speaker label
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[A-Z\"“])")
_FIGURE = re.compile(r"(?<![\d.:,])\b([1-9]\d{0,2})\b(?![\d.:,]| ?(?:a\.m|p\.m|GMT|percent|%))")


@dataclass(frozen=True)
class Account:
    outlet: str
    date: str
    time: str
    paragraphs: tuple[str, ...]


def read_accounts(story: Path) -> list[Account]:
    """The accounts of a story folder: front matter (outlet, date, time) and body paragraphs."""
    accounts = []
    for path in sorted(story.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        header, body = text.split("\n---\n", 1) if text.startswith("---\n") else ("", text)
        fields = dict(line.split(": ", 1) for line in header.splitlines()[1:] if ": " in line)
        paragraphs = tuple(p.strip() for p in body.split("\n\n") if p.strip())
        date = fields.get("date", "2025-10-22")
        accounts.append(Account(fields.get("outlet", path.stem), date, fields.get("time", '"09:00"'), paragraphs))
    return accounts


def sentences_in(paragraph: str) -> list[str]:
    return _SENTENCE_END.split(paragraph)


def generate_story(count: int, *, story: str = STORY, seed: int = 7, sentences: int = 50) -> list[tuple[str, str]]:
    """`count` articles on one story, as (file name, text), each of about `sentences` sentences."""
    accounts = read_accounts(SOURCES / story)
    return [
        (f"article-{number:02d}.md", _article(number, accounts, random.Random(f"{seed}:{number}"), sentences))
        for number in range(count)
    ]


def write_story(folder: Path, count: int, **options: object) -> list[Path]:
    """Write `count` generated articles into `folder`; their paths, in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate_story(count, **options):  # type: ignore[arg-type]
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _article(number: int, accounts: list[Account], rng: random.Random, target: int) -> str:
    base = accounts[number % len(accounts)]
    borrowed = [p for a in accounts if a is not base for p in a.paragraphs[1:]]
    rng.shuffle(borrowed)
    paragraphs = list(base.paragraphs)
    while sum(len(sentences_in(p)) for p in paragraphs) < target and borrowed:
        paragraphs.insert(rng.randint(1, len(paragraphs)), borrowed.pop())
    names = _names(accounts)
    body = "\n\n".join(_rewrite(p, rng, names) for p in paragraphs)
    minutes = 6 * 60 + 17 * number  # later articles are later reports of the same day
    header = f'outlet: Outlet {number:02d}\ndate: {base.date}\ntime: "{minutes // 60 % 24:02d}:{minutes % 60:02d}"\n'
    return f"---\n{header}title: {base.outlet} rewritten\n---\n\n{body}\n"


def _rewrite(paragraph: str, rng: random.Random, names: frozenset[str]) -> str:
    out = []
    for sentence in sentences_in(paragraph):
        sentence = _HOUSE_WORD.sub(lambda m: _restyled(m.group(0), rng), sentence)
        if rng.random() < 0.3:
            sentence = re.sub(r" (was|had|has|is) ", r" \1 reportedly ", sentence, count=1)
        first = sentence.split(" ", 1)[0]
        if first[:1].isalpha() and not first.isupper() and not _LABEL.match(sentence) and rng.random() < 0.6:
            opener = first if first.strip(",'’s") in names else first[0].lower() + first[1:]
            sentence = rng.choice(CONNECTIVES) + opener + sentence[len(first) :]
        if rng.random() < 0.08:
            sentence = _FIGURE.sub(lambda m: _misreported(int(m.group(1)), rng), sentence, count=1)
        out.append(sentence)
    return " ".join(out)


def _restyled(word: str, rng: random.Random) -> str:
    """Half the time, the other outlet's word for `word`, in the same case."""
    if rng.random() < 0.5:
        return word
    other = HOUSE_STYLES[word.lower()] if word.lower() in HOUSE_STYLES else HOUSE_STYLES[word]
    return other[0].upper() + other[1:] if word[0].isupper() else other


def _names(accounts: list[Account]) -> frozenset[str]:
    """Words capitalised after a lower-case word somewhere: names, which keep their capital after a connective."""
    text = " ".join(p for a in accounts for p in a.paragraphs)
    return frozenset(m.group(1) for m in re.finditer(r"\b[a-z]+ ([A-Z][\w-]*)", text))


def _misreported(figure: int, rng: random.Random) -> str:
    return str(max(1, figure + rng.choice((-2, -1, 1, 2))))


# Invented names for the credits of a live blog: none of them a real person or place.
_GIVEN = (
    "Ana",
    "Mari",
    "Tomas",
    "Lena",
    "Ivo",
    "Sela",
    "Dario",
    "Nika",
    "Oren",
    "Talia",
    "Emil",
    "Rhea",
    "Kasper",
    "Mila",
    "Aron",
    "Ines",
    "Viktor",
    "Zora",
    "Pavel",
    "Leda",
)
_SYLLABLES = (
    "bren",
    "dal",
    "vor",
    "kest",
    "mar",
    "tov",
    "hal",
    "rin",
    "sed",
    "lun",
    "gar",
    "pell",
    "wyn",
    "cor",
    "fen",
    "ast",
    "mor",
    "quil",
    "trav",
    "ell",
)
_PLACE_ENDS = ("holm", "ford", "by", "ton", "vik", "stad", "mere", "wick")
_BODIES = ("fire service", "police", "emergency management office", "regional council", "coast guard", "health board")


def live_blog(size: int, *, seed: int = 7) -> str:
    """A live blog of about `size` bytes whose every sentence is distinct, as in a long real source: entries of three
    to five sentences drawn from all the example stories, reworded as the articles are, their figures moved, and,
    where that still repeats a sentence, credited to an invented official of an invented place."""
    rng = random.Random(f"live:{seed}")
    stories = [read_accounts(p) for p in sorted(SOURCES.iterdir()) if p.is_dir() and p.name != "real"]
    pool = [s for accounts in stories for a in accounts for p in a.paragraphs[1:] for s in sentences_in(p)]
    names = frozenset().union(*(_names(accounts) for accounts in stories))
    seen: set[str] = set()
    entries: list[str] = []
    total = 0
    while total < size:
        entry = []
        for _ in range(rng.randint(3, 5)):
            sentence = _rewrite(rng.choice(pool), rng, names)
            sentence = _FIGURE.sub(lambda m: str(max(1, int(m.group(1)) + rng.randint(-3, 3))), sentence)
            while sentence in seen:
                sentence = _credited(sentence, rng)
            seen.add(sentence)
            entry.append(sentence)
        entries.append(" ".join(entry))
        total += len(entries[-1].encode("utf-8")) + 2
    return "---\noutlet: Live Desk\ndate: 2025-10-22\n---\n\n" + "\n\n".join(entries) + "\n"


def _credited(sentence: str, rng: random.Random) -> str:
    """The sentence, credited to an invented official: "..., said Mari Tovhal of the Brenholm fire service."""
    family = "".join(rng.choice(_SYLLABLES) for _ in range(2)).capitalize()
    place = rng.choice(_SYLLABLES).capitalize() + rng.choice(_PLACE_ENDS)
    end = sentence[-1] if sentence[-1:] in ".!?" else ""
    return (
        f"{sentence.rstrip('.!?')}, said {rng.choice(_GIVEN)} {family} of the {place} {rng.choice(_BODIES)}{end or '.'}"
    )
