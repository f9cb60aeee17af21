#!/usr/bin/env bats
# profile-sources and profile-merge on real text: news of our own
# (testdata/profile/news.jsonl: hedges, anonymous sources, named
# officials, [1] notes and summary bullets) run through the whole chain,
# pipelines/annotate-news, then profiled.  The figures asserted here were
# counted by hand from the annotations; to recount after a filter
# changes, list them with
#   pipelines/annotate-news testdata/profile/news.jsonl | jq '...'
# (sentences, hedges' and attributions' sentence indices, sources' kind
# and anonymous, references' cited_by and supports).

bats_require_minimum_version 1.5.0

load helpers

PS=$NF_BIN/profile-sources
MERGE=$BATS_TEST_DIRNAME/../pipelines/profile-merge
PROFILE_JQ=$BATS_TEST_DIRNAME/profile.jq
NEWS=$NF_TESTDATA/profile/news.jsonl

# The annotated fixture and sample news, made once for the whole file.
setup_file() {
	local ann=$BATS_TEST_DIRNAME/../pipelines/annotate-news
	"$ann" "$NF_TESTDATA/profile/news.jsonl" >"$BATS_FILE_TMPDIR/ours.jsonl"
	"$ann" "$NF_TESTDATA/sample/news.jsonl" >"$BATS_FILE_TMPDIR/sample.jsonl"
}

setup() {
	OURS=$BATS_FILE_TMPDIR/ours.jsonl
	SAMPLE=$BATS_FILE_TMPDIR/sample.jsonl
	cd "$BATS_TEST_TMPDIR"
}

# profile_of ID FILE: the compact profile of record ID of FILE.
profile_of() {
	"$PS" "$2" | jq -c --arg id "$1" 'select(.id == $id) | .profile'
}

@test "--help and --version go to standard output and exit 0" {
	run -0 --separate-stderr "$PS" --help
	[[ "${lines[0]}" == "Usage: profile-sources "* ]]
	[[ "$output" == *'"profile" key added or replaced'* ]]
	[[ "$output" == *"--rollup=FILE"* ]]
	[ -z "$stderr" ]
	run -0 "$PS" --version
	[ "$output" = "profile-sources (newsfilters) 0.1.0" ]
	run -64 "$PS" --no-such-option
	run -64 --separate-stderr "$PS" --rollup= "$OURS"
	[ "$stderr" = "profile-sources: invalid --rollup '': give a file name" ]
}

@test "the ferry story, counted by hand" {
	# 12 sentences; hedged: 0 (may), 1 (could), 5 (reportedly), 8
	# (probably), 10 (might).  11 attributions: officials (government,
	# anonymous), two people familiar, the manager at the operator who
	# asked not to be named, some residents and the anonymous manager of
	# the bullet (anonymous, 4), commissioner Alma Reyes x4 and "The
	# operator" (person, 5), one without a source.  7 sources, 5 of them
	# anonymous.  Every hedged sentence has an attribution.  Note [1] is
	# cited by sentence 4, the bullets match 0, 1, 3 and 5.
	run -0 profile_of tarn-ferry "$OURS"
	[ "$output" = '{"sentences":12,"hedged_sentences":5,"hedged_share":0.4167,"attributions":11,"attributions_by_kind":{"person":5,"organization":0,"media":0,"government":1,"anonymous":4,"document":0,"unknown":1},"anonymous_attributions":5,"anonymous_share":0.4545,"sources":7,"anonymous_sources":5,"unattributed_hedged_sentences":0,"references":3,"references_linked":3,"covered_sentences":5,"note_coverage":0.4167}' ]
}

@test "the school roof story, counted by hand: one hedged sentence nobody said" {
	# 11 sentences; hedged: 0, 4, 6 ("The work may take until the
	# spring.", attributed to nobody), 7, 10.  8 attributions by 5
	# sources: "Inspectors" x2, the engineer speaking on condition of
	# anonymity and "Parents" are unnamed (anonymous, 4 attributions, 3
	# sources); Tomas Brandt, the education director, a named person x2;
	# "a report seen by the Valley Gazette" and "the report" one document x2.
	# Notes [1] and [2] are cited by sentences 4 and 7; with what they and
	# the bullet match, sentences 0, 1, 3, 4 and 7 are covered.
	run -0 profile_of linden-roof "$OURS"
	[ "$output" = '{"sentences":11,"hedged_sentences":5,"hedged_share":0.4545,"attributions":8,"attributions_by_kind":{"person":2,"organization":0,"media":0,"government":0,"anonymous":4,"document":2,"unknown":0},"anonymous_attributions":4,"anonymous_share":0.5,"sources":5,"anonymous_sources":3,"unattributed_hedged_sentences":1,"references":3,"references_linked":3,"covered_sentences":5,"note_coverage":0.4545}' ]
	run -0 bash -c "jq -r 'select(.id == \"linden-roof\") | .text as \$t | .sentences[6] | \$t[.start:.end]' '$OURS'"
	[ "$output" = "The work may take until the spring." ]
}

