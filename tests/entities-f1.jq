# Exact-span entity scores of tag-entities output against gold, with jq -s
# over one file holding both: records of tag-entities' output that still
# carry the gold "gold" list ([start, end, TYPE], CoNLL types, PER for
# PERSON), as testdata/entities/briefs.jsonl has it under "entities".
# Prints {tp, fp, fn, p, r, f1} (per cent, two decimals) over all records.
def r2: . * 100 | round / 100;
def pair: [.[0], .[1], .[2]];
(map(
	(.gold | map(pair)) as $g
	| (.entities | map([.start, .end, (if .label == "PERSON" then "PER" else .label end)])) as $s
	| { tp: ([$s[] | select(. as $x | $g | index([$x]))] | length),
	    ns: ($s | length), ng: ($g | length) }
) | { tp: (map(.tp) | add), ns: (map(.ns) | add), ng: (map(.ng) | add) })
| { tp, fp: (.ns - .tp), fn: (.ng - .tp),
    p: (if .ns > 0 then 100 * .tp / .ns else 0 end | r2),
    r: (if .ng > 0 then 100 * .tp / .ng else 0 end | r2),
    f1: (if .tp > 0 then 200 * .tp / (.ns + .ng) else 0 end | r2) }
