#!/usr/bin/env bats
# split-sentences and the record contract (docs/record-contract.md):
# output bytes, idempotence, blank lines, CRLF, BOM, code point spans,
# options, exit statuses, pipes and buffering.

load helpers

setup() {
	C=$NF_TESTDATA/contract
	cd "$BATS_TEST_TMPDIR"
}

# --- output bytes -----------------------------------------------------------

@test "the fixture records come out exactly as expected, byte for byte" {
	run -0 --separate-stderr "$SS" "$C/records.jsonl"
	[ -z "$stderr" ]
	"$SS" "$C/records.jsonl" >out.jsonl
	cmp out.jsonl "$C/records.expected.jsonl"
}

@test "sentences is appended as the last key; the input bytes come first, unchanged" {
	in='{"id": 7, "text":"One. Two.",  "z" : [1, {"a":"}"}], "e":"\u00e9\/"}'
	run -0 "$SS" <<<"$in"
	[ "$output" = '{"id": 7, "text":"One. Two.",  "z" : [1, {"a":"}"}], "e":"\u00e9\/","sentences":[{"start":0,"end":4},{"start":5,"end":9}]}' ]
	# and as jq sees it: same keys in the same order, sentences last
	[ "$(jq -c 'keys_unsorted' <<<"$output")" = '["id","text","z","e","sentences"]' ]
}

@test "an existing sentences key is replaced in place, whatever its value" {
	run -0 "$SS" <<<'{"a":1,"sentences":{"x":[1,"]"]},"text":"Hi there. Bye.","b":2}'
	[ "$output" = '{"a":1,"sentences":[{"start":0,"end":9},{"start":10,"end":14}],"text":"Hi there. Bye.","b":2}' ]
}

@test "a key spelled with escapes (sent\\u0065nces) is the same key: replaced in place" {
	run -0 "$SS" <<<'{"sent\u0065nces":null,"text":"Yes."}'
	[ "$output" = '{"sent\u0065nces":[{"start":0,"end":4}],"text":"Yes."}' ]
}

@test "a sentences key inside a nested object or a string is not touched" {
	run -0 "$SS" <<<'{"meta":{"sentences":"keep"},"s":"\"sentences\":1","text":"Ok."}'
	[ "$output" = '{"meta":{"sentences":"keep"},"s":"\"sentences\":1","text":"Ok.","sentences":[{"start":0,"end":3}]}' ]
}

@test "running twice gives byte-identical output (idempotent)" {
	"$SS" "$C/records.jsonl" >once.jsonl
	"$SS" once.jsonl >twice.jsonl
	cmp once.jsonl twice.jsonl
	"$SS" "$NF_TESTDATA/news/articles.jsonl" >n1.jsonl
	"$SS" <n1.jsonl >n2.jsonl
	cmp n1.jsonl n2.jsonl
}

@test "the value is compact JSON: no spaces, start then end, integers" {
	"$SS" "$C/records.jsonl" "$NF_TESTDATA/news/articles.jsonl" >out.jsonl
	# the spliced bytes, one value a record, are what jq -c prints
	grep -oE '"sent(e|\\u0065)nces":\[[^]]*\]' out.jsonl | sed 's/^"[^"]*"://' >values.txt
	[ "$(wc -l <values.txt)" -eq "$(grep -c . out.jsonl)" ]
	jq -c '.sentences' out.jsonl >want.txt
	cmp values.txt want.txt
	run -1 grep -c ' ' values.txt
	run -0 jq -e -s 'map(.sentences[] | (keys_unsorted == ["start","end"])
		and (.start | type) == "number" and (.start | floor == .)
		and (.end | floor == .)) | all' out.jsonl
}

@test "one output line per input line; every record is valid JSON" {
	"$SS" "$C/records.jsonl" >out.jsonl
	[ "$(wc -l <out.jsonl)" -eq "$(wc -l <"$C/records.jsonl")" ]
	jq -e . out.jsonl >/dev/null
}

@test "spans are well formed on every fixture and news record" {
	"$SS" "$C/records.jsonl" >a.jsonl
	check_spans a.jsonl
	"$SS" "$NF_TESTDATA/news/articles.jsonl" >b.jsonl
	check_spans b.jsonl
	if [ -f "$NF_TESTDATA/sample/news.jsonl" ]; then
		"$SS" "$NF_TESTDATA/sample/news.jsonl" >c.jsonl
		check_spans c.jsonl
	fi
}

