#!/usr/bin/env python3
"""Acceptance check of find-quotes on the seed articles.

usage: eval_quotes_seeds.py FIND-QUOTES SEEDS-DIR tests/eval/seeds-quotes.tsv

The gold file (our hand annotation, offsets only) lists what must be
found: FILE START END TYPE CUE SOURCE.  A quotation is found when one
of the program's spans overlaps it by 30% of the longer; then its type,
cue (as written, case aside) and resolved SOURCE (one of the names
separated by |, or empty) are checked.  Every miss is listed.
"""
import subprocess
import sys


def main():
    prog, seeds, goldpath = sys.argv[1:4]
    gold = []
    for line in open(goldpath, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f, s, e, ty, cue, src = line.rstrip("\n").split("\t")
        gold.append((f, int(s), int(e), ty, cue, src))
    found = {}
    for f in sorted({g[0] for g in gold}):
        out = subprocess.run([prog, "-o", seeds + "/" + f],
                             stdout=subprocess.PIPE, check=True).stdout
        found[f] = [l.split("\t") for l in out.decode("utf-8").splitlines()]
    n = ok_found = ok_type = ok_cue = ok_src = 0
    problems = []
    for f, s, e, ty, cue, src in gold:
        n += 1
        best, bo = None, 0.0
        for r in found[f]:
            ps, pe = int(r[2]), int(r[3])
            o = max(0, min(e, pe) - max(s, ps)) / max(e - s, pe - ps, 1)
            if o > bo:
                best, bo = r, o
        where = "%s %d-%d (%s, %s)" % (f[:3], s, e, ty, cue)
        if best is None or bo < 0.3:
            problems.append("missed: " + where)
            continue
        ok_found += 1
        if best[4] == ty:
            ok_type += 1
        else:
            problems.append("type %s, want %s: %s" % (best[4], ty, where))
        if best[5].lower() == cue.lower():
            ok_cue += 1
        else:
            problems.append("cue \"%s\", want \"%s\": %s" % (best[5], cue, where))
        if best[7] in src.split("|"):
            ok_src += 1
        else:
            problems.append("source \"%s\", want \"%s\": %s" % (best[7], src, where))
    extra = sum(len(v) for v in found.values()) - ok_found
    print("seeds: %d of %d quotations found; type right %d, cue right %d, "
          "speaker resolved right %d; %d other quotations found"
          % (ok_found, n, ok_type, ok_cue, ok_src, extra))
    for p in problems:
        print("  " + p)


if __name__ == "__main__":
    main()
