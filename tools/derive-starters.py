#!/usr/bin/env python3
"""Derive data/sentence-starters.txt from gold sentence-split training data.

A sentence starter is a word that, when capitalised, nearly always opens a
sentence (The, However, We) rather than naming something (Government, Trump):
split-sentences uses the list to decide whether an abbreviation before a
capitalised word ends a sentence.  Only train splits are read.

  tools/derive-starters.py ../shared/data > data/sentence-starters.txt
"""
import collections, json, os, sys

def sentences(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            t = d["text"]
            for a, b in (x[:2] for x in d["sentences"]):
                yield t[a:b].split()

def main(root):
    files = [os.path.join(root, "sentences", "ud_ewt_train.jsonl"),
             os.path.join(root, "entities", "gum_train.jsonl")]
    start, mid, lower = collections.Counter(), collections.Counter(), collections.Counter()
    for path in files:
        for words in sentences(path):
            for i, w in enumerate(words):
                w = w.strip("\"'“”‘’([{")
                w = w.rstrip(".,;:!?\"'“”‘’)]}")
                if not w.isalpha():
                    continue
                if w[0].isupper() and not w.isupper():
                    (start if i == 0 else mid)[w.lower()] += 1
                elif w.islower() and i > 0:
                    lower[w] += 1
    print("# Sentence starters for split-sentences, one lower-cased word a line.")
    print("# Derived by tools/derive-starters.py from the train splits of UD English")
    print("# EWT (CC BY-SA 4.0) and GUM (CC BY 4.0): words that, capitalised, open a")
    print("# sentence at least 80% of the time and also occur in lower case.")
    print("# 'a' and 'i' are added by hand: the counts skip one-letter capitals.")
    start["a"] = start["i"] = 99
    lower["a"] = lower["i"] = 99
    for w in sorted(start):
        s, m = start[w], mid[w]
        if s >= 4 and s / (s + m) >= 0.8 and lower[w] >= 3:
            print(w)

main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
