"""scripts/build_wordnet.py on a tiny WordNet in the Open English WordNet YAML layout, and the reader on its
output: synonyms, antonyms (a sense against every word of the opposite synset), derivations, kinds and the nouns
for people."""

from __future__ import annotations

import gzip
from pathlib import Path

from builders import load_script

from factcheck.wordnet import WordNet, person_nouns

ENTRIES = """\
approve:
  v:
    sense:
    - id: 'approve%2:31:00::'
      synset: 00000001-v
      antonym:
      - 'disapprove%2:31:00::'
disapprove:
  v:
    sense:
    - id: 'disapprove%2:31:00::'
      synset: 00000002-v
reject:
  v:
    sense:
    - id: 'reject%2:31:00::'
      synset: 00000002-v
decide:
  v:
    sense:
    - id: 'decide%2:32:00::'
      synset: 00000003-v
      derivation:
      - 'decision%1:04:00::'
decision:
  n:
    sense:
    - id: 'decision%1:04:00::'
      synset: 00000004-n
blue:
  n:
    sense:
    - id: 'blue%1:07:00::'
      synset: 00000005-n
yellow:
  n:
    sense:
    - id: 'yellow%1:07:00::'
      synset: 00000006-n
hiker:
  n:
    sense:
    - id: 'hiker%1:18:00::'
      synset: 00000009-n
"""

SYNSETS = """\
00000001-v:
  members: [approve, sanction]
00000002-v:
  members: [disapprove, reject]
00000003-v:
  members: [decide]
00000004-n:
  members: [decision]
00000005-n:
  members: [blue]
  hypernym: [00000007-n]
00000006-n:
  members: [yellow]
  hypernym: [00000007-n]
00000007-n:
  members: [chromatic color]
00007846-n:
  members: [person, individual]
00000008-n:
  members: [traveler]
  hypernym: [00007846-n]
00000009-n:
  members: [hiker, tramper]
  hypernym: [00000008-n]
"""


def test_the_build_writes_relations_the_reader_understands(tmp_path: Path) -> None:
    folder = tmp_path / "english-wordnet" / "src" / "yaml"
    folder.mkdir(parents=True)
    (folder / "entries-a.yaml").write_text(ENTRIES, encoding="utf-8")
    (folder / "verb.test.yaml").write_text(SYNSETS, encoding="utf-8")
    out = tmp_path / "wordnet.tsv.gz"
    build = load_script("build_wordnet")
    assert build.main([str(tmp_path / "english-wordnet"), "--commit", "abc123", "--out", str(out)]) == 0
    text = gzip.decompress(out.read_bytes()).decode("utf-8")
    assert "commit abc123" in text and "CC BY 4.0" in text
    net = WordNet([line for line in text.splitlines() if line and not line.startswith("#")])
    assert net.opposites("approve") == {"disapprove", "reject"}
    assert "approve" in net.opposites("reject")
    assert "sanction" not in net.opposites("reject")  # a synonym of the sense is no antonym of its own
    assert "sanction" in net.alike("approve")
    assert "decision" in net.alike("decide")
    assert net.siblings("blue", "yellow")
    assert "chromatic_color" in net.alike("blue")
    people = {line.split("\t")[1] for line in text.splitlines() if line.startswith("p\t")}
    assert people == {"hiker"}  # a kind of a kind of person, by its first sense; "blue" is none


def test_a_folder_without_the_yaml_sources_is_refused(tmp_path: Path) -> None:
    assert load_script("build_wordnet").main([str(tmp_path)]) == 2


def test_the_packaged_nouns_for_people_are_read_from_the_head_of_the_file() -> None:
    people = person_nouns()
    assert {"camper", "nurse", "pilot", "gunman"} <= people
    assert not {"jewel", "building", "county"} & people
