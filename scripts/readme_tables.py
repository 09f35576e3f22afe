#!/usr/bin/env python3
"""Rewrite the event-coding tables of khabar's README for a new stop.

    python3 scripts/readme_tables.py OLD NEW README --old-stop 55 --new-stop 56 [--write] [--diff]
                        [--plain-header] [--max-k 3] [--verbose]

OLD and NEW are directories made by scripts/eval_all.sh (one ``khabar eval events`` output per gold
file, plus default19.txt, rest.txt, agreement.txt, second_up.txt, second_dev.txt): OLD for the code
the README's newest column was made from, NEW for the code of the new stop.

Per stop table (a Markdown table whose header's LAST cell contains "end of stop OLD_STOP"):
  * header: by default "now (end of stop 54)" becomes "end of stop 54" and "now (end of stop 55)" is
    appended (the README's own convention); with --plain-header the old header cell is left alone
    and "end of stop 55" is appended. A header whose last cell is plain "end of stop 54" gets
    "end of stop 55" appended either way.
  * separator: one more "---".
  * each data row: the gold file(s) it stands for are found by matching numbers: every single
    output block and every sum of up to --max-k blocks (sizes > 2 only tried for rows still
    unmapped) whose OLD figures render EXACTLY to the row's last cell. The last cell is compacted to
    "N (F1 0.xxx)" and the NEW figures of the same block(s) are appended in the form the last cell had
    (with or without lenient). Reference rows (plain decimals, label "reference TYPE ...") are matched
    on k/n of the reference lines. A row with no match, or with matches giving different NEW cells,
    is reported and left unchanged; the script then refuses to --write unless --force is given (which
    appends a "TODO" cell to such rows, to be filled by hand).
The per-file table ("| file | passages | gold events | P | R | F1 | lenient F1 |") is rewritten in
place from the NEW block of the file named in the row (default19.txt's block; checked against the
file's own output); passages are kept, "**" markers stay where they were.

Without --write nothing is written: the changed rows are printed (or a unified diff with --diff).
"""

from __future__ import annotations

import argparse
import difflib
import itertools
import os
import re
import sys
from collections import defaultdict

from khabar.events.evaluate import EventScores

# ---------------------------------------------------------------- eval outputs

ALL_RE = re.compile(r"^ALL\s+(\d+)\s+(\d+)\s+(\d+)\s+[\d.]+\s+[\d.]+\s+[\d.]+\s*$")
LEN_RE = re.compile(r"^lenient\s+(\d+)\s+(\d+)\s+(\d+)\s+[\d.]+\s+[\d.]+\s+[\d.]+")
REF_RE = re.compile(r"^reference\s+(\w+):\s+(\d+) of (\d+) passages")


class Block:
    """One "== name" block of an eval output: the ALL, lenient and reference counts."""

    def __init__(self, source: str, name: str):
        self.source, self.name = source, name
        self.g = self.p = self.m = None  # gold, predicted, matched (ALL line)
        self.lm = None  # lenient matches
        self.ref: dict[str, tuple[int, int]] = {}  # type -> (found, passages)

    @property
    def key(self):
        return (self.source, self.name)

    @property
    def combined(self):
        return self.name.startswith("combined")

    @property
    def gold_name(self):
        return self.name.split()[0]

    def counts(self):
        return (self.g, self.p, self.m, self.lm)

    def __repr__(self):
        return f"{self.source}:{self.name}"


def parse_output(path: str) -> list[Block]:
    source = os.path.basename(path)
    blocks: list[Block] = []
    cur = None
    with open(path, encoding="utf-8") as f:
        raw = f.read().splitlines()
    for line in raw:
        if line.startswith("== "):
            cur = Block(source, line[3:].strip())
            blocks.append(cur)
            continue
        if cur is None and (ALL_RE.match(line) or LEN_RE.match(line)):  # output without a "==" line
            cur = Block(source, source[:-4] + ".jsonl")
            blocks.append(cur)
        if cur is None:
            continue
        if mo := ALL_RE.match(line):
            cur.g, cur.p, cur.m = map(int, mo.groups())
        elif mo := LEN_RE.match(line):
            g, p, lm = map(int, mo.groups())
            if (g, p) != (cur.g, cur.p):
                print(f"warning: {path}: {cur.name}: lenient gold/pred differ from ALL", file=sys.stderr)
            cur.lm = lm
        elif mo := REF_RE.match(line):
            cur.ref[mo.group(1)] = (int(mo.group(2)), int(mo.group(3)))
    return [b for b in blocks if b.m is not None]


