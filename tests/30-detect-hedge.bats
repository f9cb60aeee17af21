#!/usr/bin/env bats
# detect-hedge, the record contract: fields pass through, hedges slice the
# text in code points and name their sentence, bad lines and unusable
# models are refused with the documented status and a message, never a
# crash.  What the detector finds in news is in 30-detect-hedge-news.bats.

bats_require_minimum_version 1.5.0

load helpers
load hedge

setup() {
	cd "$BATS_TEST_TMPDIR"
}

@test "--help and --version go to standard output and exit 0" {
	run -0 --separate-stderr "$DH" --help
	[[ "${lines[0]}" == "Usage: detect-hedge "* ]]
	[[ "$output" == *"--model=FILE"* ]]
	[[ "$output" == *"--scope=SCOPE"* ]]
	[ -z "$stderr" ]
	run -0 --separate-stderr "$DH" --version
	[ "$output" = "detect-hedge (newsfilters) 0.1.0" ]
	run -64 "$DH" --no-such-option
}

@test "other fields pass through byte for byte and in order; hedges come last" {
	in='{"id":"a\u00e9","n":1.50,  "nested":{"k":[1,2,{"x":null}]},"text":"Prices may rise.","z":true}'
	printf '%s\n' "$in" >in.jsonl
	run -0 "$DH" in.jsonl
	[ "$output" = "${in%\}},\"hedges\":[{\"start\":7,\"end\":10,\"cue\":\"may\",\"kind\":\"epistemic\",\"sentence\":0}]}" ]
}

@test "an existing hedges key is replaced where it stands" {
	printf '%s\n' '{"hedges":"stale","text":"The deal reportedly collapsed.","id":7}' >in.jsonl
	run -0 "$DH" in.jsonl
	[ "$output" = '{"hedges":[{"start":9,"end":19,"cue":"reportedly","kind":"reportative","sentence":0}],"text":"The deal reportedly collapsed.","id":7}' ]
}

@test "idempotent: annotating the output again gives the same bytes" {
	"$DH" "$HNEWS" >once.jsonl
	"$DH" once.jsonl >twice.jsonl
	cmp once.jsonl twice.jsonl
	"$NF_BIN/split-sentences" "$HNEWS" | "$DH" >once.jsonl
	"$DH" once.jsonl >twice.jsonl
	cmp once.jsonl twice.jsonl
}

@test "every hedge slices to its cue, with a documented kind, in text order" {
	"$DH" "$HNEWS" >out.jsonl
	[ "$(wc -l <out.jsonl)" -eq "$(wc -l <"$HNEWS")" ]
	check_hedges out.jsonl
	"$DH" "$NF_TESTDATA/sample/news.jsonl" >sample.jsonl
	check_hedges sample.jsonl
	run -0 jq -e -s 'map(.hedges | length) | add > 10' sample.jsonl
}

@test "offsets count code points: emoji, accents and curly quotes before the cues" {
	record '😀 Le président “a peut-être” menti; café owners reportedly doubt it 🤝 and may protest.' >u.jsonl
	"$DH" u.jsonl >out.jsonl
	check_hedges out.jsonl
	run -0 jq -c '[.hedges[] | [.start, .end, .cue]]' out.jsonl
	[ "$output" = '[[48,58,"reportedly"],[74,77,"may"]]' ]
	jq -c '{text}' u.jsonl | jq -c --ascii-output . >esc.jsonl
	grep -q '\\ud83d' esc.jsonl
	run -0 bash -c "'$DH' esc.jsonl | jq -c '[.hedges[] | [.start, .end, .cue]]'"
	[ "$output" = '[[48,58,"reportedly"],[74,77,"may"]]' ]
}

@test "typographic apostrophes: couldn’t and wouldn't are one word" {
	record 'The club couldn’t say, and it wouldn'"'"'t say either.' >in.jsonl
	"$DH" in.jsonl >out.jsonl
	check_hedges out.jsonl
	run -0 jq -e '[.hedges[].cue] | all(. != "couldn" and . != "wouldn")' out.jsonl
}

@test "empty and blank texts get an empty list; a blank line stays a blank line" {
	printf '{"text":""}\n\n{"text":" \\n\\t "}\n' >in.jsonl
	run -0 "$DH" in.jsonl
	[ "${lines[0]}" = '{"text":"","hedges":[]}' ]
	[ "$(sed -n 2p <<<"$output")" = '' ]
	[ "${lines[1]}" = '{"text":" \n\t ","hedges":[]}' ]
}

@test "--field reads another member; the key is still hedges" {
	printf '%s\n' '{"title":"Minister may resign","text":"nothing here"}' >in.jsonl
	run -0 "$DH" -f title in.jsonl
	[ "$output" = '{"title":"Minister may resign","text":"nothing here","hedges":[{"start":9,"end":12,"cue":"may","kind":"epistemic","sentence":0}]}' ]
}

