#!/usr/bin/env bats
# split-sentences on bad input: every kind of rejected line, the message
# format, --rejects, --fail-fast, --max-record-bytes, and that no line is
# ever lost (lines in = lines out + lines rejected).

load helpers

setup() {
	C=$NF_TESTDATA/contract
	cd "$BATS_TEST_TMPDIR"
}

# The good lines of testdata/contract/bad.jsonl, annotated (line 10 is blank).
good_out() {
	printf '%s\n' \
		'{"id":"g1","text":"Good one. Still good.","sentences":[{"start":0,"end":9},{"start":10,"end":21}]}' \
		'{"id":"g2","text":"Another good one.","sentences":[{"start":0,"end":17}]}' \
		'' \
		'{"id":"g3","text":"Last good one.","sentences":[{"start":0,"end":14}]}' \
		'{"id":"g4","text":"The end.","sentences":[{"start":0,"end":8}]}'
}

# The bad lines of bad.jsonl, by line number.
BAD_LINES="2 4 5 6 7 8 9 11 13 14 15 16"

@test "bad lines are reported as TOOL: FILE:LINE: reason, good lines still annotated, exit 65" {
	run -65 --separate-stderr "$SS" "$C/bad.jsonl"
	good_out >want.jsonl
	"$SS" "$C/bad.jsonl" >out.jsonl 2>/dev/null || true
	cmp out.jsonl want.jsonl
	f=$C/bad.jsonl
	want_err=(
		"split-sentences: $f:2: invalid JSON at column 32: premature end of input near '\"unterminated}'"
		"split-sentences: $f:4: not a JSON object"
		"split-sentences: $f:5: not a JSON object"
		"split-sentences: $f:6: no \"text\" field"
		"split-sentences: $f:7: \"text\" is not a string"
		"split-sentences: $f:8: invalid UTF-8 at column "
		"split-sentences: $f:9: invalid JSON at column 28: duplicate object key near '\"text\"'"
		"split-sentences: $f:11: invalid JSON at column 40: duplicate object key near '\"k\"'"
		"split-sentences: $f:13: invalid JSON at column 28: end of file expected near 'extra'"
		"split-sentences: $f:14: \"text\" is not a string"
		"split-sentences: $f:15: invalid JSON at column 27: invalid Unicode '\\uD800' near '\"\\ud800\"'"
		"split-sentences: $f:16: not a JSON object"
	)
	mapfile -t got_err <<<"$stderr"
	[ "${#got_err[@]}" -eq "${#want_err[@]}" ]
	for i in "${!want_err[@]}"; do
		if [[ ${want_err[i]} == *"column " ]]; then
			[[ ${got_err[i]} == "${want_err[i]}"* ]]
		else
			[ "${got_err[i]}" = "${want_err[i]}" ] || {
				printf 'want: %s\ngot:  %s\n' "${want_err[i]}" "${got_err[i]}"
				false
			}
		fi
	done
}

@test "--rejects FILE gets each rejected line verbatim, in order" {
	run -65 "$SS" --rejects rejects.txt "$C/bad.jsonl"
	for n in $BAD_LINES; do
		sed -n "${n}p" "$C/bad.jsonl"
	done >want.txt
	cmp rejects.txt want.txt
	# the invalid UTF-8 byte is still there, as read
	grep -c $'caf\xe9 au lait' rejects.txt
}

@test "no line is lost: lines in = lines out + lines rejected" {
	run -65 "$SS" --rejects rejects.txt "$C/bad.jsonl"
	"$SS" "$C/bad.jsonl" >out.jsonl 2>/dev/null || true
	# bad.jsonl has no final newline: count its last line too
	in=$(($(wc -l <"$C/bad.jsonl") + 1))
	[ "$in" -eq 17 ]
	[ "$(($(wc -l <out.jsonl) + $(wc -l <rejects.txt)))" -eq "$in" ]
	[ "$(wc -l <rejects.txt)" -eq 12 ]
}

