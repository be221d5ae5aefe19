"""factcheck eval: precision and recall of contradictions against gold annotations.

A finding matches a gold item when it holds claims whose spans overlap both gold spans; the pair
then counts as a contradiction when the finding lists it among its conflicts, as an agreement when
both claims fall in the same value cluster, and as not comparable otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from factcheck.align import Embedder
from factcheck.errors import InputError
from factcheck.gold import GoldItem, GoldStory, GoldVerdict, load_gold, locate
from factcheck.models import FieldName, Finding, Report, Verdict
from factcheck.pipeline import compare_sources, load_sources

UNLINKED = "unlinked"
ACCOUNT_SUFFIXES = frozenset({".md", ".txt", ".html", ".htm"})


class ItemResult(BaseModel):
    """What the tool said about one gold pair."""

    model_config = ConfigDict(frozen=True)

    id: str
    field: FieldName
    gold: GoldVerdict
    predicted: str  # contradiction, update, agreement, not_comparable or unlinked
    finding: str | None = None

    @property
    def correct(self) -> bool:
        if self.gold is GoldVerdict.CONTRADICTION:
            return self.predicted == "contradiction"
        if self.gold is GoldVerdict.AGREEMENT:
            return self.predicted == "agreement"
        return self.predicted != "contradiction"


class FieldScore(BaseModel):
    """Scores for one field, or for all fields together (field None)."""

    model_config = ConfigDict(frozen=True)

    field: FieldName | None
    gold_contradictions: int = 0
    found: int = 0  # gold contradictions reported as contradictions
    predicted: int = 0  # contradiction findings of this field
    predicted_correct: int = 0  # of those, ones that match a gold contradiction
    gold_agreements: int = 0
    agreements_found: int = 0
    lookalikes: int = 0
    false_contradictions: int = 0  # gold agreements and look-alikes reported as contradictions

    @property
    def precision(self) -> float | None:
        return self.predicted_correct / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.found / self.gold_contradictions if self.gold_contradictions else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    @property
    def agreement_accuracy(self) -> float | None:
        return self.agreements_found / self.gold_agreements if self.gold_agreements else None

    def as_dict(self) -> dict[str, object]:
        data = self.model_dump(mode="json")
        for name in ("precision", "recall", "f1", "agreement_accuracy"):
            value = getattr(self, name)
            data[name] = None if value is None else round(value, 4)
        return data


class StoryResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    story: str
    items: list[ItemResult]
    fields: list[FieldScore]
    overall: FieldScore
    unmatched_contradictions: list[str]  # reasons of contradiction findings no gold item explains


def evaluate_story(story_dir: Path, gold: GoldStory, *, embedder: Embedder) -> StoryResult:
    """Run compare on every account in `story_dir` (.md, .txt, or saved .html pages) and score it against `gold`."""
    paths = sorted(p for p in story_dir.iterdir() if p.suffix.lower() in ACCOUNT_SUFFIXES and p.is_file())
    if len(paths) < 2:
        raise InputError(f"{story_dir} holds fewer than two accounts (.md, .txt, .html)")
    report = compare_sources(load_sources(paths), embedder=embedder)
    return score(report, gold, story_dir)


def score(report: Report, gold: GoldStory, story_dir: Path) -> StoryResult:
    """Score a report against gold items whose spans lie in the accounts of `story_dir`.

    A gold span names its account's file; a saved page of the same name but for its extension stands in for it
    (`kessel-courier.md` -> `kessel-courier.html`), and the span is found in the text read from the page.
    """
    names = {Path(s.path).name: s.path for s in report.sources}
    names |= {Path(s.path).stem: s.path for s in report.sources}
    items = [_judge(item, report.findings, names, story_dir, report.texts) for item in gold.items]
    gold_conflict_findings = {r.finding for r in items if r.gold is GoldVerdict.CONTRADICTION and r.correct}
    fields = [_field_score(f, items, report.findings, gold_conflict_findings) for f in FieldName]
    overall = _field_score(None, items, report.findings, gold_conflict_findings)
    unmatched = [
        f"{f.field.value}: {f.reason}"
        for f in report.findings
        if f.verdict is Verdict.CONTRADICTION and f.id not in gold_conflict_findings
    ]
    return StoryResult(
        story=gold.story,
        items=items,
        fields=[f for f in fields if _has_data(f)],
        overall=overall,
        unmatched_contradictions=unmatched,
    )


def _has_data(score: FieldScore) -> bool:
    return bool(score.gold_contradictions or score.predicted or score.gold_agreements or score.lookalikes)


def _judge(
    item: GoldItem, findings: Sequence[Finding], names: dict[str, str], story_dir: Path, texts: dict[str, str]
) -> ItemResult:
    spans = []
    for span in item.spans:
        path = names.get(span.source) or names.get(Path(span.source).stem)
        if path is None:
            raise InputError(f"gold item {item.id!r} names {span.source}, which is not in {story_dir}")
        spans.append((path, *locate(story_dir, span, texts.get(path))))
    predicted, finding = pair_prediction(findings, spans[0], spans[1])
    return ItemResult(id=item.id, field=item.field, gold=item.verdict, predicted=predicted, finding=finding)


def pair_prediction(
    findings: Sequence[Finding], left: tuple[str, int, int], right: tuple[str, int, int]
) -> tuple[str, str | None]:
    """The gravest thing any finding says about claims over two spans (source, start, end), and which finding."""
    best: tuple[int, str, str | None] = (0, UNLINKED, None)
    rank = {"contradiction": 4, "update": 3, "agreement": 2, "not_comparable": 1}
    for finding in findings:
        if finding.verdict is Verdict.UNIQUE:
            continue
        for i in _claims_at(finding, *left):
            for j in _claims_at(finding, *right):
                predicted = _pair_verdict(finding, i, j)
                if rank[predicted] > best[0]:
                    best = (rank[predicted], predicted, finding.id)
    return best[1], best[2]


def _claims_at(finding: Finding, source: str, start: int, end: int) -> list[int]:
    return [k for k, c in enumerate(finding.claims) if c.source == source and c.start < end and start < c.end]


def _pair_verdict(finding: Finding, i: int, j: int) -> str:
    if (min(i, j), max(i, j)) in finding.conflicts:
        return "contradiction"
    if (i, j) in finding.updates or (j, i) in finding.updates:
        return "update"
    if finding.claims[i].cluster == finding.claims[j].cluster:
        return "agreement"
    return "not_comparable"


def _field_score(
    field: FieldName | None, items: list[ItemResult], findings: Sequence[Finding], correct_findings: set[str | None]
) -> FieldScore:
    mine = [r for r in items if field is None or r.field is field]
    predicted = [f for f in findings if f.verdict is Verdict.CONTRADICTION and (field is None or f.field is field)]
    return FieldScore(
        field=field,
        gold_contradictions=sum(r.gold is GoldVerdict.CONTRADICTION for r in mine),
        found=sum(r.gold is GoldVerdict.CONTRADICTION and r.correct for r in mine),
        predicted=len(predicted),
        predicted_correct=sum(f.id in correct_findings for f in predicted),
        gold_agreements=sum(r.gold is GoldVerdict.AGREEMENT for r in mine),
        agreements_found=sum(r.gold is GoldVerdict.AGREEMENT and r.correct for r in mine),
        lookalikes=sum(r.gold is GoldVerdict.LOOKALIKE for r in mine),
        false_contradictions=sum(
            r.gold is not GoldVerdict.CONTRADICTION and r.predicted == "contradiction" for r in mine
        ),
    )


def combine(results: Sequence[StoryResult]) -> StoryResult:
    """All stories as one: items pooled, scores summed."""
    items = [item for result in results for item in result.items]

    def total(field: FieldName | None) -> FieldScore:
        scores = [s for r in results for s in ([r.overall] if field is None else r.fields) if s.field is field]
        summed = {name: sum(getattr(s, name) for s in scores) for name in FieldScore.model_fields if name != "field"}
        return FieldScore(field=field, **summed)

    fields = [total(f) for f in FieldName]
    return StoryResult(
        story="all",
        items=items,
        fields=[f for f in fields if _has_data(f)],
        overall=total(None),
        unmatched_contradictions=[u for r in results for u in r.unmatched_contradictions],
    )


def discover_stories(sources_dir: Path, claims_dir: Path) -> list[tuple[Path, GoldStory]]:
    """Every claims/<story>.yaml with its sources/<story>/ folder."""
    found = []
    for gold_path in sorted(claims_dir.glob("*.yaml")):
        story_dir = sources_dir / gold_path.stem
        if not story_dir.is_dir():
            raise InputError(f"{gold_path} has no story folder {story_dir}")
        found.append((story_dir, load_gold(gold_path)))
    if not found:
        raise InputError(f"no gold files (*.yaml) in {claims_dir}")
    return found


def render_table(results: Sequence[StoryResult]) -> str:
    """Per-field scores of every story, then of all stories together."""
    lines: list[str] = []
    for result in results:
        lines.append(f"story: {result.story}")
        lines.append(
            f"  {'field':<12}{'gold':>6}{'found':>7}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}"
            f"{'agree':>8}{'acc':>7}{'look':>6}{'false':>7}"
        )
        for row in [*result.fields, result.overall]:
            name = row.field.value if row.field else "overall"
            lines.append(
                f"  {name:<12}{row.gold_contradictions:>6}{row.found:>7}{row.predicted:>6}{_pct(row.precision):>7}"
                f"{_pct(row.recall):>7}{_pct(row.f1):>7}{row.gold_agreements:>8}{_pct(row.agreement_accuracy):>7}"
                f"{row.lookalikes:>6}{row.false_contradictions:>7}"
            )
        lines.append("")
    lines.append(
        "gold: gold contradictions; found: of those reported; pred: contradiction findings; "
        "agree/acc: gold agreements and accuracy on them; look: look-alikes; "
        "false: gold agreements and look-alikes reported as contradictions"
    )
    return "\n".join(lines) + "\n"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def results_document(results: Sequence[StoryResult]) -> dict[str, object]:
    return {
        "stories": [
            {
                "story": r.story,
                "fields": [f.as_dict() for f in r.fields],
                "overall": r.overall.as_dict(),
                "items": [i.model_dump(mode="json") | {"correct": i.correct} for i in r.items],
                "unmatched_contradictions": r.unmatched_contradictions,
            }
            for r in results
        ]
    }
