#!/usr/bin/env bats
# detect-hedge on the briefs of testdata/hedge/hedge-briefs.jsonl (written
# for this project in the seed's style, with sentence-level gold and marked
# false friends): the figures promised on them, measured with
# bench/hedge-briefs-score.jq.  At most one false friend in ten flagged
# ("may" of permission, "can" and "could" of ability, "will" of a plain
# future or of a consequence, "May" the month, "appeared" in court...),
# every kind of hedge found, and the uncertain sentences found with F1 90.
# The held-out briefs were never tuned on; they get a looser bound.

bats_require_minimum_version 1.5.0

load helpers
load hedge

setup_file() {
	export HB=$BATS_FILE_TMPDIR/briefs.jsonl
	"$NF_BIN/detect-hedge" "$NF_TESTDATA/hedge/hedge-briefs.jsonl" >"$HB"
}

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# score [JQ-FILTER]: the figures of bench/hedge-briefs-score.jq on the
# briefs kept by the filter.
score() {
	jq -c "${1:-.}" "$HB" | jq -s -f "$BATS_TEST_DIRNAME/../bench/hedge-briefs-score.jq"
}

# holds FIGURES JQ-CONDITION: the condition holds on the figures, or
# prints them.
holds() {
	if ! jq -e "$2" <<<"$1" >/dev/null; then
		jq -c 'del(.wrong)' <<<"$1"
		jq -r '.wrong[]' <<<"$1"
		return 1
	fi
}

@test "briefs: every sentence gets well-formed hedges, and the gold is there" {
	check_hedges "$HB"
	run -0 score
	holds "$output" '.sentences >= 130 and .false_friends >= 70 and .uncertain >= 45'
}

@test "briefs: at most one false friend in ten flagged, tuned and all" {
	run -0 score
	holds "$output" '.flagged * 10 <= .false_friends'
	run -0 score 'select(.heldout | not)'
	holds "$output" '.flagged * 10 <= .false_friends'
}

# The target (one in ten) is not met on the held-out briefs: 5 of 28
# flagged when this was written, all "may" of permission.  This guards
# against losing more; it is no claim that the target holds there.
@test "briefs, held out: no more false friends flagged than the 5 of 28 measured" {
	run -0 score 'select(.heldout)'
	holds "$output" '.false_friends == 28 and .flagged <= 5'
}

@test "briefs: no May the month, will, can of ability, appeared on stage or claim the noun flagged" {
	run -0 score
	holds "$output" '[.by_class | to_entries[]
		| select(.key | IN("may-month", "will-if", "will-future", "can-ability",
			"appear-stage", "claim-noun", "until-time"))
		| .value | startswith("0/")] | length == 7 and all'
}

@test "briefs: uncertain sentences found with F1 at least 90, recall at least 90" {
	run -0 score
	holds "$output" '.f1 >= 90 and .recall >= 90'
	run -0 score 'select(.heldout)'
	holds "$output" '.f1 >= 80 and .recall >= 90'
}

@test "briefs: each kind of hedge found, with its kind, at least 4 times in 5" {
	run -0 score
	holds "$output" '.kinds_found | length == 6 and all(.[]; split("/")
		| (.[0] | tonumber) * 5 >= (.[1] | tonumber) * 4)'
}

@test "briefs: --scope=uncertainty keeps the modal hedges and drops the attribution" {
	"$DH" --scope=uncertainty "$NF_TESTDATA/hedge/hedge-briefs.jsonl" >unc.jsonl
	run -0 jq -c 'select(.id == "grain-port") | [.hedges[] | .cue]' unc.jsonl
	[[ "$output" == *'"could potentially"'* ]]
	[[ "$output" != *'anonymous'* && "$output" != *'unnamed'* ]]
}
