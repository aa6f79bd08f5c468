#!/usr/bin/env python3
"""Precision and recall of diff-claims on article versions with known edits.

    eval_versions.py DIFF-CLAIMS [N]

Writes N (default 60) pairs of fictional articles made from the
templates below (every name, place and quotation invented), the second
of each pair the first with one to three known edits: a number changed,
a speaker changed, a quotation reworded, a sentence added, removed or
moved, a typo fixed.  Runs diff-claims on each pair and counts, per
kind, the edits it reports as expected (number: a conflict with
number:, speaker: a conflict with speaker:, quote: quote-wording,
added/removed: only, moved: moved) and what it reports that is no edit
(a fixed typo must be "same").  Deterministic: a fixed seed.
"""
import random
import subprocess
import sys
import tempfile
import os

FIRST = ["Maren", "Tobias", "Ilse", "Oren", "Priya", "Caius", "Delphine",
         "Ruairi", "Anouk", "Teodor", "Sanna", "Bogdan", "Leontyne", "Havel"]
LAST = ["Quarrington", "Vellacott", "Ashgrove", "Tindall", "Brocklehurst",
        "Marwick", "Penhallow", "Oduya", "Strand", "Keswick", "Farrant",
        "Lindqvist", "Okafor", "Demir"]
TOWNS = ["Carrow Bridge", "Elmsworth", "Harlow Ford", "Pellingham", "Dunmere",
         "Ostley", "Wrayfield", "Kelby Cross"]