@test "the figures agree with the annotations they come from" {
	for f in "$OURS" "$SAMPLE"; do
		"$PS" "$f" >out.jsonl
		[ "$(wc -l <out.jsonl)" -eq "$(wc -l <"$f")" ]
		# counts read straight off the keys
		jq -e '.profile as $p
			| $p.sentences == (.sentences | length)
			and $p.attributions == (.attributions | length)
			and $p.sources == (.sources | length)
			and $p.references == (.references | length)
			and $p.anonymous_sources == ([.sources[] | select(.anonymous)] | length)
			and ($p.attributions_by_kind | add) == $p.attributions
			and ($p.attributions_by_kind | keys_unsorted) == ["person", "organization",
				"media", "government", "anonymous", "document", "unknown"]' out.jsonl >/dev/null
		# and the whole profile, recomputed in jq from the definitions
		diff <(jq -c .profile out.jsonl) <(jq -c -f "$PROFILE_JQ" "$f")
	done
}

@test "other fields pass through byte for byte; 'profile' is appended last" {
	"$PS" "$OURS" >out.jsonl
	run -0 bash -c "jq -c 'del(.profile)' out.jsonl | cmp - <(jq -c . '$OURS')"
	run -0 bash -c "paste -d '\n' '$OURS' out.jsonl | awk 'NR % 2 == 1 { a = substr(\$0, 1, length(\$0) - 1) } NR % 2 == 0 { if (index(\$0, a \",\\\"profile\\\":{\") != 1) exit 1 }'"
	run -0 jq -c 'keys_unsorted[-1]' out.jsonl
	[ "${lines[0]}" = '"profile"' ]
}

@test "idempotent: profiling the output again gives the same bytes" {
	"$PS" "$OURS" "$SAMPLE" >once.jsonl
	"$PS" once.jsonl >twice.jsonl
	cmp once.jsonl twice.jsonl
}

@test "a record without attributions is rejected (65) with what to run" {
	"$NF_BIN/split-sentences" "$NEWS" | "$NF_BIN/detect-hedge" >partial.jsonl
	run -65 --separate-stderr "$PS" --rejects=bad.jsonl partial.jsonl
	[ -z "$output" ]
	[ "${#stderr_lines[@]}" -eq 2 ]
	[ "${stderr_lines[0]}" = "profile-sources: partial.jsonl:1: no 'attributions' key: run link-sources first" ]
	[ "${stderr_lines[1]}" = "profile-sources: partial.jsonl:2: no 'attributions' key: run link-sources first" ]
	cmp bad.jsonl partial.jsonl
	run -65 --separate-stderr "$PS" "$NEWS"
	[ "${stderr_lines[0]}" = "profile-sources: $NEWS:1: no 'sentences' key: run split-sentences first" ]
	"$NF_BIN/split-sentences" "$NEWS" >sentences.jsonl
	run -65 --separate-stderr "$PS" sentences.jsonl
	[ "${stderr_lines[0]}" = "profile-sources: sentences.jsonl:1: no 'hedges' key: run detect-hedge first" ]
}

@test "an index past the sentences (split again after link-sources) is rejected" {
	jq -c 'select(.id == "tarn-ferry") | .sentences |= .[0:5]' "$OURS" >cut.jsonl
	run -65 --separate-stderr "$PS" cut.jsonl
	[ "$stderr" = "profile-sources: cut.jsonl:1: 'hedges' item 3: sentence 5 out of range (5 sentences): run detect-hedge again after split-sentences" ]
	jq -c 'select(.id == "tarn-ferry") | .sources[0].anonymous = "yes"' "$OURS" >shape.jsonl
	run -65 --separate-stderr "$PS" shape.jsonl
	[ "$stderr" = "profile-sources: shape.jsonl:1: 'sources' item 0: no integer \"id\", string \"kind\" and boolean \"anonymous\": run link-sources again" ]
}

@test "--rollup: the sums of the per-article figures, shares from the sums" {
	run -0 "$PS" --rollup=r.json "$OURS"
	[ "$(wc -l <r.json)" -eq 1 ]
	# counted by hand from the two stories above
	[ "$(cat r.json)" = '{"articles":2,"sentences":23,"hedged_sentences":10,"hedged_share":0.4348,"attributions":19,"attributions_by_kind":{"person":7,"organization":0,"media":0,"government":1,"anonymous":8,"document":2,"unknown":1},"anonymous_attributions":9,"anonymous_share":0.4737,"sources":12,"anonymous_sources":8,"unattributed_hedged_sentences":1,"references":6,"references_linked":6,"covered_sentences":10,"note_coverage":0.4348}' ]
	# and, on more news, equal to summing the per-article profiles in jq
	"$PS" --rollup=r2.json "$OURS" "$SAMPLE" >out.jsonl
	jq -c -s 'def share($n; $d): if $d == 0 then null else ($n / $d * 10000 | round) / 10000 end;
		map(.profile) as $p
		| def sum(f): [$p[] | f] | add;
		{articles: ($p | length)} + ($p[0] | with_entries(.value |= null))
		| to_entries | map(.key as $k | .value = (
			if $k == "articles" then .value
			elif $k == "attributions_by_kind" then ($p[0][$k] | with_entries(.key as $kk | .value = sum(.[$k][$kk])))
			else sum(.[$k]) end)) | from_entries
		| .hedged_share = share(.hedged_sentences; .sentences)
		| .anonymous_share = share(.anonymous_attributions; .attributions)
		| .note_coverage = share(.covered_sentences; .sentences)' out.jsonl >want.json
	diff <(jq -c . r2.json) want.json
	run -0 jq '.articles' r2.json
	[ "$output" -eq 6 ]
}