def load_dir(d: str) -> dict[tuple[str, str], Block]:
    out = {}
    for f in sorted(os.listdir(d)):
        if f.endswith(".txt"):
            for b in parse_output(os.path.join(d, f)):
                if b.key in out:
                    print(f"warning: {d}/{f}: block {b.name} twice; the first kept", file=sys.stderr)
                    continue
                out[b.key] = b
    return out


# ---------------------------------------------------------------- figures and cells


#: P, R and F1 from matched, predicted and gold counts: the scorer's own arithmetic
prf = EventScores._prf


def summed(blocks):
    g = sum(b.g for b in blocks)
    p = sum(b.p for b in blocks)
    m = sum(b.m for b in blocks)
    lm = sum(b.lm for b in blocks) if all(b.lm is not None for b in blocks) else None
    return g, p, m, lm


def full_cell(counts, lenient: bool) -> str | None:
    g, p, m, lm = counts
    pr, rc, f1 = prf(m, p, g)
    if lenient:
        if lm is None:
            return None
        return f"{m} (P {pr:.3f}, R {rc:.3f}, **F1 {f1:.3f}**, lenient {prf(lm, p, g)[2]:.3f})"
    return f"{m} (P {pr:.3f}, R {rc:.3f}, **F1 {f1:.3f}**)"


def ref_cell(blocks, typ: str) -> str | None:
    if not all(typ in b.ref for b in blocks):
        return None
    k = sum(b.ref[typ][0] for b in blocks)
    n = sum(b.ref[typ][1] for b in blocks)
    return f"{k / n:.3f}" if n else None


FULL_RE = re.compile(
    r"^(\d+) \(P (\d\.\d{3}), R (\d\.\d{3}), \*\*F1 (\d\.\d{3})\*\*(, lenient (\d\.\d{3}))?\)$"
)
DEC_RE = re.compile(r"^\d\.\d{3}$")


def compact(cell: str) -> str:
    mo = FULL_RE.match(cell)
    return f"{mo.group(1)} (F1 {mo.group(4)})"


def combos(units, k):
    """Sets of k blocks: a combined block only alone, and one gold file at most once."""
    for c in itertools.combinations(units, k):
        if k > 1 and any(b.combined for b in c):
            continue
        names = [b.gold_name for b in c]
        if len(set(names)) < k:
            continue
        yield c


class Matcher:
    def __init__(self, old: dict, new: dict, max_k: int):
        self.old, self.new, self.max_k = old, new, max_k
        self.units = [b for b in old.values()]
        # cell string -> candidate tuples, for sizes 1 and 2 (built once)
        self.index = {True: defaultdict(list), False: defaultdict(list)}
        self.by_m = defaultdict(list)
        for b in self.units:
            self.by_m[b.m].append(b)
        for k in (1, 2):
            if k > max_k:
                break
            for c in combos(self.units, k):
                counts = summed(c)
                for lenient in (True, False):
                    cell = full_cell(counts, lenient)
                    if cell:
                        self.index[lenient][cell].append(c)
        self.sizes_used = defaultdict(int)

    def new_blocks(self, cand):
        nb = [self.new.get(b.key) for b in cand]
        return None if any(x is None for x in nb) else nb

    def candidates_full(self, cell: str, lenient: bool):
        found = list(self.index[lenient].get(cell, []))
        if found:
            return found
        # larger sums, only for cells still unmapped: k-1 blocks + one block with the missing matches
        n = int(FULL_RE.match(cell).group(1))
        for k in range(3, self.max_k + 1):
            for c in combos([b for b in self.units if not b.combined and b.m <= n], k - 1):
                rest = n - sum(b.m for b in c)
                for b in self.by_m.get(rest, []):
                    if b.combined or b in c or b.gold_name in {x.gold_name for x in c}:
                        continue
                    if id(b) < max(id(x) for x in c):  # each set once
                        continue
                    cc = (*c, b)
                    if full_cell(summed(cc), lenient) == cell:
                        found.append(cc)
            if found:
                return found
        return found

    def candidates_ref(self, cell: str, types):
        units = [b for b in self.units if b.ref]
        found = []
        for k in range(1, max(self.max_k, len(units)) + 1):
            for c in combos(units, k):
                for t in types:
                    if ref_cell(c, t) == cell:
                        found.append((c, t))
        return found  # every size: reference blocks are few

    def resolve(self, cands, render):
        """-> (new cell, description) or (None, reason)."""
        if not cands:
            return None, "no OLD block or sum of blocks reproduces the cell"
        outs = defaultdict(list)
        for c in cands:
            nb = self.new_blocks(c[0] if isinstance(c[0], tuple) else c)
            key = render(c, nb) if nb is not None else None
            outs[key].append(c)
        if None in outs:
            return None, "missing in NEW: " + "; ".join(map(str, outs[None][:3]))
        if len(outs) > 1:
            desc = " | ".join(f"{v} <- {' / '.join(map(str, cs[:2]))}" for v, cs in outs.items())
            return None, f"ambiguous: {len(cands)} OLD candidates give different NEW cells: {desc}"
        ((val, cs),) = outs.items()
        self.sizes_used[len(cs[0][0] if isinstance(cs[0][0], tuple) else cs[0])] += 1
        show = [
            (f"{'+'.join(map(str, c[0]))} [{c[1]}]" if isinstance(c[0], tuple) else "+".join(map(str, c)))
            for c in cs
        ]
        return val, " / ".join(show[:4]) + (f" (+{len(cs) - 4} more equivalent)" if len(cs) > 4 else "")