ORGS = ["the Carrow Valley Water Board", "the Elmsworth Transit Authority",
        "the county fire service", "the regional health trust",
        "the Pellingham harbour office"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
QUOTES = [
    ("We will keep the shelters open for as long as people need them",
     "The shelters stay open for as long as anyone needs them"),
    ("Nobody should drive on the coast road tonight",
     "People should stay off the coast road tonight"),
    ("The repairs will take at least three weeks",
     "It will be three weeks at the very least before the repairs are done"),
    ("Our crews have been working through the night",
     "The crews worked all night long"),
    ("This was the worst storm the town has seen in decades",
     "The town has not seen a storm this bad in decades"),
]
TYPOS = [("government", "goverment"), ("received", "recieved"),
         ("separate", "seperate"), ("occurred", "occured")]


def person(rng):
    return rng.choice(FIRST) + " " + rng.choice(LAST)


def article(rng):
    """Sentences of one article, each a dict with its text and parts."""
    town, org = rng.choice(TOWNS), rng.choice(ORGS)
    day = rng.choice(DAYS)
    s = []
    s.append({"t": "Storm damage closed roads across %s on %s." % (town, day)})
    for _ in range(rng.randint(2, 3)):
        n = rng.randint(12, 900)
        thing = rng.choice(["homes were without power", "people were moved to shelters",
                            "trees came down", "calls reached the emergency line"])
        s.append({"num": n, "fmt": "Officials from %s said %%d %s by the evening." % (org, thing)})
    for _ in range(2):
        q = rng.randrange(len(QUOTES))
        who = person(rng)
        s.append({"q": q, "who": who, "fmt": "\"%s,\" said %s, who leads the response."})
    who = person(rng)
    s.append({"who": who, "fmt2": "The %s will review the response, %s said." % ("county council", "%s")})
    typo = rng.choice(TYPOS)
    s.append({"typo": typo, "fmt3": "A report to the %s on the damage was %s by %s." % ("%s", "requested", org)})
    s.append({"t": "Forecasters expect calmer weather at %s by the weekend." % rng.choice(TOWNS)})
    s.append({"t": "Schools in %s will reopen when the roads are clear." % town})
    s.append({"t": "Volunteers handed out blankets at the %s community hall." % rng.choice(TOWNS)})
    return s


def render(x, variant):
    if "t" in x:
        return x["t"]
    if "num" in x:
        return x["fmt"] % (x["num"] if variant.get("num") is None else variant["num"])
    if "q" in x:
        q = QUOTES[x["q"]][1 if variant.get("quote") else 0]
        return x["fmt"] % (q, variant.get("who", x["who"]))
    if "fmt2" in x:
        return x["fmt2"] % variant.get("who", x["who"])
    if "typo" in x:
        good, bad = x["typo"]
        return x["fmt3"] % (good if variant.get("fixed") else bad)
    raise ValueError(x)


KINDS = ["number", "speaker", "quote", "added", "removed", "moved", "typo"]


def make_pair(rng):
    art = article(rng)
    a = [render(x, {}) for x in art]
    edits = rng.sample(KINDS, rng.randint(1, 3))
    var = [{} for _ in art]
    b_items = list(range(len(art)))      # indices into art, in B's order
    truth = []                            # (kind, index in a or None, text in b or None)
    added = None
    if "number" in edits:
        i = rng.choice([k for k, x in enumerate(art) if "num" in x])
        var[i]["num"] = art[i]["num"] + rng.randint(3, 40)
        truth.append(("number", i))
    if "speaker" in edits:
        i = rng.choice([k for k, x in enumerate(art) if "fmt2" in x])
        w = person(rng)
        while w.split()[1] == art[i]["who"].split()[1]:
            w = person(rng)
        var[i]["who"] = w
        truth.append(("speaker", i))
    if "quote" in edits:
        i = rng.choice([k for k, x in enumerate(art) if "q" in x])
        var[i]["quote"] = True
        truth.append(("quote", i))
    if "typo" in edits:
        i = [k for k, x in enumerate(art) if "typo" in x][0]
        var[i]["fixed"] = True
        truth.append(("typo", i))
    touched = {t[1] for t in truth}
    free = [k for k in range(1, len(art)) if k not in touched]
    if "removed" in edits and free:
        i = rng.choice(free)
        free.remove(i)
        b_items.remove(i)
        truth.append(("removed", i))
    if "moved" in edits and len(free) > 1:
        i = rng.choice(free)
        free.remove(i)
        b_items.remove(i)
        j = rng.randrange(1, len(b_items))
        while abs(j - i) < 2:
            j = rng.randrange(1, len(b_items))
        b_items.insert(j, i)
        truth.append(("moved", i))
    b = [render(art[k], var[k]) for k in b_items]
    if "added" in edits:
        added = "Engineers from %s arrived at %s to inspect the %s sea wall." % (
            rng.choice(TOWNS), rng.choice(TOWNS), rng.choice(["north", "old", "harbour"]))
        pos = rng.randrange(1, len(b) + 1)
        b.insert(pos, added)
        truth.append(("added", added))
    return a, b, truth


def offsets(lines):
    out, o = [], 0
    for s in lines:
        out.append(o)
        o += len(s.encode()) + 1
    return out


def main():
    prog = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    rng = random.Random(20261201)
    found = {k: 0 for k in KINDS}
    total = {k: 0 for k in KINDS}
    reported = correct = 0
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(n):
            a, b, truth = make_pair(rng)
            pa, pb = os.path.join(tmp, "a.txt"), os.path.join(tmp, "b.txt")
            with open(pa, "w") as f:
                f.write("\n".join(a) + "\n")
            with open(pb, "w") as f:
                f.write("\n".join(b) + "\n")
            out = subprocess.run([prog, pa, pb], capture_output=True, text=True).stdout
            oa, ob = offsets(a), offsets(b)
            recs = []
            for line in out.splitlines():
                f = line.split("\t")
                if f[0] == "claim":
                    recs.append(f)
            a_rec = {int(r[2]): r for r in recs if r[1] == pa}
            b_only = {int(r[2]) for r in recs if r[1] == pb and r[4] == "only"}
            expect = {}                       # start in a (or "b", start) -> kind
            hit = {}                          # start in a -> found as expected
            for t in truth:
                kind = t[0]
                total[kind] += 1
                if kind == "added":
                    start = ob[b.index(t[1])]
                    expect[("b", start)] = kind
                    if start in b_only:
                        found[kind] += 1
                    continue
                start = oa[t[1]]
                expect[("a", start)] = kind
                r = a_rec.get(start)
                if r is None:
                    continue
                st, det = r[4], r[9]
                ok = {"number": st == "conflict" and "number:" in det,
                      "speaker": st == "conflict" and "speaker:" in det,
                      "quote": "quote-wording" in det,
                      "removed": st == "only",
                      "moved": "moved" in det,
                      "typo": st == "same" and det == ""}[kind]
                found[kind] += ok
                hit[start] = ok
            # What was reported as an edit: A records not plainly same, B's only.
            for start, r in a_rec.items():
                if r[4] == "same" and r[9] == "":
                    continue
                reported += 1
                k = expect.get(("a", start))
                if k is not None and k != "typo" and hit.get(start):
                    correct += 1
            for start in b_only:
                reported += 1
                if expect.get(("b", start)) == "added":
                    correct += 1
    edits = sum(total[k] for k in KINDS if k != "typo")
    hits = sum(found[k] for k in KINDS if k != "typo")
    print("%d article pairs, %d edits (and %d fixed typos)" % (n, edits, total["typo"]))
    for k in KINDS:
        if total[k]:
            print("  %-8s found %3d of %3d%s" % (k, found[k], total[k],
                  "  (left as same)" if k == "typo" else ""))
    p = correct / reported if reported else 0.0
    r = hits / edits if edits else 0.0
    print("edits: precision %.3f (%d of %d reported)  recall %.3f (%d of %d)" %
          (p, correct, reported, r, hits, edits))


if __name__ == "__main__":
    main()
