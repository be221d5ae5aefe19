"""factcheck eval --realnews: judgement on real published articles, scored per fact.

The article texts are third-party and live outside the project. The project holds, for each story,
a manifest (`sources/real/<story>/articles.tsv`: slug, url, date, outlet, sha256 of the text) and gold
annotations (`claims/real/<story>.yaml`) that name spans by offsets and the sha1 of their text. A text
whose sha256 differs from the manifest is refused: the offsets would point at other words.

Scores are per fact: a fact annotated with many span pairs counts once, as the share of its pairs the
tool gets right, so a fact repeated by every outlet does not outweigh one stated twice.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from factcheck.align import Embedder, compatible, read_in_story
from factcheck.compare import relate
from factcheck.errors import InputError
from factcheck.evaluate import pair_prediction
from factcheck.gold import first_duplicate, read_gold_file
from factcheck.models import Claim, FieldName, Finding, Report, Source, Verdict

MANIFEST_NAME = "articles.tsv"
MANIFEST_COLUMNS = ("slug", "url", "date", "outlet", "sha256", "query")


class RealVerdict(str, Enum):
    """What an editor says about two spans: a contradiction, an agreement, or a look-alike that must not be flagged."""

    CONTRADICTION = "contradiction"
    AGREEMENT = "agreement"
    UPDATE = "update"  # a later figure of a running count
    SCOPE = "scope"  # another population or place
    FORECAST = "forecast"  # a prediction, estimate or maximum against an observation
    TIME = "time"  # readings of a changing measure at different moments


LOOKALIKES = (RealVerdict.UPDATE, RealVerdict.SCOPE, RealVerdict.FORECAST, RealVerdict.TIME)


class Article(BaseModel):
    """One row of a story's manifest."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    slug: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    url: str
    published: dt.date | None = Field(description="publication date as the page states it; None when unknown")
    outlet: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    query: str = Field(default="", description="the pages-corpus search query that returns the text")