# ---------------------------------------------------------------- README


def split_row(line: str):
    assert line.startswith("| ") and line.endswith(" |"), line
    cells = line[2:-2].split(" | ")
    assert "| " + " | ".join(cells) + " |" == line
    return cells


def join_row(cells):
    return "| " + " | ".join(cells) + " |"


def tables(lines):
    i = 0
    while i < len(lines):
        if lines[i].startswith("|") and (i == 0 or not lines[i - 1].startswith("|")):
            j = i
            while j < len(lines) and lines[j].startswith("|"):
                j += 1
            yield i, j
            i = j
        else:
            i += 1


def pick(d: dict, label: str, fname: str):
    """The block of ``fname`` in an output directory: default19.txt's, else the file's own output."""
    bs = [b for b in d.values() if b.name == fname and not b.source.startswith(("second", "agreement"))]
    pref = [b for b in bs if b.source == "default19.txt"] or [
        b for b in bs if b.source == fname[:-6] + ".txt"
    ]
    if not pref:
        return None
    if len({b.counts() for b in bs}) > 1:
        disagree = "; ".join(f"{b.source} {b.counts()}" for b in bs)
        print(f"warning: {label}: {fname}: outputs disagree: {disagree}", file=sys.stderr)
    return pref[0]


def figs(b) -> list[str]:
    """Gold, P, R, F1 and lenient F1 of a block, as the per-file table writes them."""
    pr, rc, f1 = prf(b.m, b.p, b.g)
    return [str(b.g), f"{pr:.3f}", f"{rc:.3f}", f"{f1:.3f}", f"{prf(b.lm, b.p, b.g)[2]:.3f}"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("readme")
    ap.add_argument("--write", action="store_true", help="write README in place")
    ap.add_argument("--force", action="store_true", help="write even if some rows are unmapped")
    ap.add_argument("--diff", action="store_true", help="print a unified diff instead of the changed rows")
    ap.add_argument("--old-stop", type=int, required=True, help="the stop of the table's newest column")
    ap.add_argument("--new-stop", type=int, required=True, help="the stop of the column to write")
    ap.add_argument(
        "--plain-header",
        action="store_true",
        help='append "end of stop NEW" and leave the old "now (...)" header cell alone',
    )
    ap.add_argument("--max-k", type=int, default=3, help="largest number of blocks summed for a row")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every row's mapping")
    a = ap.parse_args()

    old, new = load_dir(a.old), load_dir(a.new)
    for key in sorted(set(old) - set(new)):
        print(f"warning: {key} in OLD but not in NEW", file=sys.stderr)
    matcher = Matcher(old, new, a.max_k)

    with open(a.readme, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    out = list(lines)
    mapped, unmapped, dashes = 0, [], 0
    changed_per_table = {}
    report = []
    old_h = f"end of stop {a.old_stop}"

    for start, end in tables(lines):
        header = split_row(lines[start])
        # ---- the per-file table, rewritten in place
        if [c.strip() for c in header] == ["file", "passages", "gold events", "P", "R", "F1", "lenient F1"]:
            n = 0
            for i in range(start + 2, end):
                cells = split_row(lines[i])
                mo = re.search(r"`(events_\w+\.jsonl)`", cells[0])
                if not mo:
                    unmapped.append((i + 1, cells[0], "no file named in the row"))
                    continue
                fname = mo.group(1)

                ob, nb = pick(old, "OLD", fname), pick(new, "NEW", fname)
                if ob is None or nb is None:
                    unmapped.append((i + 1, cells[0], f"{fname} not in {'OLD' if ob is None else 'NEW'}"))
                    continue
                bare = [c.strip().strip("*") for c in cells[2:7]]
                if bare != figs(ob):
                    print(
                        f"warning: line {i + 1}: {fname}: the row {bare} is not OLD's {figs(ob)}",
                        file=sys.stderr,
                    )
                newcells = list(cells)
                for j, v in zip(range(2, 7), figs(nb), strict=True):
                    newcells[j] = re.sub(r"\d+(\.\d+)?", v, cells[j], count=1)
                mapped += 1
                if a.verbose:
                    report.append(f"  line {i + 1}: {fname} <- {nb.source}:{nb.name}")
                if newcells != cells:
                    out[i] = join_row(newcells)
                    n += 1
            changed_per_table[f"per-file table (line {start + 1})"] = n
            continue

        # ---- stop tables
        last = header[-1].strip()
        if old_h not in last:
            continue
        newh = f"end of stop {a.new_stop}"
        if last == f"now ({old_h})" and not a.plain_header:
            header = [*header[:-1], old_h, f"now ({newh})"]
        else:
            header = [*header, newh]
        out[start] = join_row(header)
        sep = lines[start + 1]
        assert re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", sep), sep
        out[start + 1] = sep + ("---|" if sep.endswith("---|") else " --- |")
        n = 0
        for i in range(start + 2, end):
            cells = split_row(lines[i])
            label, cell = cells[0].strip(), cells[-1].strip()
            if cell == "—":
                cells.append("—")
                dashes += 1
                out[i] = join_row(cells)
                n += 1
                continue
            if mo := FULL_RE.match(cell):
                lenient = mo.group(5) is not None
                cands = matcher.candidates_full(cell, lenient)
                val, why = matcher.resolve(
                    cands, lambda c, nb, lenient=lenient: full_cell(summed(nb), lenient)
                )
                newlast = compact(cell)
            elif DEC_RE.match(cell):
                types = {t for b in old.values() for t in b.ref}
                named = [t for t in types if re.search(rf"\b{t}\b", label)]
                cands = matcher.candidates_ref(cell, named or sorted(types))
                val, why = matcher.resolve(cands, lambda c, nb: ref_cell(nb, c[1]))
                newlast = cell
            else:
                val, why = None, f"last cell not in a known form: {cell!r}"
            if val is None:
                unmapped.append((i + 1, label, why))
                if a.force:  # keep the table rectangular; the hole is easy to find
                    cells.append(" TODO " if cells[-1].startswith(" ") else "TODO")
                    out[i] = join_row(cells)
                continue
            mapped += 1
            if a.verbose:
                report.append(f"  line {i + 1}: {label[:70]} <- {why}")
            cells[-1] = f" {newlast} " if cells[-1].startswith(" ") else newlast
            cells.append(f" {val} " if cells[-2].startswith(" ") else val)
            out[i] = join_row(cells)
            n += 1
        changed_per_table[f"stop table (line {start + 1}, {end - start - 2} rows)"] = n

    # ---- report
    if a.verbose and report:
        print("mappings:")
        print("\n".join(report))
    if a.diff:
        sys.stdout.writelines(
            difflib.unified_diff(
                [x + "\n" for x in lines], [y + "\n" for y in out], a.readme, a.readme + " (new)", n=0
            )
        )
    elif not a.write:
        for i, (x, y) in enumerate(zip(lines, out, strict=True)):
            if x != y and not x.startswith("|-"):
                xc, yc = split_row(x), split_row(y)
                if len(yc) == len(xc) + 1:
                    print(f"line {i + 1}: {xc[0].strip()[:80]}\n    last: {xc[-1].strip()}")
                    print(f"    ->    {yc[-2].strip()} | {yc[-1].strip()}")
                else:
                    print(f"line {i + 1}: {xc[0].strip()[:80]}")
                    print(f"    old: {' | '.join(c.strip() for c in xc[1:])}")
                    print(f"    new: {' | '.join(c.strip() for c in yc[1:])}")
    print("\nsummary:")
    print(f"  rows mapped: {mapped}")
    print(f"  rows unmapped: {len(unmapped)}")
    for ln, label, why in unmapped:
        print(f"    line {ln}: {label[:90]}: {why}")
    if dashes:
        print(f"  rows whose last cell was '—' (kept '—'): {dashes}")
    print(
        "  candidate sizes used (blocks summed: rows): "
        + ", ".join(f"{k}: {v}" for k, v in sorted(matcher.sizes_used.items()))
    )
    for t, n in changed_per_table.items():
        print(f"  {t}: {n} rows changed")
    if not any(t.startswith("stop table") for t in changed_per_table):
        print(f"  no table with a last header cell containing '{old_h}'")
    if a.write:
        if unmapped and not a.force:
            print("not written: unmapped rows (use --force to write anyway)")
            return 1
        with open(a.readme, "w", encoding="utf-8") as f:
            f.write("\n".join(out))
        print(f"written: {a.readme}")
    return 1 if unmapped else 0


if __name__ == "__main__":
    sys.exit(main())
