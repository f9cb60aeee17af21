#!/usr/bin/env bats
# tag-entities on the news briefs of testdata/entities/briefs.jsonl (written
# for this project in the seed's style: modern names, ALL-CAPS headlines,
# anonymous sources, [N] notes, bullets), scored against their gold names
# by tests/entities-f1.jq (exact span and type, as score.py ents does).
# The threshold on all briefs is issue 15's target, set before measuring.
# The held-out sets were written blind (held-out-2 to the model's
# hand-written gazetteer list; held-out-3 to -6 to all of data/ and the
# model card) and each is scored once per model, never tuned on.  Each is
# asserted at the F1 of the model in use less about two names; issue 15's
# 85 is asserted on all 60 briefs.  held-out-6 (twelve briefs written on
# 2026-12-06 for the fifth session, 317 names, committed at 1cc3480
# before any model ran on them) scored 83.52 with the model before, and
# 87.42 with the one in use, which document cross-validation chose
# (1,435 training briefs and 467 encyclopaedic articles of our own, and
# pruning that leaves words between capitalised ones to their context);
# the blind sets did not choose.  The model in use (its training text
# reviewed so that no invented wrongdoing is pinned on a real firm or
# person) scores held-out-2 87.45, held-out-3 89.19, held-out-4 86.34,
# held-out-5 90.49, held-out-6 87.42, the 42 briefs of held-out-3 to -6
# 88.49, all 60 briefs 89.70.
# The history of these figures is in docs/entities-model.md.  Needs no
# ../shared.

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

@test "briefs: twelve or more, a third or more held out, blind sets of six, eight, ten, twelve and twelve, every gold span on its text" {
	run jq -s -e 'length >= 12 and (map(select(.heldout)) | length) * 3 >= length
		and (map(select(.set == "held-out-2")) | length) == 6
		and (map(select(.set == "held-out-3")) | length) == 8
		and (map(select(.set == "held-out-4")) | length) == 10
		and (map(select(.set == "held-out-5")) | length) == 12
		and (map(select(.set == "held-out-6")) | length) == 12
		and all(.[]; .set | IN("tuned", "held-out", "held-out-2", "held-out-3", "held-out-4", "held-out-5", "held-out-6"))
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

@test "all 60 briefs: exact-span F1 at least 85" {
	f1_at_least 'true' 60 85
}

@test "held-out-6 briefs (written blind, scored once per model): exact-span F1 at least 86.7" {
	f1_at_least '.set == "held-out-6"' 12 86.7
}

@test "held-out-5 briefs (written blind, scored once per model): exact-span F1 at least 89.9" {
	f1_at_least '.set == "held-out-5"' 12 89.9
}

@test "the 42 blind briefs of held-out-3 to -6 together: exact-span F1 at least 88.3" {
	f1_at_least '.set | IN("held-out-3", "held-out-4", "held-out-5", "held-out-6")' 42 88.3
}

@test "held-out-4 briefs (written blind, scored once per model): exact-span F1 at least 85.4" {
	f1_at_least '.set == "held-out-4"' 10 85.4
}

@test "held-out-3 briefs (written blind, scored once per model): exact-span F1 at least 88.1" {
	f1_at_least '.set == "held-out-3"' 8 88.1
}

@test "held-out-2 briefs (blind to the gazetteer list): exact-span F1 at least 85.7" {
	f1_at_least '.set == "held-out-2"' 6 85.7
}