@test "the sentence index is the split-sentences sentence; jq lists the uncertain ones" {
	text='The plan was approved. Critics argue it may fail. Work starts in May. If funds run out, it stops.'
	record "$text" >in.jsonl
	"$DH" in.jsonl >alone.jsonl
	"$NF_BIN/split-sentences" in.jsonl | "$DH" >with.jsonl
	check_hedges with.jsonl
	jq -c '.hedges' alone.jsonl >a
	jq -c '.hedges' with.jsonl >b
	cmp a b
	run -0 jq -c '[.hedges[].sentence] | unique' with.jsonl
	[ "$output" = '[1,3]' ]
	run -0 jq -c '.text as $t | .sentences as $s
		| [.hedges[].sentence] | unique | map($t[$s[.].start:$s[.].end])' with.jsonl
	[ "$output" = '["Critics argue it may fail.","If funds run out, it stops."]' ]
}

@test "given sentences are used: a cue does not reach across a sentence boundary" {
	record 'Officials familiar with the matter said no.' >in.jsonl
	run -0 jq -c '.sentences = [{start: 0, end: 9}, {start: 10, end: 43}]' in.jsonl
	printf '%s\n' "$output" >split.jsonl
	"$DH" split.jsonl >out.jsonl
	check_hedges out.jsonl
	run -0 jq -c '[.hedges[] | [.cue, .sentence]]' out.jsonl
	[ "$output" = '[]' ]
	printf '%s\n' '{"text":"Talks may resume. If they fail, strikes follow.","sentences":[{"start":0,"end":47}]}' >one.jsonl
	run -0 jq -c '[.hedges[] | [.cue, .sentence]]' <("$DH" one.jsonl)
	[ "$output" = '[["may",0],["If",0]]' ]
}

@test "a malformed sentences key rejects the line, and only that line" {
	for s in '"x"' 'null' '{}' '[[0,5]]' '[{"start":0}]' '[{"start":-1,"end":5}]' \
		'[{"start":0,"end":99}]' '[{"start":6,"end":16},{"start":0,"end":5}]'; do
		printf '%s\n' "{\"text\":\"Prices may rise.\",\"sentences\":$s}" '{"text":"Merz"}' >in.jsonl
		run -65 --separate-stderr "$DH" in.jsonl
		[ "$stderr" = 'detect-hedge: in.jsonl:1: "sentences" is not a sorted list of {start,end} spans of the text' ]
		[ "$output" = '{"text":"Merz","hedges":[]}' ]
	done
}

@test "bad lines: exit 65, one message each, the good lines still annotated" {
	printf '%s\n' '{"text":"It may rain."}' 'not json' '{"id":1}' '{"text":7}' \
		'{"text":"If so, fine."}' >in.jsonl
	printf '{"text":"caf\xe9 may"}\n' >>in.jsonl
	run -65 --separate-stderr "$DH" --rejects=rej.jsonl in.jsonl
	[ "${#lines[@]}" -eq 2 ]
	[[ "${lines[0]}" == '{"text":"It may rain.","hedges":[{"start":3,"end":6,'* ]]
	[[ "${lines[1]}" == '{"text":"If so, fine.","hedges":[{"start":0,"end":2,'* ]]
	[ "${#stderr_lines[@]}" -eq 4 ]
	[[ "${stderr_lines[0]}" == "detect-hedge: in.jsonl:2: invalid JSON"* ]]
	[ "${stderr_lines[1]}" = 'detect-hedge: in.jsonl:3: no "text" field' ]
	[ "${stderr_lines[2]}" = 'detect-hedge: in.jsonl:4: "text" is not a string' ]
	[[ "${stderr_lines[3]}" == "detect-hedge: in.jsonl:6: invalid UTF-8"* ]]
	[ "$(wc -l <rej.jsonl)" -eq 4 ]
}

@test "a write error exits 74; | head -1 is quiet" {
	run -74 --separate-stderr bash -c "'$DH' '$HNEWS' >/dev/full"
	[ "$stderr" = 'detect-hedge: write error: No space left on device' ]
	run -0 --separate-stderr bash -c "yes '{\"text\":\"It may rain.\"}' | head -n 20000 | '$DH' | head -n 1"
	[[ "$output" == '{"text":"It may rain.","hedges":'* ]]
	[ -z "$stderr" ]
}

@test "--scope=uncertainty leaves out the attribution cues; a bad scope exits 64" {
	record 'Critics argue that the senator is said to be ill, and he may resign.' >in.jsonl
	run -0 bash -c "'$DH' in.jsonl | jq -c '[.hedges[] | [.cue, .kind]]'"
	[ "$output" = '[["Critics argue","weasel"],["is said to","reportative"],["may","epistemic"]]' ]
	run -0 bash -c "'$DH' --scope=uncertainty in.jsonl | jq -c '[.hedges[] | .cue]'"
	[ "$output" = '["may"]' ]
	run -0 bash -c "'$DH' --scope=all in.jsonl | jq -c '[.hedges[] | .cue]'"
	[ "$output" = '["Critics argue","is said to","may"]' ]
	run -64 --separate-stderr "$DH" --scope=none in.jsonl
	[ "$stderr" = "detect-hedge: invalid --scope 'none': use all or uncertainty" ]
}
