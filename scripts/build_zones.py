"""Build factcheck/data/zones.tsv, the clock abbreviations of the IANA time zone database and their offsets.

    python scripts/build_zones.py

Reads the zone database the tzdata package installs (public domain), through zoneinfo: for every zone, the
abbreviation it shows on a winter and a summer day of 2025 ("WITA", "SAST", "CEST"), where it is one of letters
(the database writes many as numbers, "+07"), and that day's offset from universal time. One line per
abbreviation: the abbreviation, then every offset in minutes east of universal time it stands for, so that an
abbreviation of several clocks ("IST": India's, Israel's, Ireland's) can be seen to be one.
"""

from __future__ import annotations

import datetime as dt
import sys
import zoneinfo
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "factcheck" / "data" / "zones.tsv"
DAYS = (dt.datetime(2025, 1, 15, 12), dt.datetime(2025, 7, 15, 12))


def abbreviations() -> dict[str, set[int]]:
    found: dict[str, set[int]] = defaultdict(set)
    for name in sorted(zoneinfo.available_timezones()):
        zone = zoneinfo.ZoneInfo(name)
        for day in DAYS:
            local = day.replace(tzinfo=zone)
            shown, offset = local.tzname(), local.utcoffset()
            if shown and shown.isalpha() and offset is not None:
                found[shown].add(int(offset.total_seconds() // 60))
    return found


def main() -> int:
    found = abbreviations()
    lines = [
        f"# Clock abbreviations of the IANA time zone database (tzdata {version('tzdata')}, public domain), with "
        "their offsets in minutes east of universal time on 15 January and 15 July 2025. Built by "
        "scripts/build_zones.py.",
        *(f"{name}\t{','.join(str(m) for m in sorted(offsets))}" for name, offsets in sorted(found.items())),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(found)} abbreviations written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
