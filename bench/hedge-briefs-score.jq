# Scores detect-hedge on the briefs of testdata/hedge/hedge-briefs.jsonl:
# read the tool's output records as one array (jq -s -f THIS).  Used by
# bench/eval-hedge-briefs and tests/32-detect-hedge-briefs.bats.
#
# Sentences: predicted uncertain when a hedge lies in them; P, R, F1
# against the gold "uncertain".  Cues: a gold cue is found when a hedge
# overlaps it (found_kind: with the same kind too).  False friends: a
# marked word is flagged when a hedge overlaps it.  Also, by false-friend
# class, how many were flagged, and the list of mistakes for reading.

def overlaps($x; $y): $x.start < $y.end and $y.start < $x.end;
def pct($a; $b): if $b == 0 then 0 else ($a * 1000 / $b | round / 10) end;

# One row per gold sentence: what was predicted there.
[.[] | . as $r | range(0; .gold | length) as $i
	| ($r.sentences[$i]) as $s
	| [$r.hedges[] | select(.sentence == $i)] as $h
	| {id: $r.id, i: $i, text: $r.text[$s.start:$s.end],
	   gold: $r.gold[$i].uncertain, pred: ($h | length > 0),
	   cues: [$r.gold[$i].cues[] | . as $c
		| {cue, kind, found: any($h[]; overlaps(.; $c)),
		   found_kind: any($h[]; overlaps(.; $c) and .kind == $c.kind)}],
	   friends: [$r.gold[$i].false_friends[] | . as $f
		| {word, class, flagged: any($h[]; overlaps(.; $f))}],
	   hedges: [$h[] | .cue]}]
| . as $rows
| ([$rows[] | select(.gold and .pred)] | length) as $tp
| ([$rows[] | select(.pred and (.gold | not))] | length) as $fp
| ([$rows[] | select(.gold and (.pred | not))] | length) as $fn
| ([$rows[].friends[]]) as $ff
| ([$rows[].cues[]]) as $cues
| {sentences: ($rows | length),
   uncertain: ($tp + $fn),
   tp: $tp, fp: $fp, fn: $fn,
   precision: pct($tp; $tp + $fp),
   recall: pct($tp; $tp + $fn),
   f1: pct(2 * $tp; 2 * $tp + $fp + $fn),
   cues: ($cues | length),
   cues_found: ([$cues[] | select(.found)] | length),
   cues_found_kind: ([$cues[] | select(.found_kind)] | length),
   false_friends: ($ff | length),
   flagged: ([$ff[] | select(.flagged)] | length),
   flagged_share: pct([$ff[] | select(.flagged)] | length; $ff | length),
   by_class: ($ff | group_by(.class)
	| map({key: .[0].class, value: "\([.[] | select(.flagged)] | length)/\(length)"})
	| from_entries),
   kinds_found: ($cues | group_by(.kind)
	| map({key: .[0].kind, value: "\([.[] | select(.found_kind)] | length)/\(length)"})
	| from_entries),
   wrong: [$rows[] | select(.gold != .pred or any(.friends[]; .flagged)
		or any(.cues[]; .found_kind | not))
	| "\(.id)#\(.i) gold \(if .gold then "uncertain" else "certain" end)"
	  + " got \(.hedges) missed \([.cues[] | select(.found_kind | not) | .cue])"
	  + " flagged \([.friends[] | select(.flagged) | .word]): \(.text)"]}