@test "check_spans itself catches bad spans (so the checks above mean something)" {
	good='{"text":"Ab. Cd.","sentences":[{"start":0,"end":3},{"start":4,"end":7}]}'
	printf '%s\n' "$good" >good.jsonl
	check_spans good.jsonl
	for bad in \
		'{"text":"Ab. Cd.","sentences":[{"start":0,"end":4},{"start":4,"end":7}]}' \
		'{"text":"Ab. Cd.","sentences":[{"start":0,"end":3},{"start":3,"end":7}]}' \
		'{"text":"Ab. Cd.","sentences":[{"start":0,"end":3}]}' \
		'{"text":"Ab. Cd.","sentences":[{"start":1,"end":3},{"start":4,"end":7}]}' \
		'{"text":"Ab. Cd.","sentences":[{"start":4,"end":7},{"start":0,"end":3}]}' \
		'{"text":"Ab. Cd.","sentences":[{"start":0,"end":3},{"start":4,"end":8}]}' \
		'{"text":"Ab. Cd.","sentences":[{"end":3,"start":0},{"start":4,"end":7}]}' \
		'{"text":"Ab. Cd.","sentences":[{"start":0,"end":0},{"start":0,"end":3},{"start":4,"end":7}]}' \
		'{"text":"Ab.\u00a0Cd.","sentences":[{"start":0,"end":4},{"start":4,"end":7}]}' \
		'{"text":"é. Cd.","sentences":[{"start":0,"end":3},{"start":4,"end":7}]}'; do
		printf '%s\n' "$bad" >bad.jsonl
		run check_spans bad.jsonl
		[ "$status" -ne 0 ] || {
			echo "not caught: $bad"
			false
		}
	done
}

# --- line handling ------------------------------------------------------------

@test "blank and white-space-only lines come out as empty lines, in place" {
	printf '{"text":"A."}\n\n   \n\t\r\n{"text":"B."}\n' >in.jsonl
	run -0 "$SS" in.jsonl
	[ "${#lines[@]}" -eq 2 ]	# bats drops empty lines from $lines ...
	"$SS" in.jsonl >out.jsonl
	[ "$(wc -l <out.jsonl)" -eq 5 ]	# ... so count them in the file
	[ "$(sed -n 2p out.jsonl)" = "" ]
	[ "$(sed -n 3p out.jsonl)" = "" ]
	[ "$(sed -n 4p out.jsonl)" = "" ]
	[ "$(sed -n 5p out.jsonl)" = '{"text":"B.","sentences":[{"start":0,"end":2}]}' ]
}

@test "CRLF line ends are stripped: the output is LF only" {
	printf '{"text":"One. Two."}\r\n{"text":"Three."}\r\n' >in.jsonl
	"$SS" in.jsonl >out.jsonl
	run -1 grep -c $'\r' out.jsonl
	printf '%s\n' '{"text":"One. Two.","sentences":[{"start":0,"end":4},{"start":5,"end":9}]}' \
		'{"text":"Three.","sentences":[{"start":0,"end":6}]}' >want.jsonl
	cmp out.jsonl want.jsonl
}

@test "a CR inside the text (escaped) is part of the text and counts" {
	run -0 "$SS" <<<'{"text":"One.\r\nTwo."}'
	[ "$output" = '{"text":"One.\r\nTwo.","sentences":[{"start":0,"end":4},{"start":6,"end":10}]}' ]
}

@test "a UTF-8 byte order mark at the start of the input is dropped" {
	printf '\xef\xbb\xbf{"text":"Hi. Bye."}\n{"text":"Ok."}\n' >bom.jsonl
	"$SS" bom.jsonl >out.jsonl
	printf '%s\n' '{"text":"Hi. Bye.","sentences":[{"start":0,"end":3},{"start":4,"end":8}]}' \
		'{"text":"Ok.","sentences":[{"start":0,"end":3}]}' >want.jsonl
	cmp out.jsonl want.jsonl
	# from standard input too
	"$SS" <bom.jsonl >out2.jsonl
	cmp out2.jsonl want.jsonl
}