@test "--rollup counts only the records profiled, and is written despite rejects" {
	{ head -1 "$OURS"; echo '{"text":"no keys"}'; tail -1 "$OURS"; } >mixed.jsonl
	run -65 "$PS" --rollup=r.json mixed.jsonl
	"$PS" --rollup=want.json "$OURS" >/dev/null
	cmp r.json want.json
	run -0 "$PS" --rollup=empty.json </dev/null
	[ "$(cat empty.json)" = '{"articles":0,"sentences":0,"hedged_sentences":0,"hedged_share":null,"attributions":0,"attributions_by_kind":{"person":0,"organization":0,"media":0,"government":0,"anonymous":0,"document":0,"unknown":0},"anonymous_attributions":0,"anonymous_share":null,"sources":0,"anonymous_sources":0,"unattributed_hedged_sentences":0,"references":0,"references_linked":0,"covered_sentences":0,"note_coverage":null}' ]
}

@test "write errors are reported: the roll-up file (74), standard output (74)" {
	run -74 --separate-stderr "$PS" --rollup=/dev/full "$OURS"
	[ "${#lines[@]}" -eq 2 ]
	[[ "$stderr" == "profile-sources: /dev/full: write error: "* ]]
	run -74 --separate-stderr "$PS" --rollup=no/such/dir/r.json "$OURS"
	[ -z "$output" ]
	[[ "$stderr" == "profile-sources: cannot create roll-up file 'no/such/dir/r.json': "* ]]
	run -74 --separate-stderr bash -c "'$PS' '$OURS' >/dev/full"
	[[ "$stderr" == *"write error"* ]]
}

@test "profile-merge over two roll-ups equals the roll-up of the input together" {
	"$PS" --rollup=a.json "$OURS" >/dev/null
	"$PS" --rollup=b.json "$SAMPLE" >/dev/null
	cat "$OURS" "$SAMPLE" | "$PS" --rollup=both.json >/dev/null
	run -0 "$MERGE" a.json b.json
	[ "${#lines[@]}" -eq 1 ]
	# the same numbers, members and order (jq writes 1.0 as 1, so compare
	# as jq prints both)
	[ "$output" = "$(jq -c . both.json)" ]
	run -0 "$MERGE" b.json a.json
	[ "$output" = "$(jq -c . both.json)" ]
	run -0 bash -c "cat a.json b.json | '$MERGE'"
	[ "$output" = "$(jq -c . both.json)" ]
	run -0 bash -c "'$MERGE' a.json - <b.json"
	[ "$output" = "$(jq -c . both.json)" ]
	run -0 "$MERGE" a.json
	[ "$output" = "$(jq -c . a.json)" ]
}

@test "profile-merge: no input is 0 articles; not a roll-up is 65; usage" {
	"$PS" --rollup=empty.json </dev/null
	run -0 "$MERGE" </dev/null
	[ "$output" = "$(jq -c . empty.json)" ]
	echo '{"articles":1}' >bad.json
	run -65 "$MERGE" bad.json
	[[ "$output" == *"not a profile-sources roll-up"* ]]
	echo 'not json' >worse.json
	run -65 "$MERGE" worse.json
	run -66 "$MERGE" missing.json
	[ "$output" = "profile-merge: cannot open 'missing.json'" ]
	run -0 "$MERGE" --help
	[[ "${lines[0]}" == "Usage: profile-merge "* ]]
	run -64 "$MERGE" --bogus
}

@test "the jq one-liner of the man page merges like profile-merge" {
	"$PS" --rollup=rollup-1.json "$OURS" >/dev/null
	"$PS" --rollup=rollup-2.json "$SAMPLE" >/dev/null
	# the EXAMPLES block that starts with "jq -cs", over rollup-*.json
	sed -n '/^jq -cs /,/^\.Ed/p' "$BATS_TEST_DIRNAME/../man/profile-sources.1" |
		sed '$d' >merge.sh
	[ -s merge.sh ]
	run -0 sh merge.sh
	[ "$output" = "$("$MERGE" rollup-1.json rollup-2.json)" ]
}
