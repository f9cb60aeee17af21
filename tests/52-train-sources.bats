#!/usr/bin/env bats
# train-sources: trains the link-sources model from gold attributions
# (a hand-written tiny fixture here), deterministically, and refuses bad
# data and unusable files with the documented status.

bats_require_minimum_version 1.5.0

load helpers
load sources

setup() {
	cd "$BATS_TEST_TMPDIR"
}

@test "--help, --version, usage errors" {
	run -0 --separate-stderr "$TS" --help
	[[ "${lines[0]}" == "Usage: train-sources "* ]]
	[ -z "$stderr" ]
	run -0 "$TS" --version
	[ "$output" = "train-sources (newsfilters) 0.1.0" ]
	run -64 --separate-stderr "$TS" "$STRAIN"
	[[ "$stderr" == "train-sources: give -o MODEL and at least one TRAIN file"* ]]
	run -64 "$TS" -e 0 -o m.model "$STRAIN"
	run -64 "$TS" --min-weight=x -o m.model "$STRAIN"
}

@test "training on the tiny fixture is fast and gives the same bytes every time" {
	run -0 --separate-stderr "$TS" -o a.model "$STRAIN"
	[[ "$stderr" == *"epoch 8: cue tokens 10"* ]]
	"$TS" -q -o b.model "$STRAIN"
	cmp a.model b.model
	"$TS" -q -s 2 -o c.model "$STRAIN"
	! cmp -s a.model c.model
}

@test "the model is a sources container that link-sources loads and uses" {
	"$TS" -q -o tiny.model "$STRAIN"
	run -0 head -c 8 tiny.model
	[ "$output" = "NFMODEL" ]
	grep -q sources tiny.model
	grep -aq 'trained on:' tiny.model
	jq -c '{text}' "$STRAIN" >in.jsonl
	"$LS" --model tiny.model in.jsonl >out.jsonl
	check_attributions out.jsonl
	run -0 bash -c "jq -r '.text as \$t | .attributions[] | \$t[.cue.start:.cue.end]' out.jsonl | sort | tr '\n' ' '"
	[ "$output" = "According to adding announced denied said said said said told " ]
}

@test "a training file that cannot be read: exit 66, no model" {
	run -66 --separate-stderr "$TS" -o m.model nosuch.jsonl
	[ "$stderr" = "train-sources: cannot read 'nosuch.jsonl': No such file or directory" ]
	[ ! -e m.model ]
}

@test "bad training data: exit 65 naming the file and line, no model" {
	{ sed -n 1p "$STRAIN"; echo '{"text":"x","attributions":[{"cue":[0,9]}]}'; } >bad.jsonl
	run -65 --separate-stderr "$TS" -o m.model bad.jsonl
	[ "$stderr" = 'train-sources: bad.jsonl:2: not a record with "text" and "attributions" spans within the text' ]
	[ ! -e m.model ]
	echo '{"text":"x"' >bad2.jsonl
	run -65 "$TS" -o m.model bad2.jsonl
	: >empty.jsonl
	run -65 --separate-stderr "$TS" -o m.model empty.jsonl
	[ "$stderr" = "train-sources: no training documents" ]
}

@test "a cue list that is not word<TAB>number lines is bad data (65); a missing one 66" {
	printf 'said\tloud\n' >cues.txt
	run -65 --separate-stderr "$TS" --cues cues.txt -o m.model "$STRAIN"
	[ "$stderr" = "train-sources: cue words: bad entry at line 1" ]
	run -66 "$TS" --cues nosuch.txt -o m.model "$STRAIN"
}

@test "a model that cannot be written: exit 74" {
	run -74 --separate-stderr "$TS" -q -o /nonexistent/dir/m.model "$STRAIN"
	[[ "$stderr" == "train-sources: cannot write '/nonexistent/dir/m.model': "* ]]
}