@test "a byte order mark opens each input file" {
	printf '\xef\xbb\xbf{"text":"A."}\n' >1.jsonl
	printf '\xef\xbb\xbf{"text":"B."}\n' >2.jsonl
	run -0 "$SS" 1.jsonl 2.jsonl
	[ "${lines[0]}" = '{"text":"A.","sentences":[{"start":0,"end":2}]}' ]
	[ "${lines[1]}" = '{"text":"B.","sentences":[{"start":0,"end":2}]}' ]
}

@test "a byte order mark after the first line is not dropped: that line is rejected" {
	printf '{"text":"A."}\n\xef\xbb\xbf{"text":"B."}\n' >in.jsonl
	run -65 --separate-stderr "$SS" in.jsonl
	[ "$output" = '{"text":"A.","sentences":[{"start":0,"end":2}]}' ]
	[[ $stderr == "split-sentences: in.jsonl:2: "* ]]
}

@test "a missing final newline still gives a final newline" {
	printf '{"text":"A."}\n{"text":"B."}' >in.jsonl
	"$SS" in.jsonl >out.jsonl
	[ "$(wc -l <out.jsonl)" -eq 2 ]
	[ "$(tail -c 1 out.jsonl | od -An -c | tr -d ' ')" = '\n' ]
	printf '{"text":"C."}' | "$SS" >out2.jsonl
	[ "$(cat out2.jsonl)" = '{"text":"C.","sentences":[{"start":0,"end":2}]}' ]
	[ "$(tail -c 1 out2.jsonl | od -An -c | tr -d ' ')" = '\n' ]
}

@test "empty input gives empty output and status 0" {
	run -0 --separate-stderr "$SS" </dev/null
	[ -z "$output" ]
	[ -z "$stderr" ]
}

@test "\\u0000 inside the text is accepted and counts as one code point" {
	run -0 "$SS" <<<'{"text":"A\u0000B went home. Then C\u0000D did."}'
	[ "$output" = '{"text":"A\u0000B went home. Then C\u0000D did.","sentences":[{"start":0,"end":14},{"start":15,"end":28}]}' ]
	run -0 jq -c '.text as $t | [.sentences[] | $t[.start:.end]]' <<<"$output"
	[ "$output" = '["A\u0000B went home.","Then C\u0000D did."]' ]
}

# --- code points, not bytes ---------------------------------------------------

@test "offsets count code points: é, 😀, curly quotes, U+00A0" {
	nb=$'\xc2\xa0'
	text="Zoë won 😀.${nb}“Yes,” she said. Café é."
	record "$text" | "$SS" >out.jsonl
	run -0 jq -c '.sentences' out.jsonl
	[ "$output" = '[{"start":0,"end":10},{"start":11,"end":27},{"start":28,"end":35}]' ]
	run -0 sentences_of <out.jsonl
	[ "$output" = '["Zoë won 😀.","“Yes,” she said.","Café é."]' ]
	# bytes would be different: the text is longer in bytes than in code points
	[ "$(jq -r '.text | length' out.jsonl)" -eq 35 ]
	[ "$(jq -j '.text' out.jsonl | wc -c)" -gt 35 ]
}

@test "escaped and raw non-ASCII give the same offsets" {
	run -0 "$SS" <<<'{"text":"Caf\u00e9 \ud83d\ude00 ok. \u201cNext\u201d one."}'
	raw=$(jq -c '.sentences' <<<"$output")
	run -0 "$SS" <<<'{"text":"Café 😀 ok. “Next” one."}'
	[ "$(jq -c '.sentences' <<<"$output")" = "$raw" ]
	[ "$raw" = '[{"start":0,"end":10},{"start":11,"end":22}]' ]
}

@test "astral characters are one code point each, not two UTF-16 units" {
	assert_split '😀😀😀 rose. 𝕏 fell.' '😀😀😀 rose.' '𝕏 fell.'
	run -0 "$SS" <<<'{"text":"😀😀😀 rose. 𝕏 fell."}'
	[ "$(jq -c '.sentences' <<<"$output")" = '[{"start":0,"end":9},{"start":10,"end":17}]' ]
}

# --- options --------------------------------------------------------------------

@test "--field NAME annotates another string field; the key stays sentences" {
	run -0 "$SS" --field title <<<'{"title":"Storm hits. Roads shut.","text":1}'
	[ "$output" = '{"title":"Storm hits. Roads shut.","text":1,"sentences":[{"start":0,"end":11},{"start":12,"end":23}]}' ]
	run -0 "$SS" -f title <<<'{"title":"A b."}'
	[ "$output" = '{"title":"A b.","sentences":[{"start":0,"end":4}]}' ]
	run -0 "$SS" --field=body <<<'{"body":"Yes."}'
	[ "$output" = '{"body":"Yes.","sentences":[{"start":0,"end":4}]}' ]
}

