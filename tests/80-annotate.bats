#!/usr/bin/env bats
# annotate: the filters fused in one process.  Its output must be the
# chain's, byte for byte (split-sentences | tag-entities | detect-hedge |
# link-sources, and profile-sources when asked), on every fixture and
# whatever stages are chosen; its options are the stages' own, prefixed;
# bad lines are rejected verbatim with the stage that refused them named.

bats_require_minimum_version 1.5.0

load helpers

AN=$NF_BIN/annotate

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# chain FILE: the four filters piped, as annotate-news runs them.
chain() {
	"$SS" "$1" | "$NF_BIN/tag-entities" | "$NF_BIN/detect-hedge" | "$NF_BIN/link-sources"
}

@test "--help lists the stages and their prefixed options; --version" {
	run -0 --separate-stderr "$AN" --help
	[[ "${lines[0]}" == "Usage: annotate "* ]]
	[[ "$output" == *"--stages=LIST"* ]]
	[[ "$output" == *"--entities-model=FILE"* ]]
	[[ "$output" == *"--hedges-scope=VALUE"* ]]
	[[ "$output" == *"--profile-rollup=VALUE"* ]]
	run -0 "$AN" --version
	[ "$output" = "annotate (newsfilters) 0.1.0" ]
}

@test "every fixture: the same bytes as the four filters piped, and the same status" {
	local f n=0
	for f in "$NF_TESTDATA"/*/*.jsonl; do
		chain "$f" >chain.out 2>/dev/null || true
		"$AN" "$f" >fused.out 2>/dev/null || true
		cmp chain.out fused.out || { echo "differs on $f"; return 1; }
		n=$((n + 1))
	done
	[ "$n" -ge 10 ]
	run -0 "$AN" "$NF_TESTDATA/sample/news.jsonl"
	run -65 "$AN" "$NF_TESTDATA/contract/bad.jsonl"
}

@test "--stages: any subset runs in the chain's order, equal to those filters piped" {
	local f=$NF_TESTDATA/briefs/briefs.jsonl
	"$SS" "$f" | "$NF_BIN/tag-entities" >want
	run -0 "$AN" --stages=entities,sentences "$f"
	printf '%s\n' "$output" | cmp - want
	"$SS" "$f" | "$NF_BIN/link-sources" >want
	run -0 "$AN" --stages sources,sentences "$f"
	printf '%s\n' "$output" | cmp - want
	"$SS" "$f" | "$NF_BIN/detect-hedge" --scope=uncertainty >want
	run -0 "$AN" --stages=sentences,hedges --hedges-scope=uncertainty "$f"
	printf '%s\n' "$output" | cmp - want
}

@test "the profile stage and its roll-up equal profile-sources after the chain" {
	local f=$NF_TESTDATA/profile/news.jsonl
	chain "$f" | "$NF_BIN/profile-sources" --rollup=want.json >want
	run -0 "$AN" --stages=sentences,entities,hedges,sources,profile --profile-rollup=got.json "$f"
	printf '%s\n' "$output" | cmp - want
	cmp got.json want.json
}

@test "running it again on its own output gives the same bytes" {
	"$AN" "$NF_TESTDATA/sources/news.jsonl" >once
	"$AN" once >twice
	cmp once twice
}

@test "usage errors: an unknown or repeated stage, an option of a stage not run" {
	run -64 --separate-stderr "$AN" --stages=sentences,gossip /dev/null
	[ "$stderr" = "annotate: unknown stage 'gossip' in --stages: give some of sentences,entities,hedges,sources,profile" ]
	run -64 --separate-stderr "$AN" --stages=hedges,hedges /dev/null
	[ "$stderr" = "annotate: stage 'hedges' given twice in --stages" ]
	run -64 --separate-stderr "$AN" --stages=sentences --entities-model=x.model /dev/null
	[ "$stderr" = "annotate: an option of stage 'entities' was given, but --stages does not run it" ]
	run -66 --separate-stderr "$AN" --entities-model=no-such.model /dev/null
	[[ "$stderr" == *"no-such.model"* ]]
}

@test "bad lines: rejected verbatim as read, the refusing stage named, the others annotated" {
	printf '%s\n' '{"text":"It rained, officials said."}' '{"text":3}' \
		'{"text":"Two people said so.","entities":[{"start":0,"end":99,"label":"PER"}]}' >in.jsonl
	run -65 --separate-stderr "$AN" --stages=sources --rejects=rej.jsonl in.jsonl
	[ "${#lines[@]}" -eq 1 ]
	[[ "${lines[0]}" == '{"text":"It rained, officials said.","attributions":'* ]]
	[[ "$stderr" == *'annotate: in.jsonl:2: "text" is not a string'* ]]
	[[ "$stderr" == *'annotate: in.jsonl:3: link-sources: "entities" is not a list of {start,end,label} spans of the text'* ]]
	[ "$(sed -n 2p rej.jsonl)" = '{"text":"Two people said so.","entities":[{"start":0,"end":99,"label":"PER"}]}' ]
	[ "$(wc -l <rej.jsonl)" -eq 2 ]
}

@test "| head -1: quiet, and annotate dies of SIGPIPE (141) like the filters" {
	local i
	for i in $(seq 40); do cat "$NF_TESTDATA/news/articles.jsonl"; done >big.jsonl
	run --separate-stderr bash -c '"$1" "$2" | head -1 >/dev/null; echo "${PIPESTATUS[0]}"' _ "$AN" big.jsonl
	[ "$output" = 141 ]
	[ -z "$stderr" ]
}
