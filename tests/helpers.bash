# Shared by the bats suites: `load helpers` at the top of each file.
#
#   NF_BIN       the tools under test (make check sets it; default ../bin)
#   NF_TESTDATA  the small fixtures in testdata/
#   SS           bin/split-sentences
#
# Sentence checks slice the text with jq ($t[.start:.end] counts code
# points).  jq 1.6's index()/indices() count bytes: never use them here.

bats_require_minimum_version 1.5.0

NF_BIN=${NF_BIN:-$BATS_TEST_DIRNAME/../bin}
NF_TESTDATA=${NF_TESTDATA:-$BATS_TEST_DIRNAME/../testdata}
SS=$NF_BIN/split-sentences

# White space as the splitter sees it (Python's str.isspace()), as a jq
# regex class.
NF_JQ_SPACE='"[\\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\u001c-\u001f]"'

# record TEXT: one compact record {"text": TEXT}.
record() {
	jq -nc --arg t "$1" '{text: $t}'
}

# sentences_of: the sentence strings of each record on stdin, as one
# compact JSON array a line.
sentences_of() {
	jq -c '.text as $t | [.sentences[] | $t[.start:.end]]'
}

# check_spans FILE: every record in FILE has well-formed sentences: a list
# of {"start","end"} (in that order) in text order, not overlapping, never
# starting or ending with white space, the gaps between them only white
# space.  Prints the first bad record.
check_spans() {
	local bad
	bad=$(jq -c "def sp: $NF_JQ_SPACE;"'
		select(length > 0)
		| .text as $t | .sentences as $s | ($t | length) as $n
		| ([0] + [$s[] | .start, .end] + [$n]) as $b
		| select((
			($s | type) == "array"
			and all($s[]; keys_unsorted == ["start", "end"]
				and (.start | type) == "number" and (.end | type) == "number"
				and .start >= 0 and .start < .end and .end <= $n
				and ($t[.start:.end] | (test("^" + sp) or test(sp + "$")) | not))
			and all(range(0; ($b | length) - 1; 2);
				$b[.] <= $b[. + 1]
				and ($t[$b[.]:$b[. + 1]] | test("^(" + sp + ")*$")))
		) | not)' "$1") || {
		echo "check_spans: jq failed on $1"
		return 1
	}
	if [ -n "$bad" ]; then
		echo "bad spans: $bad"
		return 1
	fi
}

# assert_split [--OPTION]... TEXT SENTENCE...: split-sentences finds
# exactly these sentences in TEXT (and well-formed spans).
assert_split() {
	local opts=() text want out
	while [[ $# -gt 0 && $1 == --* ]]; do
		opts+=("$1")
		shift
	done
	text=$1
	shift
	want=$(jq -nc '$ARGS.positional' --args -- "$@")
	out=$BATS_TEST_TMPDIR/assert_split.out
	if ! record "$text" | "$SS" "${opts[@]}" >"$out"; then
		echo "split-sentences failed on: $text"
		return 1
	fi
	check_spans "$out" || return 1
	if ! jq -e --argjson want "$want" \
		'.text as $t | [.sentences[] | $t[.start:.end]] == $want' "$out" >/dev/null; then
		printf 'text: %s\nwant: %s\ngot:  %s\n' "$(record "$text")" "$want" \
			"$(sentences_of <"$out")"
		return 1
	fi
}

# assert_news FILE ID: the record with "id" ID in FILE (a testdata/news
# file) splits into exactly its "gold" sentences.
assert_news() {
	local out=$BATS_TEST_TMPDIR/assert_news.out
	jq -c --arg id "$2" 'select(.id == $id)' "$1" | "$SS" >"$out" || {
		echo "split-sentences failed on $2"
		return 1
	}
	[ -s "$out" ] || {
		echo "no record $2 in $1"
		return 1
	}
	check_spans "$out" || return 1
	if ! jq -e '.text as $t | [.sentences[] | $t[.start:.end]] == .gold' "$out" >/dev/null; then
		jq -r '.text as $t | [.sentences[] | $t[.start:.end]] as $got
			| "missing: " + ((.gold - $got) | tostring),
			  "extra:   " + (($got - .gold) | tostring)' "$out"
		return 1
	fi
}

# known_weakness REASON: skips a test the splitter still fails, reporting
# "known weakness: REASON".  NF_KNOWN_WEAKNESSES=run runs them anyway, to
# see which have been fixed (then delete the call).
known_weakness() {
	[ "${NF_KNOWN_WEAKNESSES:-}" = run ] || skip "known weakness: $1"
}
