#!/usr/bin/env bats
# link-sources, the record contract: fields pass through, the three keys
# it owns (attributions, sources, references) are added or replaced where
# they stand, spans slice the text in code points, bad lines and unusable
# models are refused with the documented status and a message, never a
# crash.  What it finds in news is in 51-link-sources-news.bats.

bats_require_minimum_version 1.5.0

load helpers
load sources

setup() {
	cd "$BATS_TEST_TMPDIR"
}

@test "--help and --version go to standard output and exit 0" {
	run -0 --separate-stderr "$LS" --help
	[[ "${lines[0]}" == "Usage: link-sources "* ]]
	[[ "$output" == *'"attributions", "sources" and "references" keys'* ]]
	[[ "$output" == *"--model=FILE"* ]]
	[ -z "$stderr" ]
	run -0 --separate-stderr "$LS" --version
	[ "$output" = "link-sources (newsfilters) 0.1.0" ]
	run -64 "$LS" --no-such-option
}

@test "other fields pass through byte for byte and in order; the three keys come last" {
	in='{"id":"a\u00e9","n":1.50,  "nested":{"k":[1,2,{"x":null}]},"text":"The minister said the port was closed.","z":true}'
	printf '%s\n' "$in" >in.jsonl
	run -0 "$LS" in.jsonl
	[[ "$output" == "${in%\}},\"attributions\":["* ]]
	run -0 jq -c 'keys_unsorted' <<<"$output"
	[ "$output" = '["id","n","nested","text","z","attributions","sources","references"]' ]
}

@test "one attribution, spelt out: cue, source, content, type, source and sentence" {
	record 'The minister said the port was closed.' >in.jsonl
	run -0 "$LS" in.jsonl
	[ "$output" = '{"text":"The minister said the port was closed.","attributions":[{"cue":{"start":13,"end":17},"source":{"start":0,"end":12},"content":{"start":18,"end":37},"type":"indirect","source_id":1,"sentence":0}],"sources":[{"id":1,"name":null,"kind":"person","anonymous":false,"affiliation":null,"role":"minister","mentions":[{"start":0,"end":12}]}],"references":[]}' ]
}

@test "existing keys are replaced where they stand, each of the three" {
	printf '%s\n' '{"sources":"stale","text":"Officials said talks failed.","attributions":1,"id":7}' >in.jsonl
	run -0 "$LS" in.jsonl
	run -0 jq -c 'keys_unsorted' <<<"$output"
	[ "$output" = '["sources","text","attributions","id","references"]' ]
	run -0 bash -c "'$LS' in.jsonl | jq -c '[(.attributions | length), (.sources | length), .id]'"
	[ "$output" = '[1,1,7]' ]
}

@test "idempotent: annotating the output again gives the same bytes" {
	"$LS" "$SNEWS" >once.jsonl
	"$LS" once.jsonl >twice.jsonl
	cmp once.jsonl twice.jsonl
	"$NF_BIN/split-sentences" "$SNEWS" | "$LS" >once.jsonl
	"$LS" once.jsonl >twice.jsonl
	cmp once.jsonl twice.jsonl
}

@test "every span lies in the text, contents cover their fragments, ids resolve" {
	"$LS" "$SNEWS" >out.jsonl
	[ "$(wc -l <out.jsonl)" -eq "$(wc -l <"$SNEWS")" ]
	check_attributions out.jsonl
	"$LS" "$NF_TESTDATA/sample/news.jsonl" >sample.jsonl
	check_attributions sample.jsonl
	run -0 jq -e -s 'map(.attributions | length) | add > 5' sample.jsonl
}

@test "offsets count code points: emoji and curly quotes before the cue" {
	record '😀 Noted. “Prices will fall,” the café owner said. 🤝' >u.jsonl
	"$LS" u.jsonl >out.jsonl
	check_attributions out.jsonl
	run -0 attr_table out.jsonl
	[ "${lines[-1]}" = 'said|the café owner|“Prices will fall,”' ]
	run -0 jq -c '.attributions[-1].cue' out.jsonl
	[ "$output" = '{"start":44,"end":48}' ]
	jq -c '{text}' u.jsonl | jq -c --ascii-output . >esc.jsonl
	grep -q '\\ud83d' esc.jsonl
	run -0 bash -c "'$LS' esc.jsonl | jq -c '.attributions[-1].cue'"
	[ "$output" = '{"start":44,"end":48}' ]
}

@test "empty and blank texts get empty lists; a blank line stays a blank line" {
	printf '{"text":""}\n\n{"text":" \\n\\t "}\n' >in.jsonl
	run -0 "$LS" in.jsonl
	[ "${lines[0]}" = '{"text":"","attributions":[],"sources":[],"references":[]}' ]
	[ "${#lines[@]}" -eq 2 ]
	run -0 bash -c "'$LS' in.jsonl | sed -n 2p"
	[ -z "$output" ]
}

