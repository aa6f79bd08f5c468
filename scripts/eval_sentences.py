#!/usr/bin/env python3
"""Boundary precision, recall and F1 of split-sentences against gold JSONL.

Each line of a gold file is {"doc", "text", "sents", "spans": [[start, end], ...]}
with offsets in code points.  A boundary is the end of a sentence that is not
the last of its document; offsets are compared in bytes, as the tool writes them.
Usage: eval_sentences.py [-v] BIN FILE.jsonl...
"""
import json
import subprocess
import sys


def tsv_escape(s):
    return (s.replace('\\', '\\\\').replace('\t', '\\t')
            .replace('\n', '\\n').replace('\r', '\\r'))


def byte_offsets(text):
    """Map code-point offset -> byte offset."""
    out = [0]
    for ch in text:
        out.append(out[-1] + len(ch.encode('utf-8')))
    return out


def main():
    args = sys.argv[1:]
    verbose = False
    if args and args[0] == '-v':
        verbose = True
        args = args[1:]
    binary, files = args[0], args[1:]
    for path in files:
        docs = [json.loads(line) for line in open(path, encoding='utf-8')]
        stream = ''.join('text\t%s\t0\t%d\t%s\n' % (
            tsv_escape(d['doc']), len(d['text'].encode('utf-8')),
            tsv_escape(d['text'])) for d in docs)
        res = subprocess.run([binary, '-o'], input=stream.encode('utf-8'),
                             stdout=subprocess.PIPE, check=True)
        pred = {}
        for line in res.stdout.decode('utf-8').splitlines():
            f = line.split('\t')
            pred.setdefault(f[1], []).append(int(f[3]))
        tp = fp = fn = 0
        for d in docs:
            bo = byte_offsets(d['text'])
            total = bo[-1]
            gold = {bo[e] for s, e in d['spans']}
            gold.discard(total)
            # A gold span may end before trailing space; the document end is never a boundary.
            gold = {g for g in gold if d['text'].encode('utf-8')[g:].strip()}
            got = {e for e in pred.get(d['doc'], []) if d['text'].encode('utf-8')[e:].strip()}
            tp += len(gold & got)
            fp += len(got - gold)
            fn += len(gold - got)
            if verbose:
                tb = d['text'].encode('utf-8')
                for e in sorted(got - gold):
                    print('  FP %s: ...%s|%s...' % (d['doc'], tb[max(0, e-50):e].decode('utf-8', 'replace'),
                                                   tb[e:e+30].decode('utf-8', 'replace')))
                for e in sorted(gold - got):
                    print('  FN %s: ...%s|%s...' % (d['doc'], tb[max(0, e-50):e].decode('utf-8', 'replace'),
                                                   tb[e:e+30].decode('utf-8', 'replace')))
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        name = path.rsplit('/', 1)[-1]
        print('%-32s boundaries %5d  P %.4f  R %.4f  F1 %.4f' % (name, tp + fn, p, r, f1))


if __name__ == '__main__':
    main()
