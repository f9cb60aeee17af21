#!/usr/bin/env bats
# detect-hedge --model: the shipped model file, and every way a model file
# can be unusable (missing, empty, foreign, corrupt, truncated, another
# format version or kind or feature set).  Each is refused before any
# input is read, with exit 66 (cannot read) or 65 (not usable) and one
# message naming the file; never a crash.

bats_require_minimum_version 1.5.0

load helpers
load entities
load hedge

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# assert_bad_model MODEL PATTERN: exit 65, nothing on standard output, one
# message naming the file and matching PATTERN.
assert_bad_model() {
	run -65 --separate-stderr "$DH" --model "$1" "$HNEWS"
	[ -z "$output" ]
	[ "${#stderr_lines[@]}" -eq 1 ]
	[[ "$stderr" == "detect-hedge: $1: "* ]]
	[[ "$stderr" =~ $2 ]]
}

@test "--model with the shipped model file gives what the built-in model gives" {
	"$DH" "$HNEWS" >builtin.jsonl
	"$DH" --model "$TOP/data/hedge.model" "$HNEWS" >file.jsonl
	cmp builtin.jsonl file.jsonl
}

@test "--model: a file that cannot be read exits 66, naming it" {
	run -66 --separate-stderr "$DH" --model missing.model "$HNEWS"
	[ -z "$output" ]
	[ "$stderr" = "detect-hedge: cannot read model 'missing.model': No such file or directory" ]
	run -66 --separate-stderr "$DH" --model . "$HNEWS"
	[[ "$stderr" == "detect-hedge: cannot read model '.': "* ]]
}

@test "--model: an empty file or another file format is not a model (65)" {
	: >empty.model
	assert_bad_model empty.model 'bad magic'
	assert_bad_model "$HNEWS" 'bad magic'
	printf 'NFMODEL\n\1\0\0' >tiny.model
	assert_bad_model tiny.model 'truncated'
}

@test "--model: a flipped byte anywhere is caught by the checksum (65)" {
	size=$(wc -c <"$TOP/data/hedge.model")
	for at in 20 100 $((size / 3)) $((size / 2)) $((size - 9)) $((size - 1)); do
		cp "$TOP/data/hedge.model" bad.model
		flip_byte bad.model "$at"
		assert_bad_model bad.model 'checksum'
	done
}

@test "--model: a truncated model (65)" {
	size=$(wc -c <"$TOP/data/hedge.model")
	for keep in 9 30 1000 $((size / 2)) $((size - 1)); do
		head -c "$keep" "$TOP/data/hedge.model" >cut.model
		assert_bad_model cut.model 'truncated|checksum|bad magic'
	done
}

@test "--model: another format version (65)" {
	head -c -8 "$TOP/data/hedge.model" >v2.model
	set_byte v2.model 8 2
	seal v2.model
	assert_bad_model v2.model 'version 2 is not supported'
}

@test "--model: another kind of model (65)" {
	if [ -f "$TOP/data/entities.model" ]; then
		assert_bad_model "$TOP/data/entities.model" "a 'entities' model, not an 'hedge' model"
	fi
	: >empty
	container other.model 1 sentences meta empty
	assert_bad_model other.model "a 'sentences' model, not an 'hedge' model"
}

@test "--model: a hedge container without usable sections (65)" {
	"$TH" -o toy.model -e 2 "$TINY" 2>/dev/null
	: >empty
	container none.model 1 hedge
	assert_bad_model none.model "no 'features' section"
	le 4 99 >f99
	printf 'may\tepistemic\n' >cues
	container f99.model 1 hedge features f99 cues cues patterns empty weights empty
	assert_bad_model f99.model 'features version 99'
	le 4 1 >f1
	container old.model 1 hedge features f1 cues cues patterns empty weights empty
	assert_bad_model old.model 'hedge features version 1, this build uses 3: retrain it'
	le 4 3 >f3
	container now.model 1 hedge features f3 cues cues patterns empty
	assert_bad_model now.model "no 'weights' section"
	printf 'not a weights table' >junk
	container junk.model 1 hedge features f3 cues cues patterns empty weights junk
	assert_bad_model junk.model "bad 'weights' section"
	{ le 4 3; le 4 1; le 4 0; le 4 0; le 4 0; le 4 0; } >w3
	container w3.model 1 hedge features f3 cues cues patterns empty weights w3
	assert_bad_model w3.model "bad 'weights' section"
	printf 'short\n' >f5
	container f5.model 1 hedge features f5 cues cues patterns empty weights empty
	assert_bad_model f5.model "bad 'features' section"
}

@test "--model: bad word lists inside the model are reported with their line (65)" {
	le 4 3 >f3
	{ le 4 2; le 4 1; le 4 0; le 4 0; le 4 0; le 4 0; } >w
	printf 'may\tepistemic\nmight\tmaybe\n' >cues
	: >empty
	container k.model 1 hedge features f3 cues cues patterns empty weights w
	assert_bad_model k.model "model cues:2: unknown kind 'maybe'"
	printf 'may\tepistemic\n' >cues
	printf '(?:is|are said to\tweasel\n' >pats
	container p.model 1 hedge features f3 cues cues patterns pats weights w
	assert_bad_model p.model 'model patterns:1: '
	printf '[a-z]+ said\tweasel\n' >pats
	container t.model 1 hedge features f3 cues cues patterns pats weights w
	assert_bad_model t.model 'does not begin with a whole word'
}

@test "a toy model with an empty weights table still runs (cues marked always only)" {
	le 4 3 >f3
	{ le 4 2; le 4 1; le 4 0; le 4 0; le 4 0; le 4 0; } >w
	printf 'may\tepistemic\nreportedly\treportative\talways\n' >cues
	: >empty
	container ok.model 1 hedge features f3 cues cues patterns empty weights w
	record 'It may rain, reportedly.' >in.jsonl
	run -0 bash -c "'$DH' --model ok.model in.jsonl | jq -c '[.hedges[].cue]'"
	[ "$output" = '["reportedly"]' ]
}

@test "a bad model is reported before any input is read" {
	: >empty.model
	run -65 --separate-stderr bash -c "printf '{\"text\":\"x\"}\n' | '$DH' --model empty.model"
	[ -z "$output" ]
	[ "$stderr" = 'detect-hedge: empty.model: not a newsfilters model (bad magic number)' ]
}