@test "--field annotates another member; the keys stay the same" {
	jq -nc '{body: "A source said the deal was off.", text: 5}' >in.jsonl
	run -0 "$LS" --field body in.jsonl
	run -0 jq -c '[.sources[0].kind, .sources[0].anonymous]' <<<"$output"
	[ "$output" = '["anonymous",true]' ]
}

@test "given sentences are used; a malformed sentences key rejects just that line" {
	record 'Officials said talks failed. The envoy denied it.' |
		jq -c '.sentences = [{start: 0, end: 49}]' >one.jsonl
	run -0 bash -c "'$LS' one.jsonl | jq -c '[.attributions[].sentence]'"
	[ "$output" = '[0,0]' ]
	{
		record 'Officials said talks failed.' | jq -c '.sentences = "x"'
		record 'Officials said talks failed.'
	} >in.jsonl
	run -65 --separate-stderr "$LS" in.jsonl
	[ "$stderr" = 'link-sources: in.jsonl:1: "sentences" is not a sorted list of {start,end} spans of the text' ]
	[ "${#lines[@]}" -eq 1 ]
}

@test "entities, when present, type the sources; malformed entities reject the line" {
	record 'Pravex said the talks failed.' >in.jsonl
	run -0 bash -c "'$LS' in.jsonl | jq -r '.sources[0].kind'"
	[ "$output" = person ]
	jq -c '.entities = [{start: 0, end: 6, label: "ORG", text: "Pravex"}]' in.jsonl >ents.jsonl
	run -0 bash -c "'$LS' ents.jsonl | jq -r '.sources[0].kind'"
	[ "$output" = organization ]
	jq -c '.entities = [{start: 0, end: 600, label: "ORG"}]' in.jsonl >bad.jsonl
	run -65 --separate-stderr "$LS" bad.jsonl
	[ "$stderr" = 'link-sources: bad.jsonl:1: "entities" is not a list of {start,end,label} spans of the text' ]
}

@test "bad lines: exit 65, one message each, the good lines still annotated" {
	{
		record 'Officials said talks failed.'
		echo '{"text": '
		echo '[1,2]'
		echo '{"id":1}'
		echo '{"text":5}'
		record 'The envoy said it was over.'
	} >in.jsonl
	run -65 --separate-stderr "$LS" in.jsonl
	[ "${#lines[@]}" -eq 2 ]
	[[ "$stderr" == *'in.jsonl:2: invalid JSON'* ]]
	[[ "$stderr" == *'in.jsonl:3: not a JSON object'* ]]
	[[ "$stderr" == *'in.jsonl:4: no "text" field'* ]]
	[[ "$stderr" == *'in.jsonl:5: "text" is not a string'* ]]
	run -65 "$LS" --fail-fast --rejects rej.jsonl in.jsonl
	[ "${#lines[@]}" -eq 2 ]
	[ "$(cat rej.jsonl)" = '{"text": ' ]
}

@test "a write error exits 74 with a message; | head -1 is quiet" {
	run -74 --separate-stderr bash -c "'$LS' '$SNEWS' >/dev/full"
	[[ "$stderr" == "link-sources: write error: "* ]]
	for i in $(seq 200); do cat "$SNEWS"; done >many.jsonl
	run -0 --separate-stderr bash -c "'$LS' many.jsonl | head -1 >/dev/null"
	[ -z "$stderr" ]
}

@test "--model with the shipped model file gives what the built-in model gives" {
	"$LS" "$SNEWS" >builtin.jsonl
	"$LS" --model "$BATS_TEST_DIRNAME/../data/sources.model" "$SNEWS" >file.jsonl
	cmp builtin.jsonl file.jsonl
}

@test "--model: a file that cannot be read exits 66, naming it" {
	run -66 --separate-stderr "$LS" --model nosuch.model "$SNEWS"
	[ "$stderr" = "link-sources: cannot read model 'nosuch.model': No such file or directory" ]
	[ -z "$output" ]
}

@test "--model: a damaged, truncated, foreign or empty model exits 65 with the reason" {
	model=$BATS_TEST_DIRNAME/../data/sources.model
	: >empty.model
	run -65 --separate-stderr "$LS" --model empty.model "$SNEWS"
	[[ "$stderr" == "link-sources: empty.model: "* ]]
	head -c 1000 "$model" >trunc.model
	run -65 --separate-stderr "$LS" --model trunc.model "$SNEWS"
	[[ "$stderr" == "link-sources: trunc.model: "* ]]
	cp "$model" flip.model
	printf '\x55' | dd of=flip.model bs=1 seek=5000 conv=notrunc status=none
	run -65 --separate-stderr "$LS" --model flip.model "$SNEWS"
	[[ "$stderr" == *"checksum"* ]]
	run -65 --separate-stderr "$LS" --model "$BATS_TEST_DIRNAME/../data/hedge.model" "$SNEWS"
	[[ "$stderr" == *"'hedge'"* ]]
	[ -z "$output" ]
}