class RealSpan(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str = Field(description="the article's slug")
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    sha1: str = Field(pattern=r"^[0-9a-f]{40}$", description="sha1 of the span's text, UTF-8")


class RealItem(BaseModel):
    """A pair of spans in two articles and what an editor says of them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    fact: str = Field(description="the fact the pair is about; pairs of one fact are scored together")
    field: FieldName
    verdict: RealVerdict
    note: str = ""
    spans: tuple[RealSpan, RealSpan]

    @model_validator(mode="after")
    def _two_articles(self) -> RealItem:
        if self.spans[0].source == self.spans[1].source:
            raise ValueError(f"gold item {self.id!r}: both spans are in {self.spans[0].source}")
        return self


class RealGold(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    story: str
    items: list[RealItem]

    @model_validator(mode="after")
    def _unique_ids(self) -> RealGold:
        duplicate = first_duplicate([item.id for item in self.items])
        if duplicate is not None:
            raise ValueError(f"duplicate gold item id {duplicate!r}")
        return self


def read_manifest(path: Path) -> list[Article]:
    """The articles of one story, as listed in its tab-separated manifest."""
    try:
        with path.open(encoding="utf-8", newline="") as stream:
            rows = list(csv.DictReader(stream, delimiter="\t"))
    except OSError as exc:
        raise InputError(f"cannot read manifest {path}: {exc.strerror or exc}") from exc
    articles = []
    for line, row in enumerate(rows, start=2):
        missing = [c for c in MANIFEST_COLUMNS[:5] if not row.get(c)]
        if missing:
            raise InputError(f"{path} line {line}: no {missing[0]}")
        stamp = row["date"].strip()
        try:
            published = None if stamp == "unknown" else dt.date.fromisoformat(stamp)
            articles.append(
                Article(
                    slug=row["slug"],
                    url=row["url"],
                    published=published,
                    outlet=row["outlet"],
                    sha256=row["sha256"],
                    query=row.get("query") or "",
                )
            )
        except ValueError as exc:
            raise InputError(f"{path} line {line}: {str(exc).splitlines()[0]}") from exc
    if len({a.slug for a in articles}) != len(articles):
        raise InputError(f"{path} lists a slug twice")
    return articles


def load_real_gold(path: Path) -> RealGold:
    return read_gold_file(path, RealGold)


class RealStory(BaseModel):
    """A story of the development set: its manifest, its gold and where its texts are."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    articles: list[Article]
    gold: RealGold
    texts: Path

    def text_path(self, article: Article) -> Path:
        return self.texts / self.name / f"{article.slug}.txt"

    def missing_texts(self) -> list[str]:
        return [a.slug for a in self.articles if not self.text_path(a).is_file()]


def discover_real_stories(sources_dir: Path, claims_dir: Path, texts: Path) -> list[RealStory]:
    """Every claims_dir/<story>.yaml with its sources_dir/<story>/articles.tsv."""
    stories = []
    for gold_path in sorted(claims_dir.glob("*.yaml")):
        manifest = sources_dir / gold_path.stem / MANIFEST_NAME
        if not manifest.is_file():
            raise InputError(f"{gold_path} has no manifest {manifest}")
        gold = load_real_gold(gold_path)
        articles = read_manifest(manifest)
        slugs = {a.slug for a in articles}
        for item in gold.items:
            for span in item.spans:
                if span.source not in slugs:
                    raise InputError(f"gold item {item.id!r} names {span.source}, which {manifest} does not list")
        stories.append(RealStory(name=gold_path.stem, articles=articles, gold=gold, texts=texts))
    if not stories:
        raise InputError(f"no gold files (*.yaml) in {claims_dir}")
    return stories


def read_story_sources(story: RealStory) -> list[Source]:
    """Each article's text as saved, checked against the manifest, with its url and outlet as a saved page has them."""
    from factcheck.ingest import source_from_bytes

    sources = []
    for article in story.articles:
        path = story.text_path(article)
        raw = path.read_bytes()
        digest = hashlib.sha256(raw).hexdigest()
        if digest != article.sha256:
            raise InputError(f"{path} has sha256 {digest[:12]}…, not the manifest's {article.sha256[:12]}…")
        sources.append(source_from_bytes(raw, _shown(story, article), url=article.url, outlet=article.outlet))
    return sources


def _shown(story: RealStory, article: Article) -> str:
    return f"{story.name}/{article.slug}.txt"


class RealItemResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    fact: str
    field: FieldName
    gold: RealVerdict
    predicted: str  # contradiction, update, agreement, not_comparable or unlinked
    finding: str | None = None

    @property
    def flagged(self) -> bool:
        return self.predicted == Verdict.CONTRADICTION.value


class KindScore(BaseModel):
    """Per-fact scores for one gold verdict: contradictions found, or look-alikes and agreements flagged."""

    model_config = ConfigDict(frozen=True)

    kind: RealVerdict
    facts: int
    pairs: int
    rate: float | None = Field(description="contradictions: recall; agreement: accuracy; look-alikes: share flagged")
    flagged: float | None = Field(default=None, description="share of facts' pairs reported as contradictions")


class RealStoryResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    story: str
    articles: int
    missing: list[str] = Field(default_factory=list, description="slugs whose texts are not in the texts folder")
    dates_found: int = 0  # articles whose publication date factcheck found
    dates_right: int = 0  # of those, equal to the manifest's
    dates_known: int = 0  # articles whose manifest gives a date
    items: list[RealItemResult] = Field(default_factory=list)
    unexplained: list[str] = Field(default_factory=list, description="contradiction findings no gold pair explains")

    @property
    def scored(self) -> bool:
        return not self.missing

    def kind(self, kind: RealVerdict) -> KindScore:
        facts = _facts(self.items, {kind})
        if kind is RealVerdict.CONTRADICTION:
            rate = _mean([_share(pairs, lambda r: r.flagged) for pairs in facts.values()])
            return KindScore(kind=kind, facts=len(facts), pairs=_pairs(facts), rate=rate, flagged=rate)
        flagged = _mean([_share(pairs, lambda r: r.flagged) for pairs in facts.values()])
        if kind is RealVerdict.AGREEMENT:
            right = _mean([_share(pairs, lambda r: r.predicted == "agreement") for pairs in facts.values()])
        elif kind is RealVerdict.UPDATE:
            right = _mean([_share(pairs, lambda r: r.predicted == "update") for pairs in facts.values()])
        else:
            right = _mean([_share(pairs, lambda r: not r.flagged) for pairs in facts.values()])
        return KindScore(kind=kind, facts=len(facts), pairs=_pairs(facts), rate=right, flagged=flagged)

    @property
    def recall(self) -> float | None:
        return self.kind(RealVerdict.CONTRADICTION).rate

    @property
    def false_rate(self) -> float | None:
        """Share of agreement and look-alike facts' pairs reported as contradictions, per fact."""
        facts = _facts(self.items, {RealVerdict.AGREEMENT, *LOOKALIKES})
        return _mean([_share(pairs, lambda r: r.flagged) for pairs in facts.values()])

    def as_dict(self) -> dict[str, object]:
        if not self.scored:
            return {"story": self.story, "articles": self.articles, "status": "texts missing", "missing": self.missing}
        return {
            "story": self.story,
            "articles": self.articles,
            "status": "scored",
            "recall": _round(self.recall),
            "false_contradiction_rate": _round(self.false_rate),
            "kinds": {
                k.value: self.kind(k).model_dump(mode="json", exclude={"kind"})
                | {"rate": _round(self.kind(k).rate), "flagged": _round(self.kind(k).flagged)}
                for k in RealVerdict
            },
            "dates": {"known": self.dates_known, "found": self.dates_found, "right": self.dates_right},
            "unexplained_contradictions": self.unexplained,
            "items": [i.model_dump(mode="json") for i in self.items],
        }


def _facts(items: Sequence[RealItemResult], kinds: set[RealVerdict]) -> dict[tuple[str, str], list[RealItemResult]]:
    facts: dict[tuple[str, str], list[RealItemResult]] = {}
    for item in items:
        if item.gold in kinds:
            facts.setdefault((item.fact, item.gold.value), []).append(item)
    return facts


def _pairs(facts: dict[tuple[str, str], list[RealItemResult]]) -> int:
    return sum(len(p) for p in facts.values())


def _share(pairs: Sequence[RealItemResult], test: Callable[[RealItemResult], bool]) -> float:
    """The share of a fact's pairs that pass `test`."""
    return sum(1 for p in pairs if test(p)) / len(pairs)


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def evaluate_real_story(story: RealStory, *, embedder: Embedder) -> RealStoryResult:
    """Compare the story's articles and score the report against its gold, per fact."""
    from factcheck.pipeline import compare_sources

    missing = story.missing_texts()
    if missing:
        return RealStoryResult(story=story.name, articles=len(story.articles), missing=missing)
    sources = read_story_sources(story)
    report = compare_sources(sources, embedder=embedder)
    return score_real(report, story, sources)


def score_real(report: Report, story: RealStory, sources: Sequence[Source]) -> RealStoryResult:
    texts = {s.path: s.text for s in sources}
    paths = {a.slug: _shown(story, a) for a in story.articles}
    items = [_judge(item, report.findings, paths, texts) for item in story.gold.items]
    explained = {r.finding for r in items if r.gold is RealVerdict.CONTRADICTION and r.flagged}
    unexplained = [
        f"{f.field.value}: {f.reason}"
        for f in report.findings
        if f.verdict is Verdict.CONTRADICTION and f.id not in explained
    ]
    # the dates the report was made with: a dateline without a year is dated by its story
    published = {s.path: s.published for s in sources} | {s.path: s.published for s in report.sources}
    dated = [(a, published[paths[a.slug]]) for a in story.articles]
    return RealStoryResult(
        story=story.name,
        articles=len(story.articles),
        dates_known=sum(1 for a, _ in dated if a.published is not None),
        dates_found=sum(1 for _, day in dated if day is not None),
        dates_right=sum(1 for a, day in dated if a.published is not None and day == a.published),
        items=items,
        unexplained=unexplained,
    )


def _judge(item: RealItem, findings: Sequence[Finding], paths: dict[str, str], texts: dict[str, str]) -> RealItemResult:
    spans = []
    for span in item.spans:
        path = paths[span.source]
        words = texts[path][span.start : span.end]
        if hashlib.sha1(words.encode("utf-8")).hexdigest() != span.sha1:
            raise InputError(
                f"gold item {item.id!r}: the text at {path}:{span.start}-{span.end} is not the annotated one"
            )
        spans.append((path, span.start, span.end))
    predicted, finding = pair_prediction(findings, spans[0], spans[1])
    return RealItemResult(
        id=item.id, fact=item.fact, field=item.field, gold=item.verdict, predicted=predicted, finding=finding
    )


def combine_real(results: Sequence[RealStoryResult]) -> RealStoryResult:
    """The scored stories as one: facts pooled (fact ids are prefixed by story)."""
    scored = [r for r in results if r.scored]
    items = [i.model_copy(update={"fact": f"{r.story}/{i.fact}"}) for r in scored for i in r.items]
    return RealStoryResult(
        story="all",
        articles=sum(r.articles for r in scored),
        dates_known=sum(r.dates_known for r in scored),
        dates_found=sum(r.dates_found for r in scored),
        dates_right=sum(r.dates_right for r in scored),
        items=items,
        unexplained=[u for r in scored for u in r.unexplained],
    )


def render_real_table(results: Sequence[RealStoryResult]) -> str:
    """One row per story and one for all: recall, false-contradiction rate, and each look-alike kind."""
    head = (
        f"{'story':<18}{'arts':>5}{'facts':>7}{'recall':>8}{'false':>7}{'agree':>7}"
        f"{'update':>8}{'scope':>7}{'fcast':>7}{'time':>7}{'extra':>7}{'dates':>8}"
    )
    lines = [head]
    for r in results:
        if not r.scored:
            lines.append(f"{r.story:<18}{r.articles:>5}  texts missing ({len(r.missing)} of {r.articles})")
            continue
        facts = len({(i.fact, i.gold) for i in r.items})
        kinds = [r.kind(k).flagged for k in (RealVerdict.AGREEMENT, *LOOKALIKES)]
        lines.append(
            f"{r.story:<18}{r.articles:>5}{facts:>7}{_pct(r.recall):>8}{_pct(r.false_rate):>7}"
            + "".join(f"{_pct(v):>{w}}" for v, w in zip(kinds, (7, 8, 7, 7, 7), strict=True))
            + f"{len(r.unexplained):>7}{f'{r.dates_right}/{r.dates_known}':>8}"
        )
    lines.append("")
    lines.append(
        "recall: share of contradiction facts reported as contradictions; false: share of agreement and look-alike "
        "facts reported as contradictions; agree..time: that share for each kind; extra: contradiction findings no "
        "gold pair explains; dates: publication dates found right of those the manifest gives. All per fact."
    )
    counts = _count_table(results)
    return "\n".join(lines) + "\n\n" + counts


def _count_table(results: Sequence[RealStoryResult]) -> str:
    lines = [f"{'story':<18}" + "".join(f"{k.value:>15}" for k in RealVerdict)]
    for r in results:
        if r.scored:
            cells = [r.kind(k) for k in RealVerdict]
            lines.append(f"{r.story:<18}" + "".join(f"{f'{c.facts} / {c.pairs}':>15}" for c in cells))
    lines.append("facts / span pairs of each gold verdict")
    return "\n".join(lines) + "\n"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def real_results_document(results: Sequence[RealStoryResult]) -> dict[str, object]:
    return {"stories": [r.as_dict() for r in results]}


def evaluate_realnews(
    sources_dir: Path, claims_dir: Path, texts: Path, *, model: str | None = None, embedder: Embedder | None = None
) -> list[RealStoryResult]:
    """Every story of the set, then all scored stories together; stories without their texts are listed, unscored."""
    from factcheck.align import SentenceEmbedder

    if not texts.is_dir():
        raise InputError(f"{texts} is not a folder of article texts")
    stories = discover_real_stories(sources_dir, claims_dir, texts)
    embedder = embedder or SentenceEmbedder(model)  # loads the model only when a story is scored
    results = [evaluate_real_story(story, embedder=embedder) for story in stories]
    if sum(r.scored for r in results) > 1:
        results.append(combine_real(results))
    return results


# What compare should say of a pair of each gold verdict: a look-alike is right whatever it is called but a
# contradiction.
_EXPECTED = {
    RealVerdict.CONTRADICTION: Verdict.CONTRADICTION.value,
    RealVerdict.AGREEMENT: Verdict.AGREEMENT.value,
    RealVerdict.UPDATE: Verdict.UPDATE.value,
}


def judged_right(result: RealItemResult) -> bool:
    """Whether the report says of a gold pair what its verdict asks: a contradiction flagged, an agreement or an
    update found as such, a scope, forecast or time look-alike not flagged."""
    expected = _EXPECTED.get(result.gold)
    return result.predicted == expected if expected is not None else not result.flagged


class PairReading(BaseModel):
    """How compare relates one claim at each span of a gold pair, had alignment put them in one group."""

    model_config = ConfigDict(frozen=True)

    left: str
    right: str
    compatible: bool = Field(description="whether alignment may group them at all")
    relation: str
    reason: str


class ItemExplanation(BaseModel):
    """A gold pair, what the report says of it and why: the finding's reason, and the claims at its spans."""

    model_config = ConfigDict(frozen=True)

    result: RealItemResult
    spans: tuple[str, str] = Field(description="the annotated words of each side")
    reason: str | None = Field(default=None, description="the reason of the finding that decided the prediction")
    readings: list[PairReading] = Field(default_factory=list, description="claims of one field, one at each span")


def explain_real_story(story: RealStory, *, embedder: Embedder, every: bool = False) -> list[ItemExplanation]:
    """The gold pairs of a story the report gets wrong (`every`: all of them), each with what decided it."""
    from factcheck.extract import date_by_reports
    from factcheck.extract.zones import with_countries
    from factcheck.pipeline import claims_of, compare_claims, dated_in_order

    missing = story.missing_texts()
    if missing:
        raise InputError(f"{story.name}: {len(missing)} of its texts are not in {story.texts}")
    sources = read_story_sources(story)
    ordered = dated_in_order(sources)
    extracted = claims_of(ordered)
    report = compare_claims(ordered, extracted, embedder=embedder)
    result = score_real(report, story, sources)
    claims = read_in_story(extracted)  # as alignment reads them
    by_path = {s.path: s for s in with_countries(date_by_reports(ordered, extracted))}  # as compare reads them
    paths = {a.slug: _shown(story, a) for a in story.articles}
    reasons = {f.id: f.reason for f in report.findings}
    gold = {item.id: item for item in story.gold.items}
    explained = []
    for judged in result.items:
        if judged_right(judged) and not every:
            continue
        left, right = ((paths[s.source], s.start, s.end) for s in gold[judged.id].spans)
        readings = [
            _reading(a, b, by_path)
            for a in _claims_over(claims, *left)
            for b in _claims_over(claims, *right)
            if a.field is b.field and a.field is not FieldName.NEGATION
        ]
        words = tuple(by_path[path].text[start:end] for path, start, end in (left, right))
        explained.append(
            ItemExplanation(
                result=judged,
                spans=(words[0], words[1]),
                reason=reasons.get(judged.finding or ""),
                readings=readings,
            )
        )
    return explained


def _claims_over(claims: Sequence[Claim], path: str, start: int, end: int) -> list[Claim]:
    return [c for c in claims if c.source == path and c.span.start < end and start < c.span.end]


def _reading(a: Claim, b: Claim, sources: dict[str, Source]) -> PairReading:
    verdict = relate(a, b, sources)
    return PairReading(
        left=a.value, right=b.value, compatible=compatible(a, b), relation=verdict.relation.value, reason=verdict.reason
    )
