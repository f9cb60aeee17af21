#!/usr/bin/env bats
# tag-entities on the news briefs of testdata/entities/briefs.jsonl (written
# for this project in the seed's style: modern names, ALL-CAPS headlines,
# anonymous sources, [N] notes, bullets), scored against their gold names
# by tests/entities-f1.jq (exact span and type, as score.py ents does).
# The threshold on all briefs is issue 15's target, set before measuring.
# The held-out-2 set (six briefs written blind to the model's hand-written
# gazetteer list, which holds the names of the other sets) is asserted
# only on what it reaches: its threshold is the F1 measured once at commit
# 88e95be (73.87, P 77.36 R 70.69), minus a margin of about two names
# (72), not the target, which it misses; nothing was tuned on it.  The
# held-out-3 set (eight briefs written blind on 2026-12-06, 188 names) was
# scored once with the model before the external gazetteer (80.00) and once
# with the model of that change (81.28); its threshold is the latter less
# about two names (79).  The held-out-4 set (ten briefs written blind on
# 2026-12-06, 226 names, committed at aa79346) was scored once with the
# model of that day (74.89) before anything else changed; its threshold is
# the F1 of the model in use, scored once, less about two names.  Since
# the model trained also on data/train-briefs.jsonl (231 briefs of our own,
# chosen by document cross-validation, not by these sets), each blind set
# is asserted at that model's figure less about two names; with feature
# set 5 (the capitalised run's head, chosen the same way): held-out-2
# 81.58 (80), held-out-3 87.23 (86), held-out-4 79.65 (78).  The
# issue's 85 is asserted on the 26 briefs it was first measured on (all
# but held-out-4), as before held-out-4 existed.  Needs no ../shared.

bats_require_minimum_version 1.5.0

if [ -f "$BATS_TEST_DIRNAME/helpers.bash" ]; then
	load helpers
fi
load entities

BRIEFS=$NF_TESTDATA/entities/briefs.jsonl
F1=$BATS_TEST_DIRNAME/entities-f1.jq

setup_file() {
	jq -c '.gold = .entities | del(.entities)' "$BRIEFS" | "$TE" >"$BATS_FILE_TMPDIR/tagged.jsonl"
}

setup() {
	TAGGED=$BATS_FILE_TMPDIR/tagged.jsonl
}

@test "briefs: twelve or more, a third or more held out, blind sets of six, eight and ten, every gold span on its text" {
	run jq -s -e 'length >= 12 and (map(select(.heldout)) | length) * 3 >= length
		and (map(select(.set == "held-out-2")) | length) == 6
		and (map(select(.set == "held-out-3")) | length) == 8
		and (map(select(.set == "held-out-4")) | length) == 10
		and all(.[]; .set | IN("tuned", "held-out", "held-out-2", "held-out-3", "held-out-4"))
		and all(.[]; .heldout == (.set != "tuned"))' "$BRIEFS"
	[ "$status" -eq 0 ]
	run jq -c '.text as $t | .entities[] | select(($t[.[0]:.[1]] | test("^\\S(.*\\S)?$") | not)
		or (.[2] | IN("PER", "ORG", "LOC", "MISC") | not))' "$BRIEFS"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "the scorer counts: perfect output scores 100, no output 0" {
	run jq -s -c -f "$F1" <(jq -c '.gold = .entities | .entities |= map({start: .[0], end: .[1],
		label: (if .[2] == "PER" then "PERSON" else .[2] end)})' "$BRIEFS")
	[ "$status" -eq 0 ]
	[ "$(jq -r .f1 <<<"$output")" = 100 ]
	run jq -s -c -f "$F1" <(jq -c '.gold = .entities | .entities = []' "$BRIEFS")
	[ "$(jq -r .f1 <<<"$output")" = 0 ]
}

# f1_at_least FILTER COUNT MIN: the tagged briefs that jq FILTER selects
# (a boolean on a record) are COUNT records, whose exact-span F1 is at
# least MIN.
f1_at_least() {
	run jq -c "select($1)" "$TAGGED"
	[ "$(jq -s length <<<"$output")" -eq "$2" ]
	run jq -s -c -f "$F1" <<<"$output"
	echo "$output"
	jq -e --argjson min "$3" '.f1 >= $min' <<<"$output"
}

@test "the 26 briefs before held-out-4: exact-span F1 at least 85" {
	f1_at_least '.set != "held-out-4"' 26 85
}

@test "held-out-4 briefs (written blind, scored once per model): exact-span F1 at least 78" {
	f1_at_least '.set == "held-out-4"' 10 78
}

@test "held-out-3 briefs (written blind, scored once per model): exact-span F1 at least 86" {
	f1_at_least '.set == "held-out-3"' 8 86
}

@test "held-out-2 briefs (blind to the gazetteer list): exact-span F1 at least 80" {
	f1_at_least '.set == "held-out-2"' 6 80
}
