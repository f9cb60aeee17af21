#!/usr/bin/env bats
# link-sources on the briefs of testdata/briefs (written for this project
# in the seed's style, with gold sources and note links): the figures the
# project promises on them, measured with bench/briefs-score.jq, and the
# behaviours behind them on sentences written here: unnamed sources are
# anonymous and keep the body they belong to, later mentions of them are
# merged, cited texts are documents, a claim contradicted in the passive
# gives two attributions, and notes find the sentences they restate.

bats_require_minimum_version 1.5.0

load helpers
load sources

setup_file() {
	export BRIEFS=$BATS_FILE_TMPDIR/briefs.jsonl
	"$NF_BIN/split-sentences" "$NF_TESTDATA/briefs/briefs.jsonl" | "$NF_BIN/tag-entities" |
		"$LS" >"$BRIEFS"
}

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# score [JQ-FILTER]: the figures of bench/briefs-score.jq on the briefs kept by the filter.
score() {
	jq -c "${1:-.}" "$BRIEFS" | jq -s -f "$BATS_TEST_DIRNAME/../bench/briefs-score.jq"
}

# chain TEXT: the record of TEXT through split-sentences, tag-entities, link-sources.
chain() {
	jq -cn --arg t "$1" '{text: $t}' | "$NF_BIN/split-sentences" | "$NF_BIN/tag-entities" | "$LS"
}

@test "the briefs come out well formed, gold kept" {
	run -0 check_attributions "$BRIEFS"
	[ "$(jq -s 'map(select(.gold)) | length' "$BRIEFS")" -eq 16 ]
}

@test "briefs: source kind right on at least 85% of the sources found, on the held-out ones too" {
	run -0 score
	[ "$(jq '.found >= 0.8 * .gold_sources' <<<"$output")" = true ]
	[ "$(jq '.kind_accuracy >= 85' <<<"$output")" = true ]
	run -0 score 'select(.heldout)'
	[ "$(jq '.found > 0 and .kind_accuracy >= 85' <<<"$output")" = true ]
}

@test "briefs: every unnamed source found is anonymous, and keeps the body it names" {
	run -0 score
	[ "$(jq '.gold_anon > 15 and .anon_found == .gold_anon' <<<"$output")" = true ]
	[ "$(jq '.gold_aff >= 4 and .aff_right == .gold_aff' <<<"$output")" = true ]
}

@test "briefs: notes and bullets linked to the sentences they restate, F1 at least 80" {
	run -0 score
	[ "$(jq '.gold_links > 40 and .link_f1 >= 80' <<<"$output")" = true ]
}

@test "an unnamed group keeps its outlet: 'Informed sources from Ukrainska Pravda'" {
	run -0 chain 'Informed sources from Ukrainska Pravda have also confirmed the talks.'
	run -0 jq -c '.sources[] | [.name, .kind, .anonymous, .affiliation]' <<<"$output"
	[ "$output" = '[null,"media",true,"Ukrainska Pravda"]' ]
}

@test "unnamed officials of a named body: the body's kind, anonymous, the body as affiliation" {
	run -0 chain 'Officials at the Energy Ministry said the plant would close. A French Foreign Ministry official said Paris agreed.'
	run -0 jq -c '.sources[] | [.name, .kind, .anonymous, .affiliation]' <<<"$output"
	[ "${lines[0]}" = '[null,"government",true,"Energy Ministry"]' ]
	[ "${lines[1]}" = '[null,"government",true,"French Foreign Ministry"]' ]
}

@test "unnamed people are anonymous: 'Some investors', 'two people with knowledge', 'Parents'" {
	run -0 chain 'Some investors expect a rally, the paper said. Two people with knowledge of the talks said a deal was close. Parents said they had not been told.'
	run -0 jq -r '.text as $t | .sources[] | select(.kind == "anonymous") | "\($t[.mentions[0].start:.mentions[0].end])|\(.anonymous)"' <<<"$output"
	[[ "$output" == *"Some investors|true"* ]]
	[[ "$output" == *"Two people with knowledge of the talks|true"* ]]
	[[ "$output" == *"Parents|true"* ]]
}