@test "stdin is named <stdin> in messages" {
	run -65 --separate-stderr "$SS" <"$C/bad.jsonl"
	[[ ${stderr_lines[0]} == "split-sentences: <stdin>:2: invalid JSON at column 32: "* ]]
	[ "${stderr_lines[11]}" = "split-sentences: <stdin>:16: not a JSON object" ]
}

@test "--rejects FILE is created, empty, when nothing is rejected" {
	printf 'old contents\n' >rejects.txt
	run -0 "$SS" --rejects rejects.txt <<<'{"text":"Fine."}'
	[ -f rejects.txt ]
	[ ! -s rejects.txt ]
}

@test "--fail-fast stops at the first rejected line, exit 65" {
	run -65 --separate-stderr "$SS" --fail-fast --rejects rejects.txt "$C/bad.jsonl"
	[ "$output" = '{"id":"g1","text":"Good one. Still good.","sentences":[{"start":0,"end":9},{"start":10,"end":21}]}' ]
	[ "${#stderr_lines[@]}" -eq 1 ]
	[[ $stderr == "split-sentences: $C/bad.jsonl:2: invalid JSON"* ]]
	[ "$(cat rejects.txt)" = '{"id":"b1","text":"unterminated}' ]
}

@test "--fail-fast does not read the files after the one that failed" {
	printf '{"text":"A."}\n[]\n{"text":"B."}\n' >a.jsonl
	printf '{"text":"C."}\n' >c.jsonl
	run -65 --separate-stderr "$SS" --fail-fast a.jsonl c.jsonl
	[ "$output" = '{"text":"A.","sentences":[{"start":0,"end":2}]}' ]
}

@test "--fail-fast with nothing bad changes nothing" {
	run -0 "$SS" --fail-fast "$C/records.jsonl"
	"$SS" --fail-fast "$C/records.jsonl" >out.jsonl
	cmp out.jsonl "$C/records.expected.jsonl"
}

# reject_one LINE REASON: LINE alone on stdin is rejected with REASON
# (a prefix of the message after "<stdin>:1: "), and copied verbatim.
reject_one() {
	printf '%s\n' "$1" >in.jsonl
	run -65 --separate-stderr "$SS" --rejects rejects.txt in.jsonl
	[ -z "$output" ] || {
		echo "output for $1: $output"
		return 1
	}
	[[ $stderr == "split-sentences: in.jsonl:1: $2"* ]] || {
		printf 'line:   %s\nwant:   %s...\nstderr: %s\n' "$1" "$2" "$stderr"
		return 1
	}
	cmp rejects.txt in.jsonl
}

@test "not JSON is rejected" {
	reject_one '{"text":"a"' 'invalid JSON at column'
	reject_one 'text: hello' 'invalid JSON at column 4: invalid token'
	reject_one '{"text":"a",}' 'invalid JSON'
	reject_one "{'text':'a'}" 'invalid JSON'
	reject_one '{"text":"a"} {"text":"b"}' 'invalid JSON'
	reject_one '{"text":"a"} extra' 'invalid JSON'
	reject_one '{"text":"a\qb"}' 'invalid JSON'
	reject_one '{"text":"\ud800"}' 'invalid JSON'
	reject_one $'{"text":"a\tb"}' 'invalid JSON'
	reject_one 'NaN' 'invalid JSON'
}

@test "JSON that is not an object is rejected" {
	for line in '[1]' '[]' '"x"' '1' '-2.5' 'null' 'true' 'false' '[{"text":"a"}]'; do
		reject_one "$line" 'not a JSON object'
	done
}

@test "an object without text, or with a text that is not a string, is rejected" {
	reject_one '{}' 'no "text" field'
	reject_one '{"Text":"a"}' 'no "text" field'
	reject_one '{"meta":{"text":"nested"}}' 'no "text" field'
	for v in 1 null true '["a"]' '{"a":"b"}' '1.5'; do
		reject_one "{\"text\":$v}" '"text" is not a string'
	done
}