@test "--field NAME: a record without NAME is rejected naming the field" {
	run -65 --separate-stderr "$SS" --field title <<<'{"text":"Has text only."}'
	[ -z "$output" ]
	[ "$stderr" = 'split-sentences: <stdin>:1: no "title" field' ]
	run -65 --separate-stderr "$SS" --field title <<<'{"title":3}'
	[ "$stderr" = 'split-sentences: <stdin>:1: "title" is not a string' ]
}

@test "--help and --version print to stdout and exit 0" {
	run -0 --separate-stderr "$SS" --help
	[ -z "$stderr" ]
	[[ ${lines[0]} == "Usage: split-sentences "* ]]
	[[ $output == *--newlines* ]]
	[[ $output == *--abbreviations* ]]
	[[ $output == *--max-record-bytes* ]]
	run -0 --separate-stderr "$SS" -h
	[[ ${lines[0]} == "Usage: split-sentences "* ]]
	run -0 --separate-stderr "$SS" --version
	[ -z "$stderr" ]
	[[ $output =~ ^split-sentences\ \(newsfilters\)\ [0-9]+\.[0-9]+ ]]
	run -0 "$SS" -V
	[[ $output == "split-sentences "* ]]
}

@test "--help does not read the input" {
	run -0 "$SS" --help /nonexistent/file
	[[ ${lines[0]} == "Usage: "* ]]
}

@test "usage errors exit 64: unknown option, missing argument" {
	run -64 --separate-stderr "$SS" --no-such-option </dev/null
	[ -z "$output" ]
	[[ $stderr == *"--help"* ]]
	run -64 --separate-stderr "$SS" -Z </dev/null
	run -64 --separate-stderr "$SS" --field </dev/null
	run -64 --separate-stderr "$SS" --rejects </dev/null
}

@test "usage errors exit 64: bad --newlines value" {
	for v in bogus Auto '' 'break ' breaks; do
		run -64 --separate-stderr "$SS" --newlines="$v" </dev/null
		[[ $stderr == "split-sentences: "*"--newlines"* ]]
	done
	for v in auto break space; do
		run -0 "$SS" --newlines "$v" <<<'{"text":"A."}'
	done
}

@test "usage errors exit 64: bad --max-record-bytes value" {
	for v in 0 -1 12X 1.5M '' K 64KB 99999999999999999999 20000000000G; do
		run -64 --separate-stderr "$SS" --max-record-bytes="$v" </dev/null
		[[ $stderr == "split-sentences: invalid --max-record-bytes"* ]] || {
			echo "value '$v': $stderr"
			false
		}
	done
}

@test "--max-record-bytes accepts plain numbers and K, M, G sizes" {
	for v in 100 64K 64k 1M 2m 1G; do
		run -0 "$SS" --max-record-bytes "$v" <<<'{"text":"Short one."}'
		[ "$output" = '{"text":"Short one.","sentences":[{"start":0,"end":10}]}' ]
	done
}

@test "--max-record-bytes counts the whole line: N bytes pass, N+1 are rejected" {
	# already annotated, so the output line is the input line, 64 bytes
	line='{"text":"Exactly sixty-four","sentences":[{"start":0,"end":18}]}'
	[ "${#line}" -eq 64 ]
	run -0 "$SS" --max-record-bytes 64 <<<"$line"
	[ "$output" = "$line" ]
	run -65 --separate-stderr "$SS" --max-record-bytes 63 <<<"$line"
	[ "$stderr" = 'split-sentences: <stdin>:1: line longer than 63 bytes: raise --max-record-bytes' ]
}

