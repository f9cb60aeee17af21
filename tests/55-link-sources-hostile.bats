#!/usr/bin/env bats
# link-sources on hostile text that once made it cubic or quadratic
# (issue 14): thousands of bullets, a "Sources:" block, a line of "[1]"
# markers, many citations, many distinct sources, one source quoted
# thousands of times.  The sizes are modest and nothing is timed: each
# test checks what comes out (bench/growth measures the growth).

bats_require_minimum_version 1.5.0

load helpers
load sources

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# repeat UNIT N [HEAD [TAIL]]: one record whose text is HEAD, UNIT N
# times ("%d" in UNIT numbered from 1), then TAIL.
repeat() {
	jq -nc --arg u "$1" --argjson n "$2" --arg h "${3:-}" --arg t "${4:-}" \
		'{id: "x", text: ($h + ([range(1; $n + 1) | tostring as $i | $u | gsub("%d"; $i)] | add) + $t)}'
}

@test "3000 bullets: 3000 summaries, each its own line, none linked (no body)" {
	repeat $'- alpha bravo charlie\n' 3000 > in.jsonl
	run -0 --separate-stderr "$LS" in.jsonl
	echo "$output" > out.jsonl
	check_attributions out.jsonl
	run jq -c '[(.references | length), (.references | map(.kind) | unique),
		(.references | map(.supports | length) | add),
		(.text as $t | .references | map(.text as $s | $t[$s.start:$s.end]) | unique)]' out.jsonl
	[ "$output" = '[3000,["summary"],0,["alpha bravo charlie"]]' ]
}

@test "a Sources: block of 3000 lines: 3000 notes" {
	repeat $'alpha bravo charlie\n' 3000 $'Sources:\n' > in.jsonl
	run -0 jq -c '[(.references | length), (.references | map(.kind) | unique)]' \
		< <("$LS" in.jsonl)
	[ "$output" = '[3000,["note"]]' ]
}

@test "1000 bullets among 1000 body sentences: each bullet goes with the first three it matches" {
	repeat $'Alpha bravo charlie rained.\n- alpha bravo charlie\n' 1000 > in.jsonl
	run -0 jq -c '[(.references | length), (.references | map(.supports | map(.sentence)) | unique),
		(.references | map(.supports | map(.score)) | unique)]' < <("$LS" in.jsonl)
	[ "$output" = '[1000,[[0,2,4]],[[1,1,1]]]' ]
}

@test "a line of 20000 [1] markers: 20000 notes numbered 1, none cited (the markers are notes)" {
	repeat '[1] ' 20000 > in.jsonl
	run -0 jq -c '[(.references | length), (.references | map(.number) | unique),
		(.references | map(.cited_by | length) | add)]' < <("$LS" in.jsonl)
	[ "$output" = '[20000,[1],0]' ]
}

@test "5000 sentences citing [1], and two notes numbered 1: both cited by the first three" {
	repeat 'It rained.[1] ' 5000 '' $'\n[1] The weather service. [1] The port.' > in.jsonl
	run -0 jq -c '[.references[] | [.number, .cited_by]]' < <("$LS" in.jsonl)
	[ "$output" = '[[1,[0,1,2]],[1,[0,1,2]]]' ]
}

@test "3000 distinct named sources: 3000 sources, and 'he' is the last of them" {
	repeat 'John Smith%d said it rained. ' 3000 '' 'He said it rained.' > in.jsonl
	run -0 jq -c '[(.sources | length), .sources[-1].name, (.sources[-1].mentions | length),
		(.sources[0:-1] | map(.mentions | length) | unique), .attributions[-1].source_id]' \
		< <("$LS" in.jsonl)
	[ "$output" = '[3000,"John Smith3000",2,[1],3000]' ]
}

@test "one source quoted 3000 times: 3000 attributions, one source with 3000 mentions" {
	repeat '"Yes," he said. ' 3000 > in.jsonl
	run -0 --separate-stderr "$LS" in.jsonl
	echo "$output" > out.jsonl
	check_attributions out.jsonl
	run jq -c '[(.attributions | length), (.sources | length), (.sources[0].mentions | length),
		(.attributions | map(.source_id) | unique)]' out.jsonl
	[ "$output" = '[3000,1,3000,[1]]' ]
	# and its output is its own input: a rerun changes nothing
	run -0 "$LS" out.jsonl
	[ "$output" = "$(cat out.jsonl)" ]
}

@test "a 250 KB record: link-sources tokenizing it window by window gives what annotate gives from tag-entities' tokens" {
	# link-sources alone tokenizes in 64 KB windows cut at white space
	# (memory, issue 14); annotate hands it the tokens tag-entities made of
	# the whole text.  Both must write the same bytes.
	local unit
	unit=$(cat "$NF_TESTDATA/sources/envoy.txt" "$NF_TESTDATA/sources/markers.txt")
	jq -nc --arg u "$unit"$'\n\n' '{id: "big", text: ([range(0; 130) | $u] | add)}' > in.jsonl
	[ "$(stat -c %s in.jsonl)" -gt 250000 ]
	run -0 bash -c "'$NF_BIN/tag-entities' in.jsonl | '$LS' > pipe.jsonl"
	run -0 "$NF_BIN/annotate" --stages=entities,sources in.jsonl
	[ "$output" = "$(cat pipe.jsonl)" ]
	[ "$(jq '.attributions | length' pipe.jsonl)" -gt 1000 ]
	[ "$(jq '.references | length' pipe.jsonl)" -eq 780 ]
}

@test "values that may outgrow --max-record-bytes are counted first: written whole within it, rejected with their exact length past it" {
	# 2000 "[1]" notes: their values' lower bound (attr_json.c) is a
	# quarter of these limits or more, so link-sources counts them before
	# keeping any (issue 14); the bytes and messages are those of writing
	repeat '[1] ' 2000 $'It rained.[1]\n' > in.jsonl
	"$LS" in.jsonl > full.jsonl
	n=$(head -n 1 full.jsonl | wc -c)
	n=$((n - 1))
	ilen=$(head -n 1 in.jsonl | wc -c)
	ilen=$((ilen - 1))
	keys=$(jq -r 'del(.id, .text) | keys_unsorted | map(",\"" + . + "\":") | add' full.jsonl)
	m=$((n - ilen - ${#keys}))	# the three values alone
	[ "$(jq -c '[(.references | length), .references[0].cited_by, .references[1].cited_by]' full.jsonl)" = '[2000,[0],[0]]' ]	# the body's marker cites them all
	# at the line's length: counted, then written again, the same bytes
	run -0 "$LS" --max-record-bytes "$n" in.jsonl
	[ "$output" = "$(cat full.jsonl)" ]
	# one byte less: the line is too long, its values are not
	run -65 --separate-stderr "$LS" --max-record-bytes $((n - 1)) in.jsonl
	[ "$stderr" = "link-sources: in.jsonl:1: annotated record would be $n bytes, longer than $((n - 1)): raise --max-record-bytes" ]
	# the values alone past the limit: their whole length, whatever the limit
	for limit in $((m - 1)) $((m / 2)) $((m / 8)); do
		run -65 --separate-stderr "$LS" --max-record-bytes "$limit" --rejects rej in.jsonl
		[ "$stderr" = "link-sources: in.jsonl:1: annotated record would be over $m bytes, longer than $limit: raise --max-record-bytes" ]
		[ "$output" = "" ]
		cmp rej in.jsonl
	done
}
