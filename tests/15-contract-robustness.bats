#!/usr/bin/env bats
# The record contract for every filter on input at its edges: numbers
# jansson cannot hold pass through byte for byte, a directory operand is
# an input that cannot be opened (66) and the other operands are still
# read, a line over --max-record-bytes is rejected and skipped (the lines
# after it still come out), and so is a record whose annotated line would
# be over the limit.

bats_require_minimum_version 1.5.0

load helpers

FILTERS="split-sentences tag-entities detect-hedge link-sources"

setup() {
	cd "$BATS_TEST_TMPDIR"
}

@test "integers beyond int64 and reals beyond double pass through byte for byte" {
	in='{"id":123456789012345678901234567890,"x":1e400,"y":-1.5E+999,"z":[9223372036854775807,-9223372036854775808,9223372036854775808],"w":1e-400,"s":"1e400","text":"It rained."}'
	for f in $FILTERS; do
		run -0 --separate-stderr "$NF_BIN/$f" <<<"$in"
		[ "${output:0:${#in}-1}" = "${in:0:${#in}-1}" ]
		[ -z "$stderr" ]
		# idempotent too
		run -0 "$NF_BIN/$f" <<<"$output"
		[ "${output:0:${#in}-1}" = "${in:0:${#in}-1}" ]
	done
}

@test "a span given as a number too big to hold is bad data, not a crash" {
	in='{"text":"It rained.","sentences":[{"start":0,"end":1e400}]}'
	for f in tag-entities detect-hedge link-sources; do
		run -65 --separate-stderr "$NF_BIN/$f" <<<"$in"
		[[ "$stderr" == "$f: <stdin>:1: \"sentences\" is not a sorted list of {start,end} spans of the text" ]]
	done
}

@test "a directory operand cannot be opened (66); the other operands are still read" {
	mkdir dir
	record 'It rained.' > a.jsonl
	for f in $FILTERS; do
		run -66 --separate-stderr "$NF_BIN/$f" dir a.jsonl
		[ "$stderr" = "$f: cannot open 'dir': Is a directory" ]
		[ "$(jq -r .text <<<"$output")" = 'It rained.' ]
	done
}

@test "a line over --max-record-bytes is rejected and skipped; the lines after it come out" {
	# a 2 MB line under a 64 KiB limit: read past, never gathered
	head -c 2000000 /dev/zero | tr '\0' a | jq -Rc '{text: .}' > in.jsonl
	record 'It rained.' >> in.jsonl
	record 'It snowed.' >> in.jsonl
	for f in $FILTERS; do
		run -65 --separate-stderr "$NF_BIN/$f" --max-record-bytes 64K --rejects rej "$PWD/in.jsonl"
		[ "$stderr" = "$f: $PWD/in.jsonl:1: line longer than 65536 bytes: raise --max-record-bytes" ]
		[ "${#lines[@]}" -eq 2 ]
		[ "$(jq -r .text <<<"${lines[1]}")" = 'It snowed.' ]
		cmp rej <(head -n 1 in.jsonl)
	done
}

@test "a record whose annotated line would be over --max-record-bytes is rejected, for every filter" {
	text=$(printf 'He said it rained. %.0s' $(seq 200))
	record "$text" > in.jsonl
	record 'It snowed.' >> in.jsonl
	for f in $FILTERS; do
		"$NF_BIN/$f" in.jsonl > full.jsonl
		n=$(head -n 1 full.jsonl | wc -c)
		n=$((n - 1))
		# the limit at the output line's length passes; one byte less rejects
		run -0 "$NF_BIN/$f" --max-record-bytes "$n" in.jsonl
		[ "$output" = "$(cat full.jsonl)" ]
		run -65 --separate-stderr "$NF_BIN/$f" --max-record-bytes $((n - 1)) --rejects rej in.jsonl
		[ "$stderr" = "$f: in.jsonl:1: annotated record would be $n bytes, longer than $((n - 1)): raise --max-record-bytes" ]
		[ "$output" = "$(tail -n 1 full.jsonl)" ]
		cmp rej <(head -n 1 in.jsonl)
	done
}

@test "a value far over a small --max-record-bytes is counted, not kept: the message gives its whole length" {
	# the values are written under the limit and dropped once past it
	# (lib/buf.h): the length in the message must not depend on the limit
	text=$(printf 'Yes, Smith may go, he said. Paris may go. Rome may go. Go. Go. Go. %.0s' $(seq 200))
	record "$text" > in.jsonl
	record 'It snowed.' >> in.jsonl
	ilen=$(head -n 1 in.jsonl | wc -c)
	ilen=$((ilen - 1))
	for f in $FILTERS annotate; do
		"$NF_BIN/$f" in.jsonl > full.jsonl
		n=$(head -n 1 full.jsonl | wc -c)
		n=$((n - 1))
		[ "$n" -gt $((2 * ilen + 1000)) ]	# the values alone pass both limits
		for limit in "$ilen" $((ilen + 1000)); do
			run -65 --separate-stderr "$NF_BIN/$f" --max-record-bytes "$limit" --rejects rej in.jsonl
			[ "$output" = "$(tail -n 1 full.jsonl)" ]
			cmp rej <(head -n 1 in.jsonl)
			case $f in
			link-sources | annotate)
				# several keys: the values alone, "over M bytes"
				keys=$(head -n 1 full.jsonl | jq -r 'del(.text) | keys_unsorted | map(",\"" + . + "\":") | add')
				m=$((n - ilen - ${#keys}))
				[ "$stderr" = "$f: in.jsonl:1: annotated record would be over $m bytes, longer than $limit: raise --max-record-bytes" ] ;;
			*)
				[ "$stderr" = "$f: in.jsonl:1: annotated record would be $n bytes, longer than $limit: raise --max-record-bytes" ] ;;
			esac
		done
	done
}