@test "--max-record-bytes bounds the output too: a record that would outgrow it is rejected" {
	line='{"text":"Exactly thirty-six bytes."}'
	[ "${#line}" -eq 36 ]
	run -65 --separate-stderr "$SS" --max-record-bytes 50 --rejects "$BATS_TEST_TMPDIR/rej" \
		<<<"$line"$'\n''{"text":"A."}'
	[ "$output" = '{"text":"A.","sentences":[{"start":0,"end":2}]}' ]
	[ "$stderr" = 'split-sentences: <stdin>:1: annotated record would be 71 bytes, longer than 50: raise --max-record-bytes' ]
	[ "$(cat "$BATS_TEST_TMPDIR/rej")" = "$line" ]
	# every line written is read back by the same filter under the same limit
	"$SS" --max-record-bytes 71 <<<"$line" > "$BATS_TEST_TMPDIR/once"
	run -0 "$SS" --max-record-bytes 71 "$BATS_TEST_TMPDIR/once"
	[ "$output" = "$(cat "$BATS_TEST_TMPDIR/once")" ]
}

@test "--newlines=break and =space change what one newline means" {
	text=$'The storm moved east\novernight. Rain fell.'
	assert_split --newlines=break "$text" 'The storm moved east' 'overnight.' 'Rain fell.'
	assert_split --newlines=space "$text" $'The storm moved east\novernight.' 'Rain fell.'
	# a blank line ends a sentence in every mode
	for m in auto break space; do
		assert_split --newlines=$m $'First part\n\nsecond part.' 'First part' 'second part.'
	done
}

@test "--abbreviations FILE adds abbreviations (tags, comments, any case)" {
	assert_split --abbreviations="$C/abbrev-extra.tsv" \
		'Cllr. Ann Boyd spoke first. The index fell 2.3 pct. to 1,204.5 points.' \
		'Cllr. Ann Boyd spoke first.' 'The index fell 2.3 pct. to 1,204.5 points.'
	# the built-in list still works alongside
	assert_split --abbreviations="$C/abbrev-extra.tsv" \
		'Dr. Ruth Hale and Cllr. Ann Boyd met. They agreed.' \
		'Dr. Ruth Hale and Cllr. Ann Boyd met.' 'They agreed.'
}

@test "--abbreviations: an unknown tag is a usage error (64) naming FILE:LINE" {
	run -64 --separate-stderr "$SS" --abbreviations "$C/abbrev-badtag.tsv" <<<'{"text":"A."}'
	[ -z "$output" ]
	[[ $stderr == "split-sentences: $C/abbrev-badtag.tsv:3: unknown tag"* ]]
}

@test "--abbreviations: a file that cannot be read exits 66" {
	run -66 --separate-stderr "$SS" --abbreviations nonexistent.tsv <<<'{"text":"A."}'
	[ -z "$output" ]
	[[ $stderr == "split-sentences: "*"nonexistent.tsv"* ]]
}

@test "--abbreviations accepts every tag: plain title number month time inner" {
	printf 'xa\tplain\nxb\ttitle\nxc\tnumber\nxd\tmonth\nxe\ttime\nxf\tinner\nxg\n' >all.tsv
	run -0 "$SS" --abbreviations all.tsv <<<'{"text":"A."}'
	# title: never ends a sentence before a name
	assert_split --abbreviations=all.tsv 'We met Xb. Jones today.' 'We met Xb. Jones today.'
	# inner: never ends a sentence
	assert_split --abbreviations=all.tsv 'It is xf. Paris now.' 'It is xf. Paris now.'
}

# --- inputs and exit statuses ---------------------------------------------------

@test "file operands are read in order; - is standard input" {
	printf '{"text":"From a."}\n' >a.jsonl
	printf '{"text":"From b."}\n' >b.jsonl
	run -0 "$SS" a.jsonl - b.jsonl <<<'{"text":"From stdin."}'
	[ "${#lines[@]}" -eq 3 ]
	[[ ${lines[0]} == '{"text":"From a.",'* ]]
	[[ ${lines[1]} == '{"text":"From stdin.",'* ]]
	[[ ${lines[2]} == '{"text":"From b.",'* ]]
}

@test "line numbers in messages count from 1 in each file; stdin is <stdin>" {
	printf '{"text":"ok"}\nbad\n' >a.jsonl
	printf 'bad\n' >b.jsonl
	run -65 --separate-stderr "$SS" a.jsonl b.jsonl - <<<$'{"text":"ok"}\n{"text":"ok"}\n[]'
	[ "${#lines[@]}" -eq 3 ]
	[[ $stderr == *"split-sentences: a.jsonl:2: invalid JSON"* ]]
	[[ $stderr == *"split-sentences: b.jsonl:1: invalid JSON"* ]]
	[[ $stderr == *"split-sentences: <stdin>:3: not a JSON object"* ]]
}

