"""Regenerate ``lexicons/org_names.tsv`` (the NER organisation gazetteer) from the knowledge base.

    .venv/bin/python scripts/build_org_lexicon.py [--check]

Organisations are curated in one place, ``src/khabar/data/kb/actors.tsv``; this script writes every
Arabic-script alias of its ORG entries as ``arabic<TAB>english<TAB>kind``, the kind mapped from the
entry's sector, so the NER feature file and the KB never disagree. ``--check`` exits 1 when the file
on disk is not what the KB generates (for CI).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from khabar.kb.kb import actor_entries

OUT = Path(__file__).resolve().parents[1] / "src" / "khabar" / "data" / "lexicons" / "org_names.tsv"
#: KB sector -> org_names.tsv kind
KINDS = {
    "IGO": "IGO",
    "GOV": "GOV",
    "MIL": "MIL",
    "PTY": "PARTY",
    "REB": "ARMED",
    "MED": "MEDIA",
    "BUS": "BUS",
    "NGO": "NGO",
    "REL": "NGO",
    "SPT": "SPORT",
    "EDU": "EDU",
}
HEADER = """# version: 1
# Well-known organisations as Arabic news writes them (full names, short forms, Arabic abbreviations).
# GENERATED from src/khabar/data/kb/actors.tsv by scripts/build_org_lexicon.py: edit the KB, not this file.
# Bare forms that are mostly ordinary words (فتح، الاتحاد، الهلال، القاعدة) are left out; their
# unambiguous long forms (حركة فتح، تنظيم القاعدة) are listed.
# Columns: arabic<TAB>english<TAB>kind
# kind: IGO, GOV, MIL, PARTY, ARMED (non-state armed groups), MEDIA, BUS, NGO, SPORT, EDU
"""


def render() -> str:
    entries, _ = actor_entries()
    lines: list[str] = []
    seen: set[str] = set()
    for e in entries:
        if e.type != "ORG":
            continue
        kind = KINDS.get(e.sector or "", "GOV")
        for alias in e.aliases:
            if alias.isascii() or alias in seen:
                continue
            seen.add(alias)
            lines.append(f"{alias}\t{e.name_en}\t{kind}")
    return HEADER + "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 if org_names.tsv is out of date")
    args = ap.parse_args()
    text = render()
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is out of date: run scripts/build_org_lexicon.py", file=sys.stderr)
            sys.exit(1)
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - HEADER.count(chr(10))} rows)")


if __name__ == "__main__":
    main()
