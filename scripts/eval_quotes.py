#!/usr/bin/env python3
"""Score the quotation engine on PolNeAR-style JSON lines.

usage: eval_quotes.py FIND-QUOTES FILE.jsonl

Each line holds {"doc", "text", "quotes": [{"start", "end", "cue",
"cue_start", "cue_end", "speaker", "speaker_start", "speaker_end"}]} with
offsets in code points; the engine's are bytes and are converted here.

A found quotation matches a gold one when their spans overlap by at least
30% (and, reported apart, 80%) of the longer span, one to one, best
overlaps first.  PolNeAR marks beliefs, thoughts and evidence ("thinks",
"shows") as attributions too; find-quotes counts speech only, so recall
is reported on the gold quotations whose cue is a verb of saying (the
list below, written for this script, independent of the engine's
lexicon), and apart on the beliefs and the rest.  Precision counts a
found quotation right when it matches any gold one.  Cue accuracy: the
cue spans overlap.  Speaker accuracy: the speaker spans overlap, or the
resolved SOURCE's last word is in the gold speaker's words.
"""
import json
import re
import subprocess
import sys

SPEECH = set("""
say says said saying tell tells told telling add adds added adding note notes
noted noting stress stresses stressed insist insists insisted state states
stated stating statement claim claims claimed claiming argue argues argued
arguing explain explains explained explaining warn warns warned warning write
writes wrote writing written tweet tweets tweeted tweeting post posted
announce announces announced announcing declare declares declared declaring
report reports reported reporting confirm confirms confirmed deny denies
denied denying admit admits admitted acknowledge acknowledges acknowledged
acknowledging assert asserts asserted contend contends contended maintain
maintains maintained reply replies replied respond responds responded
responding answer answered recall recalls recalled recalling concede concedes
conceded complain complained allege alleged suggest suggests suggested
suggesting predict predicted promise promised promises pledge pledged vow
vowed vows reiterate reiterated emphasize emphasized emphasise emphasised
underline underlined underscored observe observed remark remarked mention
mentioned reveal revealed disclose disclosed inform informed assure assured
remind reminded ask asks asked asking exclaimed shouted joked quipped
boasted retorted countered testified according interview told: said: :
continued urged urges cautioned lamented clarified
""".split())
BELIEF = set("""
think thinks thought believe believes believed feel feels felt hope hopes
hoped fear fears feared know knows knew doubt expect expects expected want
wants wanted see sees saw seem seems seemed appear appears appeared show
shows showed shown find finds found indicate indicates indicated view
""".split())


def cue_class(cue):
    if cue is None:
        return "other"
    words = re.findall(r"[a-z]+:?|:", cue.lower())
    if any(w in SPEECH for w in words):
        return "speech"
    if any(w in BELIEF for w in words):
        return "belief"
    return "other"


def escape(s):
    return (s.replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))


def byte_to_cp(text):
    """A table from byte offset to code point offset."""
    table = []
    for i, ch in enumerate(text):
        table.extend([i] * len(ch.encode("utf-8")))
    table.append(len(text))
    return table


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def main():
    prog, path = sys.argv[1], sys.argv[2]
    docs = [json.loads(line) for line in open(path, encoding="utf-8")]
    feed = "".join("text\t%d\t0\t0\t%s\n" % (i, escape(d["text"]))
                   for i, d in enumerate(docs))
    out = subprocess.run([prog, "-o"], input=feed.encode("utf-8"),
                         stdout=subprocess.PIPE, check=True).stdout
    found = [[] for _ in docs]
    tables = [byte_to_cp(d["text"]) for d in docs]
    # quote DOC START END TYPE CUE SPEAKER SOURCE KEY TEXT CS CE SS SE
    for line in out.decode("utf-8").splitlines():
        f = line.split("\t")
        i = int(f[1])
        t = tables[i]
        cv = lambda x: t[int(x)] if x != "" else None
        found[i].append({"span": (cv(f[2]), cv(f[3])), "type": f[4],
                         "cue": (cv(f[10]), cv(f[11])),
                         "speaker": (cv(f[12]), cv(f[13])), "source": f[7]})
    for thr in (0.3, 0.8):
        npred = nmatch_pred = 0
        gold_n = {"speech": 0, "belief": 0, "other": 0}
        gold_m = {"speech": 0, "belief": 0, "other": 0}
        cue_ok = cue_n = spk_ok = spk_n = 0
        for d, preds in zip(docs, found):
            gold = d["quotes"]
            npred += len(preds)
            for g in gold:
                gold_n[cue_class(g.get("cue"))] += 1
            pairs = []
            for gi, g in enumerate(gold):
                gs = (g["start"], g["end"])
                for pi, p in enumerate(preds):
                    o = overlap(gs, p["span"])
                    longer = max(gs[1] - gs[0], p["span"][1] - p["span"][0], 1)
                    if o / longer >= thr:
                        pairs.append((o / longer, gi, pi))
            pairs.sort(reverse=True)
            gused, pused = set(), set()
            for _, gi, pi in pairs:
                if gi in gused or pi in pused:
                    continue
                gused.add(gi)
                pused.add(pi)
                g, p = gold[gi], preds[pi]
                cls = cue_class(g.get("cue"))
                gold_m[cls] += 1
                if cls != "speech":
                    continue
                if g.get("cue_start") is not None:
                    cue_n += 1
                    if p["cue"][0] is not None and overlap(
                            (g["cue_start"], g["cue_end"]), p["cue"]) > 0:
                        cue_ok += 1
                if g.get("speaker_start") is not None:
                    spk_n += 1
                    ok = p["speaker"][0] is not None and overlap(
                        (g["speaker_start"], g["speaker_end"]), p["speaker"]) > 0
                    if not ok and p["source"]:
                        last = p["source"].split()[-1].lower()
                        ok = last in g["speaker"].lower().split()
                    spk_ok += ok
            nmatch_pred += len(pused)
        p = nmatch_pred / npred if npred else 0.0
        r = gold_m["speech"] / gold_n["speech"] if gold_n["speech"] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print("overlap >= %d%%: precision %.3f, recall %.3f (speech, %d gold), "
              "F1 %.3f" % (thr * 100, p, r, gold_n["speech"], f1))
        if thr == 0.3:
            for cls in ("belief", "other"):
                print("  recall of %s attributions (not counted): %.3f of %d"
                      % (cls, gold_m[cls] / max(gold_n[cls], 1), gold_n[cls]))
            print("  cue accuracy %.3f (%d), speaker accuracy %.3f (%d), "
                  "on matched speech quotations"
                  % (cue_ok / max(cue_n, 1), cue_n, spk_ok / max(spk_n, 1), spk_n))
    print("  %d documents, %d found quotations" % (len(docs), npred))


if __name__ == "__main__":
    main()
