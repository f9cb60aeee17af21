#!/usr/bin/env bats
# pipelines/annotate-news: the whole chain over the sample, and failures of
# any filter reaching the exit status although POSIX sh has no pipefail.

bats_require_minimum_version 1.5.0

if [ -f "$BATS_TEST_DIRNAME/helpers.bash" ]; then
	load helpers
fi
NF_BIN=${NF_BIN:-$BATS_TEST_DIRNAME/../bin}

setup() {
	TOP=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
	SAMPLE=$TOP/testdata/sample
	# A copy next to NF_BIN, so that the pipeline uses the tools under test.
	mkdir -p "$BATS_TEST_TMPDIR/pl"
	cp "$TOP/pipelines/annotate-news" "$BATS_TEST_TMPDIR/pl/"
	for t in "$NF_BIN"/*; do
		ln -s "$t" "$BATS_TEST_TMPDIR/pl/"
	done
	A=$BATS_TEST_TMPDIR/pl/annotate-news
	cd "$BATS_TEST_TMPDIR"
}

@test "the sample: one record out per record in, the input fields untouched and first" {
	"$A" "$SAMPLE/news.jsonl" >out.jsonl
	[ "$(wc -l <out.jsonl)" -eq "$(wc -l <"$SAMPLE/news.jsonl")" ]
	# each output line is its input line's bytes, then the new keys
	paste -d '\n' "$SAMPLE/news.jsonl" out.jsonl | while IFS= read -r in && IFS= read -r out; do
		[[ "$out" == "${in%\}},"* ]]
	done
	run -0 jq -e -s 'all(.[]; (.sentences | length) > 5)' out.jsonl
}

@test "the sample's spans slice to sentences" {
	run -0 bash -c "'$A' '$SAMPLE/news.jsonl' | jq -r 'select(.id == \"kerrow-strait\") | .text as \$t | .sentences[] | \$t[.start:.end]'"
	[ "${lines[0]}" = "U.S. and allied navies might resume Kerrow Strait patrols next month, officials say" ]
	[ "${lines[3]}" = 'Gen. Thomas R. Vance, who commands the allied maritime task force, told reporters on Friday that "no decision has been taken" and that planning was "at an early stage."' ]
}

@test "standard input, and - as an operand" {
	run -0 bash -c "'$A' <'$SAMPLE/news.jsonl' | wc -l"
	[ "$output" -eq 4 ]
	run -0 bash -c "'$A' - <'$SAMPLE/news.jsonl' | wc -l"
	[ "$output" -eq 4 ]
}

@test "--text converts plain text first" {
	run -0 "$A" --text "$SAMPLE/port-calder-strike.txt"
	[ "$(printf '%s\n' "$output" | jq -r .id)" = "$SAMPLE/port-calder-strike.txt" ]
	run -0 bash -c "'$A' --text --per=line '$SAMPLE/port-calder-strike.txt' | wc -l"
	[ "$output" -eq 7 ]
}

@test "a rejected record: exit 65, the filter's message, the good records kept" {
	printf '{"text":"One. Two."}\n{"text":\n' >bad.jsonl
	run -65 --separate-stderr "$A" bad.jsonl
	[ "${#lines[@]}" -eq 1 ]
	[[ "$stderr" == "split-sentences: bad.jsonl:2: invalid JSON"* ]]
}

@test "a failure early in the chain is not hidden by the last filter's success" {
	run -66 --separate-stderr "$A" --text missing.txt
	[ "$stderr" = "text-to-records: cannot open 'missing.txt': No such file or directory" ]
	printf 'bad \xff\n' >bad.txt
	run -65 "$A" --text bad.txt
}

@test "the most serious status of the chain wins" {
	printf 'bad \xff\n' >bad.txt
	run -65 "$A" --text bad.txt
	run -74 --separate-stderr bash -c "'$A' --text bad.txt '$SAMPLE/port-calder-strike.txt' >/dev/full"
	[[ "$stderr" == *": write error: No space left on device"* ]]
}

@test "| head -1 is quiet" {
	cp "$SAMPLE/news.jsonl" big.jsonl
	for i in 1 2 3 4 5 6 7 8; do
		cat big.jsonl big.jsonl >twice.jsonl
		mv twice.jsonl big.jsonl
	done
	run -0 --separate-stderr bash -c "'$A' big.jsonl | head -n 1 | jq -r .id"
	[ "$output" = "dunmore-dam" ]
	[ -z "$stderr" ]
}

@test "a missing filter: exit 69 with a message" {
	mkdir alone
	cp "$TOP/pipelines/annotate-news" alone/
	run -69 --separate-stderr env PATH=/usr/bin:/bin sh alone/annotate-news "$SAMPLE/news.jsonl"
	[[ "$stderr" == "annotate-news: cannot find '"*"': run make, or put the newsfilters tools on PATH" ]]
}

@test "usage: --help exits 0, an unknown option 64" {
	run -0 "$A" --help
	[[ "${lines[0]}" == "Usage: annotate-news "* ]]
	run -64 --separate-stderr "$A" --frobnicate
	[ "${stderr_lines[0]}" = "annotate-news: unknown option '--frobnicate'" ]
}

@test "--fused: the same bytes in one process; rejected lines as they were read" {
	"$A" "$SAMPLE/news.jsonl" >chain.jsonl
	"$A" --fused "$SAMPLE/news.jsonl" >fused.jsonl
	cmp chain.jsonl fused.jsonl
	printf '%s\n' '{"text":"It rained, officials said."}' '{"text":' '{"id":2}' >in.jsonl
	run -65 --separate-stderr "$A" --fused --rejects=rej.jsonl in.jsonl
	[ "${#lines[@]}" -eq 1 ]
	printf '%s\n' '{"text":' '{"id":2}' | cmp - rej.jsonl
	[[ "$stderr" == *"annotate: in.jsonl:3: no \"text\" field"* ]]
}
