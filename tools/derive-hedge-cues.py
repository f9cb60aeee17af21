#!/usr/bin/env python3
"""Statistics behind data/hedge-cues.txt and data/hedge-patterns.txt.

  derive-hedge-cues.py TRAIN.jsonl... > cues.tsv

Reads Szeged-style gold sentences ("text", "cues" [[start, end, cue], ...],
"cue_types") and prints, for every lower-cased cue string annotated at
least once: how often it is annotated as a cue, how often the string
occurs at word boundaries in the same sentences, the rate, and the Szeged
cue types with counts.  Give it only the training side of the split
(bench/hedge-split), never the dev side, so the lexicon learns nothing
from the documents it is measured on.

The cue lexicon in data/ is written by hand from this table: single words
annotated at least twice become candidates (the disambiguator decides),
their Szeged type suggests the kind, and inflections and news phrasing
are added by hand.
"""
import collections
import json
import re
import sys


def main(paths):
    as_cue = collections.Counter()
    types = collections.defaultdict(collections.Counter)
    texts = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                texts.append(d["text"])
                for (a, b, s), t in zip(d["cues"], d.get("cue_types", [])):
                    key = s.lower()
                    as_cue[key] += 1
                    types[key][t.replace("speculation_", "")] += 1
    big = "\n".join(texts)
    print("cue\tas_cue\toccurrences\tcue_rate\ttypes")
    for key, n in sorted(as_cue.items(), key=lambda kv: (-kv[1], kv[0])):
        pat = r"(?<!\w)" + re.escape(key) + r"(?!\w)"
        occ = len(re.findall(pat, big, re.IGNORECASE)) or n
        ty = ",".join(f"{k}:{v}" for k, v in types[key].most_common())
        print(f"{key}\t{n}\t{occ}\t{n / occ:.3f}\t{ty}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