@test "later mentions of an unnamed source are merged: 'One of the people', 'The person'" {
	run -0 chain 'The deal is close, people familiar with the matter said on Monday. One of the people said it could be signed this week. A person familiar with the inquiry said the engine failed. The person said the recorders were found.'
	run -0 jq -r '.text as $t | .sources[] | [.mentions[] | $t[.start:.end]] | join("|")' <<<"$output"
	[ "${lines[0]}" = "people familiar with the matter|One of the people" ]
	[ "${lines[1]}" = "A person familiar with the inquiry|The person" ]
}

@test "a body named in another source's description is a source of its own" {
	run -0 chain 'Two insiders at the unions told the paper a strike was near. The unions said talks would go on.'
	run -0 jq -r '.text as $t | .sources[] | "\([.mentions[] | $t[.start:.end]] | join("|"))|\(.kind)|\(.anonymous)"' <<<"$output"
	[[ "$output" == *"Two insiders at the unions|organization|true"* ]]
	[[ "$output" == *"The unions|organization|false"* ]]
}

@test "kinds: Dr. and Prof. are persons; the study, the paper, an article, reports are documents" {
	run -0 chain 'Dr. Priya Raman said sales could rise. Prof. Amal Idris said the truce was fragile. The study found that half the cases were prevented. The paper she published last year argues that truces fail. Its article argues that the deal is fragile. Reports suggest the vaccine is cheap. Subsequent events and statements suggested limited progress.'
	run -0 jq -r '.text as $t | .sources[] | "\($t[.mentions[0].start:.mentions[0].end])|\(.kind)|\(.anonymous)"' <<<"$output"
	[[ "$output" == *"Dr. Priya Raman|person|false"* ]]
	[[ "$output" == *"Prof. Amal Idris|person|false"* ]]
	[[ "$output" == *"The study|document|false"* ]]
	[[ "$output" == *"|document|false"*"|document|false"*"|document|false"* ]]
	[[ "$output" == *"Subsequent events and statements|document|false"* ]]
}

@test "a claim contradicted in the passive: two attributions, the claim's and the contradiction's" {
	run -0 chain 'Initial White House officials’ claims of a preliminary agreement with Putin were later contradicted by the Kremlin.'
	printf '%s\n' "$output" >rec.jsonl
	run -0 attr_table rec.jsonl
	[[ "$output" == *"claims|White House officials’|a preliminary agreement with Putin"* ]]
	[[ "$output" == *"were later contradicted|the Kremlin|Initial White House officials’ claims of a preliminary agreement with Putin"* ]]
	run -0 jq -c '.sources[] | [.kind, .anonymous, .affiliation]' rec.jsonl
	[ "${lines[0]}" = '["government",true,"White House"]' ]
	[ "${lines[1]}" = '["government",false,null]' ]
}

@test "claims by X of Y: X the source, Y the content, whoever rejects them" {
	run -0 chain 'Earlier claims by the ministry of a deal on pay were later rejected by the unions.'
	printf '%s\n' "$output" >rec.jsonl
	run -0 attr_table rec.jsonl
	[ "${lines[0]}" = "claims|the ministry|a deal on pay" ]
	[ "${lines[1]}" = "were later rejected|the unions|Earlier claims by the ministry of a deal on pay" ]
}

@test "a note meets its sentence through word endings: denial/denied, shelling/shelled" {
	run -0 chain $'The army denied reports that its units shelled a camp. Aid groups warned that food would run out.\n[1] The army\'s denial of the shelling reports.'
	run -0 jq -c '.references[0].supports | map(.sentence)' <<<"$output"
	[ "$output" = "[0]" ]
}

@test "a sentence that shares less than half of what the best one shares with a note is no support" {
	run -0 chain $'Harbor Trust and Pine State Bank are in talks to merge, the paper reported. A deal could come after more talks, a Pine official said.\n- Harbor Trust and Pine State Bank are in merger talks.'
	run -0 jq -c '.references[0].supports | map(.sentence)' <<<"$output"
	[ "$output" = "[0]" ]
}