@test "a file that cannot be opened: message, 66, the other files still processed" {
	printf '{"text":"Still here."}\n' >a.jsonl
	run -66 --separate-stderr "$SS" missing.jsonl a.jsonl
	[ "$output" = '{"text":"Still here.","sentences":[{"start":0,"end":11}]}' ]
	[[ $stderr == "split-sentences: cannot open 'missing.jsonl': "* ]]
}

@test "66 outranks 65 whichever comes first" {
	printf 'bad\n' >bad.jsonl
	run -66 "$SS" bad.jsonl missing.jsonl
	run -66 "$SS" missing.jsonl bad.jsonl
}

@test "a write error exits 74 with a message (> /dev/full)" {
	[ -w /dev/full ] || skip "no /dev/full"
	run -74 --separate-stderr bash -c '"$1" <"$2" >/dev/full' _ "$SS" "$C/records.jsonl"
	[[ $stderr == *"split-sentences: write error"* ]]
	# a big input fails while writing, not only at the end
	for i in $(seq 2000); do
		printf '{"id":%d,"text":"Some text here. And more."}\n' "$i"
	done >big.jsonl
	run -74 --separate-stderr bash -c '"$1" <"$2" >/dev/full' _ "$SS" big.jsonl
	[[ $stderr == *"split-sentences: write error"* ]]
	[ "$(grep -c 'write error' <<<"$stderr")" -eq 1 ]
	# --help too
	run -74 bash -c '"$1" --help >/dev/full' _ "$SS"
	# 74 outranks 65 (rejected lines)
	run -74 --separate-stderr bash -c '"$1" <"$2" >/dev/full' _ "$SS" "$C/bad.jsonl"
	[[ $stderr == *"split-sentences: write error"* ]]
}

@test "a --rejects file that cannot be created exits 74 before reading" {
	run -74 --separate-stderr "$SS" --rejects /nonexistent/dir/rejects <<<'{"text":"A."}'
	[ -z "$output" ]
	[[ $stderr == *"cannot create rejects file"* ]]
}

# --- pipes and buffering ----------------------------------------------------------

big_input() {
	local i
	for ((i = 1; i <= 5000; i++)); do
		printf '{"id":%d,"text":"The first sentence of record %d is here. A second one follows it."}\n' "$i" "$i"
	done >big.jsonl
}

@test "split-sentences big.jsonl | head -1 ends quietly" {
	big_input
	run --separate-stderr timeout 60 bash -c '"$1" "$2" | head -1' _ "$SS" big.jsonl
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	[ "${#lines[@]}" -eq 1 ]
	[[ ${lines[0]} == '{"id":1,'* ]]
}

@test "| head -1 is quiet and the filter dies of SIGPIPE, even with SIGPIPE ignored" {
	big_input
	run --separate-stderr timeout 60 bash -c \
		'trap "" PIPE; "$1" "$2" | head -1; echo "status ${PIPESTATUS[0]}"' _ "$SS" big.jsonl
	[ -z "$stderr" ]
	[ "${lines[1]}" = "status 141" ]
	run --separate-stderr timeout 60 bash -c \
		'"$1" -u <"$2" | head -1; echo "status ${PIPESTATUS[0]}"' _ "$SS" big.jsonl
	[ -z "$stderr" ]
	[ "${lines[1]}" = "status 141" ]
}

@test "--unbuffered: each record comes out while the input is still open" {
	mkfifo in.fifo
	"$SS" --unbuffered <in.fifo >out.jsonl 3>&- &
	pid=$!
	exec 4>in.fifo
	printf '%s\n' '{"text":"One. Two."}' >&4
	for _ in $(seq 100); do
		[ -s out.jsonl ] && break
		sleep 0.1
	done
	got=$(cat out.jsonl)
	printf '%s\n' '{"text":"Three."}' >&4
	exec 4>&-
	wait "$pid"
	[ "$got" = '{"text":"One. Two.","sentences":[{"start":0,"end":4},{"start":5,"end":9}]}' ]
	[ "$(wc -l <out.jsonl)" -eq 2 ]
}

@test "output is the same buffered or unbuffered" {
	"$SS" "$C/records.jsonl" >a.jsonl
	"$SS" -u "$C/records.jsonl" >b.jsonl
	cmp a.jsonl b.jsonl
}
