#!/usr/bin/env bats
# detect-hedge on news: the fixtures of testdata/hedge/news.jsonl (made-up
# articles) get the hedges they list, with the right kind, and the records
# that hold only false friends ("May" the month, "could" of ability,
# "suggested" a proposal, "appeared" on stage, "claim" the insurance noun,
# "will" of a plain future) get none.

bats_require_minimum_version 1.5.0

load helpers
load hedge

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# assert_found ID: the record ID of the fixtures gets (at least) the
# hedges its "expect" lists, cue and kind; prints what is missing.
assert_found() {
	jq -c --arg id "$1" 'select(.id == $id)' "$HNEWS" | "$DH" >out.jsonl
	[ -s out.jsonl ] || { echo "no record $1"; return 1; }
	check_hedges out.jsonl
	run -0 jq -c '[.expect[] | [.cue, .kind]] - [.hedges[] | [.cue, .kind]]' out.jsonl
	if [ "$output" != '[]' ]; then
		echo "missing: $output"
		echo "found:   $(hedges_of <out.jsonl)"
		return 1
	fi
}

# assert_none ID: the record ID gets no hedge at all.
assert_none() {
	jq -c --arg id "$1" 'select(.id == $id)' "$HNEWS" | "$DH" >out.jsonl
	[ -s out.jsonl ] || { echo "no record $1"; return 1; }
	run -0 hedges_of <out.jsonl
	if [ "$output" != '[]' ]; then
		echo "false friends flagged: $output"
		return 1
	fi
}

@test "reportative and weasel attribution: reportedly, anonymous sources, is said to, critics argue" {
	assert_found ceasefire
	assert_found port
}

@test "epistemic, speculative and doxastic cues, and a claim as a verb" {
	assert_found inquiry
	assert_found economy
}

@test "multi-word cues are one hedge: could potentially, According to anonymous sources" {
	jq -c 'select(.id == "ceasefire")' "$HNEWS" | "$DH" >out.jsonl
	run -0 jq -c '[.hedges[] | select(.cue | test(" ")) | .cue]' out.jsonl
	[[ "$output" == *'"According to anonymous sources"'* ]]
	[[ "$output" == *'"could potentially"'* ]]
	run -0 jq -e '[.hedges[].cue] | all(. != "could" and . != "potentially")' out.jsonl
}

@test "conditions and their consequences; accusations are reportative" {
	assert_found conditional
}

@test "the consequence of a condition: 'will' after 'if' only with --scope=uncertainty" {
	jq -c 'select(.id == "conditional")' "$HNEWS" >in.jsonl
	run -0 sh -c '"$1" in.jsonl | jq -c "[.hedges[].cue]"' _ "$DH"
	[[ "$output" == *'"If"'* && "$output" != *'"will"'* ]]
	run -0 sh -c '"$1" --scope=uncertainty in.jsonl | jq -c "[.hedges[].cue]"' _ "$DH"
	[[ "$output" == *'"If"'* && "$output" == *'"will"'* ]]
}

@test "false friend: May the month" {
	assert_none may-month
}

@test "false friend: could of past ability" {
	assert_none could-ability
}

@test "false friend: suggested a proposal" {
	assert_none suggest-proposal
}

@test "false friend: appeared on stage and in court" {
	assert_none appear-stage
}

@test "false friend: claim the insurance noun" {
	assert_none claim-insurance
}

@test "false friend: will of a plain future" {
	assert_none will-future
}

@test "the annotate-news chain carries hedges after sentences" {
	# a copy of the pipeline next to the tools under test (NF_BIN), as in
	# tests/22-annotate-news.bats, so that make sanitize checks them too
	mkdir -p pl
	cp "$TOP/pipelines/annotate-news" pl/
	for t in "$NF_BIN"/*; do
		ln -s "$t" pl/
	done
	pl/annotate-news "$HNEWS" >out.jsonl
	[ "$(wc -l <out.jsonl)" -eq "$(wc -l <"$HNEWS")" ]
	check_hedges out.jsonl
	run -0 jq -e -s 'all(.[]; keys_unsorted as $k
		| ($k | index(["sentences"])) < ($k | index(["hedges"])))' out.jsonl
	# the sentence indices are those of the sentences in the record
	"$DH" "$HNEWS" | jq -c '.hedges' >alone
	jq -c '.hedges' out.jsonl >chained
	cmp alone chained
}