@test "duplicate keys are rejected, at the top and nested" {
	reject_one '{"text":"a","text":"a"}' 'invalid JSON at column 18: duplicate object key near'
	reject_one '{"id":1,"text":"a","id":2}' 'invalid JSON'
	reject_one '{"text":"a","m":{"k":1,"k":2}}' 'invalid JSON'
	reject_one '{"text":"a","m":[{"k":1,"k":1}]}' 'invalid JSON'
	# the same key spelled two ways is a duplicate too
	reject_one '{"text":"a","t\u0065xt":"b"}' 'invalid JSON'
}

@test "invalid UTF-8 is rejected, with advice" {
	for bytes in '\xff' '\xe9' '\xc0\xaf' '\xe2\x80' '\xed\xa0\x80' '\xf4\x90\x80\x80' '\x80'; do
		printf "{\"text\":\"caf$bytes rest\"}\n" >in.jsonl
		run -65 --separate-stderr "$SS" --rejects rejects.txt in.jsonl
		[ -z "$output" ]
		[[ $stderr == "split-sentences: in.jsonl:1: invalid UTF-8 at column "*"iconv"* ]] || {
			echo "bytes $bytes: $stderr"
			false
		}
		cmp rejects.txt in.jsonl
	done
	# in a key, or a value other than text
	printf '{"text":"ok","\xff":1}\n' >in.jsonl
	run -65 --separate-stderr "$SS" in.jsonl
	[[ $stderr == *"invalid UTF-8"* ]]
}

@test "raw control bytes and NUL inside a string are rejected, and copied as read" {
	printf '{"text":"a\0b"}\n{"text":"ok"}\n' >in.jsonl
	run -65 --separate-stderr "$SS" --rejects rejects.txt in.jsonl
	[ "$output" = '{"text":"ok","sentences":[{"start":0,"end":2}]}' ]
	[[ $stderr == "split-sentences: in.jsonl:1: invalid JSON"* ]]
	[ "$(od -An -tx1 rejects.txt | tr -d ' \n')" = "7b2274657874223a22610062227d0a" ]
}

@test "rejects keep a CR and a byte order mark as read" {
	printf '\xef\xbb\xbf[1]\r\n{"text":"x"\r\n{"text":"ok"}\r\n' >in.jsonl
	run -65 --separate-stderr "$SS" --rejects rejects.txt in.jsonl
	printf '\xef\xbb\xbf[1]\r\n{"text":"x"\r\n' >want.txt
	cmp rejects.txt want.txt
	[ "$output" = '{"text":"ok","sentences":[{"start":0,"end":2}]}' ]
}

@test "a line that is only a byte order mark is blank" {
	printf '\xef\xbb\xbf\n{"text":"A."}\n' >in.jsonl
	"$SS" in.jsonl >out.jsonl
	printf '\n{"text":"A.","sentences":[{"start":0,"end":2}]}\n' >want.jsonl
	cmp out.jsonl want.jsonl
}

@test "nesting too deep for the parser is rejected, not a crash" {
	{
		printf '{"text":"a","x":'
		for _ in $(seq 5000); do printf '['; done
		for _ in $(seq 5000); do printf ']'; done
		printf '}\n{"text":"After."}\n'
	} >in.jsonl
	run -65 --separate-stderr "$SS" in.jsonl
	[ "$output" = '{"text":"After.","sentences":[{"start":0,"end":6}]}' ]
	[[ $stderr == "split-sentences: in.jsonl:1: invalid JSON"* ]]
}

# --- --max-record-bytes ---------------------------------------------------------

# long_record N: a record line of exactly N bytes (no newline), its text
# one long sentence: "Word Word ... x."
long_record() {
	printf '{"text":"%s"}' "$(yes Word | tr '\n' ' ' | head -c $(($1 - 13)))x."
}

