# Shared by the detect-hedge and train-hedge suites (tests/3x-*.bats):
# `load hedge` after `load helpers`.
#
#   DH      bin/detect-hedge
#   TH      bin/train-hedge
#   TOP     the checkout (for data/hedge.model)
#   HNEWS   testdata/hedge/news.jsonl, the news fixtures
#   TINY    testdata/hedge/tiny-train.txt, a toy training set
#
# Spans are checked by slicing ($t[.start:.end] counts code points); jq
# 1.6's index() counts bytes and is never used here.

NF_BIN=${NF_BIN:-$BATS_TEST_DIRNAME/../bin}
NF_TESTDATA=${NF_TESTDATA:-$BATS_TEST_DIRNAME/../testdata}
TOP=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
DH=$NF_BIN/detect-hedge
TH=$NF_BIN/train-hedge
HNEWS=$NF_TESTDATA/hedge/news.jsonl
TINY=$NF_TESTDATA/hedge/tiny-train.txt

# The kinds detect-hedge(1) documents, as a jq array.
HEDGE_KINDS='["epistemic","speculative","doxastic","reportative","weasel","conditional","investigative"]'

# check_hedges FILE: every record in FILE has a well-formed "hedges" list:
# objects {start, end, cue, kind, sentence}, start < end within the text,
# the slice equal to .cue, a documented kind, in text order without
# overlaps, and (when the record has "sentences") each inside the
# sentence it names.  Prints the first bad record.
check_hedges() {
	local bad
	bad=$(jq -c --argjson kinds "$HEDGE_KINDS" 'select(length > 0)
		| .text as $t | .sentences as $s | .hedges as $h
		| select((
			($h | type) == "array"
			and all($h[];
				keys_unsorted == ["start", "end", "cue", "kind", "sentence"]
				and (.start | type) == "number" and (.end | type) == "number"
				and .start >= 0 and .start < .end and .end <= ($t | length)
				and $t[.start:.end] == .cue
				and (.kind | IN($kinds[]))
				and (.sentence | type) == "number" and .sentence >= 0
				and ($s == null or ($s[.sentence] != null
					and $s[.sentence].start <= .start and .end <= $s[.sentence].end)))
			and all(range(1; $h | length); $h[. - 1].end <= $h[.].start)
		) | not)' "$1") || {
		echo "check_hedges: jq failed on $1"
		return 1
	}
	if [ -n "$bad" ]; then
		echo "bad hedges: $bad"
		return 1
	fi
}

# hedges_of: [cue, kind] pairs of each record on stdin, one array a line.
hedges_of() {
	jq -c '[.hedges[] | [.cue, .kind]]'
}
