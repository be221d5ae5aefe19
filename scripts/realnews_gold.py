#!/usr/bin/env python3
"""Turn a draft real-news annotation (spans as quoted text) into committed gold (offsets and hashes).

The draft lives beside the article texts, outside the project, because it quotes them. The gold it
becomes names each span by file, character offsets and the sha1 of the span's text, so the project
holds no third-party text:

    python3 scripts/realnews_gold.py DRAFT.yaml TEXTS_DIR/STORY > claims/real/STORY.yaml

A draft item:

    - id: toll-sat-a-b
      fact: myanmar-deaths-saturday
      field: quantity
      verdict: contradiction        # or agreement, update, scope, forecast, time
      note: our own words, no quotation of the articles
      spans:
        - {source: slug-a, text: "1,644 people"}
        - {source: slug-b, text: "1,002 people", occurrence: 2}
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import yaml

VERDICTS = {"contradiction", "agreement", "update", "scope", "forecast", "time"}
FIELDS = {"quantity", "date", "time", "attribution", "quote", "outcome", "negation"}


def locate(text: str, needle: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start < 0:
            return -1
    return start


def convert(draft_path: Path, texts_dir: Path) -> dict[str, object]:
    draft = yaml.safe_load(draft_path.read_text(encoding="utf-8"))
    errors: list[str] = []
    items = []
    seen: set[str] = set()
    for item in draft["items"]:
        ident = item["id"]
        if ident in seen:
            errors.append(f"{ident}: duplicate id")
        seen.add(ident)
        if item["verdict"] not in VERDICTS:
            errors.append(f"{ident}: verdict {item['verdict']!r} is not one of {sorted(VERDICTS)}")
        if item["field"] not in FIELDS:
            errors.append(f"{ident}: field {item['field']!r} is not one of {sorted(FIELDS)}")
        spans = []
        for span in item["spans"]:
            path = texts_dir / f"{span['source']}.txt"
            if not path.is_file():
                errors.append(f"{ident}: no text {path}")
                continue
            text = path.read_text(encoding="utf-8")
            start = locate(text, span["text"], int(span.get("occurrence", 1)))
            if start < 0:
                errors.append(f"{ident}: {span['text']!r} not in {path.name}")
                continue
            end = start + len(span["text"])
            spans.append(
                {
                    "source": span["source"],
                    "start": start,
                    "end": end,
                    "sha1": hashlib.sha1(text[start:end].encode("utf-8")).hexdigest(),
                }
            )
        if len(item["spans"]) != 2 or item["spans"][0]["source"] == item["spans"][1]["source"]:
            errors.append(f"{ident}: needs two spans in two different articles")
        items.append(
            {
                "id": ident,
                "fact": item["fact"],
                "field": item["field"],
                "verdict": item["verdict"],
                "note": item.get("note", ""),
                "spans": spans,
            }
        )
    if errors:
        raise SystemExit("\n".join(errors))
    return {"story": draft["story"], "items": items}


def main() -> None:
    if len(sys.argv) != 3:
        raise SystemExit("usage: realnews_gold.py DRAFT.yaml TEXTS_DIR/STORY")
    gold = convert(Path(sys.argv[1]), Path(sys.argv[2]))
    yaml.safe_dump(gold, sys.stdout, sort_keys=False, allow_unicode=True, width=120)


if __name__ == "__main__":
    main()