@test "long_record makes lines of the exact length asked" {
	for n in 40 41 100 1000; do
		[ "$(long_record "$n" | wc -c)" -eq "$n" ]
	done
}

@test "a line over --max-record-bytes is rejected whole, the next line processed" {
	{
		printf '{"text":"Before."}\n'
		long_record 100000
		printf '\n{"text":"After."}\n'
	} >in.jsonl
	run -65 --separate-stderr "$SS" --max-record-bytes 64K --rejects rejects.txt in.jsonl
	[ "${lines[0]}" = '{"text":"Before.","sentences":[{"start":0,"end":7}]}' ]
	[ "${lines[1]}" = '{"text":"After.","sentences":[{"start":0,"end":6}]}' ]
	[ "${#lines[@]}" -eq 2 ]
	[ "$stderr" = 'split-sentences: in.jsonl:2: line longer than 65536 bytes: raise --max-record-bytes' ]
	sed -n 2p in.jsonl >want.txt
	cmp rejects.txt want.txt
}

@test "an overlong line across the 1 MiB read buffer is drained and copied whole" {
	{
		printf '{"text":"Before."}\n'
		long_record 2500000
		printf '\n{"text":"After."}\n'
		long_record 1100000	# last, no final newline
	} >in.jsonl
	run -65 --separate-stderr "$SS" --max-record-bytes 1M --rejects rejects.txt in.jsonl
	[ "${#lines[@]}" -eq 2 ]
	[ "${lines[1]}" = '{"text":"After.","sentences":[{"start":0,"end":6}]}' ]
	[ "${#stderr_lines[@]}" -eq 2 ]
	[ "${stderr_lines[0]}" = 'split-sentences: in.jsonl:2: line longer than 1048576 bytes: raise --max-record-bytes' ]
	[ "${stderr_lines[1]}" = 'split-sentences: in.jsonl:4: line longer than 1048576 bytes: raise --max-record-bytes' ]
	{
		sed -n 2p in.jsonl
		sed -n 4p in.jsonl
		echo
	} >want.txt
	cmp rejects.txt want.txt
}

@test "a long line under the limit crosses the read buffer and is annotated" {
	{
		long_record 1500000
		printf '\n{"text":"Next."}\n'
	} >in.jsonl
	run -0 "$SS" in.jsonl
	"$SS" in.jsonl >out.jsonl
	check_spans out.jsonl
	# the record is intact and its text unchanged
	[ "$(jq -c '.text' in.jsonl | md5sum)" = "$(jq -c '.text' out.jsonl | md5sum)" ]
	[ "$(sed -n 2p out.jsonl)" = '{"text":"Next.","sentences":[{"start":0,"end":5}]}' ]
	n=$(jq -s '.[0].sentences | length' out.jsonl)
	[ "$n" -eq 1 ]
}

@test "--fail-fast on an overlong line: one message, the line copied whole" {
	{
		long_record 5000
		printf '\n{"text":"Never read."}\n'
	} >in.jsonl
	run -65 --separate-stderr "$SS" --fail-fast --max-record-bytes 1K --rejects rejects.txt in.jsonl
	[ -z "$output" ]
	[ "${#stderr_lines[@]}" -eq 1 ]
	sed -n 1p in.jsonl >want.txt
	cmp rejects.txt want.txt
}

@test "many bad lines in a row: one message each, no output, nothing lost" {
	for i in $(seq 500); do
		printf '{"id":%d,"text":%d}\n' "$i" "$i"
	done >in.jsonl
	run -65 --separate-stderr "$SS" --rejects rejects.txt in.jsonl
	[ -z "$output" ]
	[ "${#stderr_lines[@]}" -eq 500 ]
	cmp rejects.txt in.jsonl
	[ "${stderr_lines[499]}" = 'split-sentences: in.jsonl:500: "text" is not a string' ]
}
