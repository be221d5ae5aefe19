#!/usr/bin/env python3
"""Rebuild the folder of real-news texts from saved answers of the `pages` corpus, checked against the manifests.

Search the corpus for each manifest row's `query` and save the answers (as JSON, the whole answer or only the
results wanted) in one folder; this script then takes, for every row of every `sources/real/<story>/articles.tsv`,
the excerpt whose url is the row's and whose sha256 is the row's, and writes it as `TEXTS/<story>/<slug>.txt`:

    python3 scripts/realnews_texts.py ANSWERS_DIR TEXTS_DIR [--sources sources/real]

An answer file holds a search answer ({"results": [{"url": ..., "excerpt": ...}, ...]}), a list of results, or
one result. A url can come back twice with different excerpts; the one with the manifest's sha256 is taken. A
text already in place with the right sha256 is left as it is; a text is written whole or not at all. Prints a
line for each row not rebuilt (its url not among the answers, or no excerpt of it with the manifest's sha256)
and a summary; exit code 0 when every row is in place, 1 otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

from factcheck.files import replace_atomically
from factcheck.realnews import MANIFEST_NAME, read_manifest


def excerpts_by_url(answers: Path) -> dict[str, list[str]]:
    """Every excerpt in the answer files, by url; a file that is not such an answer is named on stderr and
    skipped."""
    found: defaultdict[str, list[str]] = defaultdict(list)
    for path in sorted(answers.rglob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            print(f"skipped {path}: {exc}", file=sys.stderr)
            continue
        results = data.get("results", [data]) if isinstance(data, dict) else data
        for result in results if isinstance(results, list) else []:
            url, excerpt = (result.get("url"), result.get("excerpt")) if isinstance(result, dict) else (None, None)
            if isinstance(url, str) and isinstance(excerpt, str):
                found[url].append(excerpt)
    return found


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def rebuild(answers: Path, texts: Path, sources: Path) -> dict[str, list[str]]:
    """Write every text the answers hold; the rows by outcome: `ok`, `no answer` (url not found) and `mismatch`."""
    excerpts = excerpts_by_url(answers)
    outcome: dict[str, list[str]] = {"ok": [], "no answer": [], "mismatch": []}
    for manifest in sorted(sources.glob(f"*/{MANIFEST_NAME}")):
        story = manifest.parent.name
        for article in read_manifest(manifest):
            name = f"{story}/{article.slug}"
            target = texts / story / f"{article.slug}.txt"
            if target.is_file() and sha256(target.read_bytes()) == article.sha256:
                outcome["ok"].append(name)
                continue
            candidates = [e.encode("utf-8") for e in excerpts.get(article.url, [])]
            match = next((data for data in candidates if sha256(data) == article.sha256), None)
            if match is not None:
                target.parent.mkdir(parents=True, exist_ok=True)
                replace_atomically(target, match, ordinary=True)
                outcome["ok"].append(name)
            else:
                outcome["mismatch" if candidates else "no answer"].append(name)
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("answers", type=Path, help="folder of saved search answers (*.json)")
    parser.add_argument("texts", type=Path, help="folder to write <story>/<slug>.txt into")
    parser.add_argument("--sources", type=Path, default=Path("sources/real"), help="folder of story manifests")
    args = parser.parse_args(argv)
    outcome = rebuild(args.answers, args.texts, args.sources)
    for kind in ("no answer", "mismatch"):
        for name in outcome[kind]:
            print(f"{kind}: {name}")
    print(", ".join(f"{len(names)} {kind}" for kind, names in outcome.items()))
    return 0 if not outcome["no answer"] and not outcome["mismatch"] else 1


if __name__ == "__main__":
    sys.exit(main())
