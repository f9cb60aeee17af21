#!/usr/bin/env bats
# tag-entities, the record contract: fields pass through, spans slice the
# text in code points, bad lines and unusable models are refused with the
# documented status and a message, never a crash.  What the tagger finds
# is in 41-tag-entities-news.bats.

bats_require_minimum_version 1.5.0

if [ -f "$BATS_TEST_DIRNAME/helpers.bash" ]; then
	load helpers
fi
load entities

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# The model errors: exit 65, nothing on standard output, one message
# naming the file.  $1 is the model, $2 a pattern the message must match.
assert_bad_model() {
	run -65 --separate-stderr "$TE" --model "$1" "$NEWS"
	[ -z "$output" ]
	[ "${#stderr_lines[@]}" -eq 1 ]
	[[ "$stderr" == "tag-entities: $1: "* ]]
	[[ "$stderr" =~ $2 ]]
}

@test "--help and --version go to standard output and exit 0" {
	run -0 --separate-stderr "$TE" --help
	[[ "${lines[0]}" == "Usage: tag-entities "* ]]
	[[ "$output" == *"--model=FILE"* ]]
	[ -z "$stderr" ]
	run -0 --separate-stderr "$TE" --version
	[ "$output" = "tag-entities (newsfilters) 0.1.0" ]
	[ -z "$stderr" ]
	run -64 "$TE" --no-such-option
}

@test "other fields pass through byte for byte and in order; entities come last" {
	in='{"id":"a\u00e9","n":1.50,  "nested":{"k":[1,2,{"x":null}]},"text":"Putin met Merz in Berlin.","z":true}'
	printf '%s\n' "$in" >in.jsonl
	"$TE" in.jsonl >out.jsonl
	run -0 cat out.jsonl
	[[ "$output" == "${in%\}},\"entities\":["*"]}" ]]
	check_entities out.jsonl
	run -0 jq -c '[.entities[] | .text]' out.jsonl
	[ "$output" = '["Putin","Merz","Berlin"]' ]
}

@test "an existing entities key is replaced where it stands" {
	printf '%s\n' '{"entities":"stale","text":"President Putin spoke in Moscow.","id":7}' >in.jsonl
	run -0 "$TE" in.jsonl
	[ "$output" = '{"entities":[{"start":10,"end":15,"label":"PERSON","text":"Putin"},{"start":25,"end":31,"label":"LOC","text":"Moscow"}],"text":"President Putin spoke in Moscow.","id":7}' ]
}

@test "idempotent: tagging the output again gives the same bytes" {
	"$TE" "$NEWS" >once.jsonl
	"$TE" once.jsonl >twice.jsonl
	cmp once.jsonl twice.jsonl
	"$NF_BIN/split-sentences" "$NEWS" | "$TE" >once.jsonl
	"$TE" once.jsonl >twice.jsonl
	cmp once.jsonl twice.jsonl
}

@test "every entity slices to its text, in text order, with one of the four labels" {
	"$TE" "$NEWS" >out.jsonl
	[ "$(wc -l <out.jsonl)" -eq "$(wc -l <"$NEWS")" ]
	check_entities out.jsonl
	# the fixtures are news: every record has names
	run -0 jq -e -s 'all(.[]; (.entities | length) >= 5)' out.jsonl
}

@test "offsets count code points: accents, emoji and curly quotes come before names" {
	record '🤝 Emmanuel Macron met Jean-Noël Barrot in Besançon on Friday, the “Le Monde” newspaper said. Vladimir Putin 😀 stayed in Moscow.' >u.jsonl
	"$TE" u.jsonl >out.jsonl
	check_entities out.jsonl
	run -0 jq -c '[.entities[] | [.start, .end, .text]]' out.jsonl
	[ "$output" = '[[2,17,"Emmanuel Macron"],[22,38,"Jean-Noël Barrot"],[42,50,"Besançon"],[67,75,"Le Monde"],[93,107,"Vladimir Putin"],[120,126,"Moscow"]]' ]
	# the same text as \u escapes: the same offsets
	jq -c '{text}' u.jsonl | jq -c --ascii-output . >esc.jsonl
	grep -q 'Besan\\u00e7on' esc.jsonl
	run -0 bash -c "'$TE' esc.jsonl | jq -c '[.entities[] | [.start, .end, .text]]'"
	[ "$output" = '[[2,17,"Emmanuel Macron"],[22,38,"Jean-Noël Barrot"],[42,50,"Besançon"],[67,75,"Le Monde"],[93,107,"Vladimir Putin"],[120,126,"Moscow"]]' ]
}

@test "the non-ASCII fixture: every span slices, a name with accents kept whole" {
	jq -c 'select(.id == "besancon")' "$NEWS" | "$TE" >out.jsonl
	check_entities out.jsonl
	run -0 jq -r '.entities[] | .text' out.jsonl
	[[ "$output" == *$'\nJean-Noël Barrot\n'* ]]
}

@test "the non-ASCII fixture: an accented first name after another name kept whole" {
	jq -c 'select(.id == "besancon")' "$NEWS" | "$TE" >out.jsonl
	run -0 jq -r '.entities[] | .text' out.jsonl
	[[ "$output" == *$'\nJean-Noël Barrot\nJosé Manuel Albares\n'* ]]
}

@test "empty and blank texts get an empty list; a blank line stays a blank line" {
	printf '{"text":""}\n\n{"text":" \\n\\t "}\n' >in.jsonl
	run -0 "$TE" in.jsonl
	[ "${lines[0]}" = '{"text":"","entities":[]}' ]
	[ "$(sed -n 2p <<<"$output")" = '' ]
	[ "${lines[1]}" = '{"text":" \n\t ","entities":[]}' ]
}

@test "--field tags another member; the key is still entities" {
	printf '%s\n' '{"title":"Putin visits Warsaw","text":"nothing here"}' >in.jsonl
	run -0 "$TE" -f title in.jsonl
	[ "$output" = '{"title":"Putin visits Warsaw","text":"nothing here","entities":[{"start":0,"end":5,"label":"PERSON","text":"Putin"},{"start":13,"end":19,"label":"LOC","text":"Warsaw"}]}' ]
}

@test "bad lines: exit 65, one message each, the good lines still tagged" {
	printf '%s\n' '{"text":"Putin spoke."}' 'not json' '{"id":1}' '{"text":7}' \
		'{"text":"a","text":"b"}' '{"text":"Lavrov spoke."}' >in.jsonl
	printf '{"text":"caf\xe9 Moscow"}\n' >>in.jsonl
	run -65 --separate-stderr "$TE" in.jsonl
	[ "${#lines[@]}" -eq 2 ]
	[[ "${lines[0]}" == '{"text":"Putin spoke.","entities":['* ]]
	[[ "${lines[1]}" == '{"text":"Lavrov spoke.","entities":['* ]]
	[ "${#stderr_lines[@]}" -eq 5 ]
	[[ "${stderr_lines[0]}" == "tag-entities: in.jsonl:2: invalid JSON"* ]]
	[ "${stderr_lines[1]}" = 'tag-entities: in.jsonl:3: no "text" field' ]
	[ "${stderr_lines[2]}" = 'tag-entities: in.jsonl:4: "text" is not a string' ]
	[[ "${stderr_lines[3]}" == "tag-entities: in.jsonl:5: "*"duplicate"* ]]
	[[ "${stderr_lines[4]}" == "tag-entities: in.jsonl:7: invalid UTF-8"* ]]
}

@test "--rejects keeps each rejected line as read; --fail-fast stops at the first" {
	printf '{"text":"no names"}\nnot json\r\n{"text":"none here"}\n{"x":1}\n' >in.jsonl
	run -65 "$TE" --rejects=rej.jsonl in.jsonl
	printf 'not json\r\n{"x":1}\n' >want
	cmp rej.jsonl want
	run -65 --separate-stderr "$TE" --fail-fast in.jsonl
	[ "$output" = '{"text":"no names","entities":[]}' ]
	[ "${#stderr_lines[@]}" -eq 1 ]
	: >rej.jsonl
	run -0 "$TE" --rejects=rej.jsonl "$NEWS"
	[ ! -s rej.jsonl ]
}

@test "a write error exits 74 with a message" {
	run -74 --separate-stderr bash -c "'$TE' '$NEWS' >/dev/full"
	[ "$stderr" = 'tag-entities: write error: No space left on device' ]
}

@test "| head -1 is quiet" {
	run -0 --separate-stderr bash -c "yes '{\"text\":\"Putin met Merz in Berlin.\"}' | head -n 20000 | '$TE' | head -n 1"
	[[ "$output" == '{"text":"Putin met Merz in Berlin.","entities":[{"start":0,"end":5,'* ]]
	[ -z "$stderr" ]
}

@test "without a sentences key: no sentence index, and no sentences key added" {
	"$TE" "$NEWS" >out.jsonl
	run -0 jq -e -s 'all(.[]; (has("sentences") | not) and all(.entities[]; has("sentence") | not))' out.jsonl
}

@test "with sentences: each entity names the sentence it lies in; the same entities as without" {
	"$NF_BIN/split-sentences" "$NEWS" | "$TE" >with.jsonl
	check_entities with.jsonl
	run -0 jq -e -s 'all(.[]; .sentences as $s
		| all(.entities[]; $s[.sentence].start <= .start and .end <= $s[.sentence].end))' with.jsonl
	"$TE" "$NEWS" >without.jsonl
	jq -c '[.entities[] | del(.sentence)]' with.jsonl >a
	jq -c '.entities' without.jsonl >b
	cmp a b
}

@test "given sentences are used: no entity crosses a sentence boundary" {
	record 'Steve Witkoff met Putin.' >in.jsonl
	run -0 bash -c "'$TE' in.jsonl | jq -c '[.entities[] | .text]'"
	[ "$output" = '["Steve Witkoff","Putin"]' ]
	jq -c '.sentences = [{start: 0, end: 5}, {start: 6, end: 24}]' in.jsonl >split.jsonl
	"$TE" split.jsonl >out.jsonl
	check_entities out.jsonl
	run -0 jq -e 'all(.entities[]; .end <= 5 or .start >= 6)' out.jsonl
	run -0 jq -c '[.entities[] | select(.text == "Putin") | .sentence]' out.jsonl
	[ "$output" = '[1]' ]
}

@test "the sentence index names a sentence that holds the entity, also when sentences leave text out" {
	printf '%s\n' '{"text":"Putin met Trump.","sentences":[{"start":0,"end":5}]}' \
		'{"text":"Putin met Trump.","sentences":[]}' >in.jsonl
	"$TE" in.jsonl >out.jsonl
	run -0 jq -e -s 'all(.[]; .sentences as $s | all(.entities[]; (has("sentence") | not)
		or ($s[.sentence] != null and $s[.sentence].start <= .start and .end <= $s[.sentence].end)))' out.jsonl
	# the entity outside the one given sentence, and all with [], have no index
	run -0 jq -c -s '[.[] | [.entities[] | has("sentence")]]' out.jsonl
	[ "$output" = '[[true,false],[false,false]]' ]
}

@test "a malformed sentences key rejects the line, and only that line" {
	for s in '"x"' 'null' '{}' '[[0,5]]' '[{"start":0}]' '[{"start":"0","end":5}]' \
		'[{"start":-1,"end":5}]' '[{"start":0.5,"end":5}]' '[{"start":0,"end":99}]' \
		'[{"start":6,"end":16},{"start":0,"end":5}]' '[{"start":0,"end":9},{"start":6,"end":16}]'; do
		printf '%s\n' "{\"text\":\"Putin met Trump.\",\"sentences\":$s}" '{"text":"Merz"}' >in.jsonl
		run -65 --separate-stderr "$TE" in.jsonl
		[ "$stderr" = 'tag-entities: in.jsonl:1: "sentences" is not a sorted list of {start,end} spans of the text' ]
		[[ "$output" == '{"text":"Merz",'* ]]
		[ "${#lines[@]}" -eq 1 ]
	done
}

@test "--model with the shipped model file gives what the built-in model gives" {
	"$TE" "$NEWS" >builtin.jsonl
	"$TE" --model "$TOP/data/entities.model" "$NEWS" >file.jsonl
	cmp builtin.jsonl file.jsonl
}

@test "--model: a file that cannot be read exits 66, naming it" {
	run -66 --separate-stderr "$TE" --model missing.model "$NEWS"
	[ -z "$output" ]
	[ "$stderr" = "tag-entities: cannot read model 'missing.model': No such file or directory" ]
	run -66 --separate-stderr "$TE" --model . "$NEWS"
	[[ "$stderr" == "tag-entities: cannot read model '.': "* ]]
}

@test "--model: an empty file or another file format is not a model (65)" {
	: >empty.model
	assert_bad_model empty.model 'bad magic'
	printf 'NFMODEL' >short.model
	assert_bad_model short.model 'bad magic|truncated'
	assert_bad_model "$NEWS" 'bad magic'
	printf 'NFMODEL\n\1\0\0' >tiny.model
	assert_bad_model tiny.model 'truncated'
}

@test "--model: a flipped byte anywhere is caught by the checksum (65)" {
	size=$(wc -c <"$TOP/data/entities.model")
	for at in 20 $((size / 3)) $((size / 2)) $((size - 9)) $((size - 1)); do
		cp "$TOP/data/entities.model" bad.model
		flip_byte bad.model "$at"
		run -1 cmp -s bad.model "$TOP/data/entities.model"
		assert_bad_model bad.model 'checksum'
	done
}

@test "--model: a truncated model (65)" {
	size=$(wc -c <"$TOP/data/entities.model")
	for keep in 12 100 $((size / 2)) $((size - 1)); do
		head -c "$keep" "$TOP/data/entities.model" >cut.model
		assert_bad_model cut.model 'truncated'
	done
}

@test "--model: another format version, with or without a matching checksum (65)" {
	# the version is the u32 after the 8-byte magic
	cp "$TOP/data/entities.model" v2.model
	set_byte v2.model 8 2
	assert_bad_model v2.model 'version 2 is not supported'
	# a real entity model of version 2, its checksum made right
	"$TRAIN" -o tiny.model -e 2 "$NF_TESTDATA/entities/tiny-train.jsonl" 2>/dev/null
	head -c -8 tiny.model >v2.model
	set_byte v2.model 8 2
	seal v2.model
	assert_bad_model v2.model 'version 2 is not supported'
	: >empty
	container v0.model 0 entities meta empty
	assert_bad_model v0.model 'version 0 is not supported'
}

@test "--model: another kind of model (65)" {
	if [ -f "$TOP/data/hedge.model" ]; then
		assert_bad_model "$TOP/data/hedge.model" "a 'hedge' model, not an 'entities' model"
	fi
	: >empty
	container other.model 1 sentences meta empty
	assert_bad_model other.model "a 'sentences' model, not an 'entities' model"
	container short.model 1 entitie
	assert_bad_model short.model "a 'entitie' model, not an 'entities' model"
}

@test "--model: an entities container without usable sections (65)" {
	: >empty
	container none.model 1 entities
	assert_bad_model none.model 'another feature set'
	printf 'ner-features 0' >old
	container old.model 1 entities meta old
	assert_bad_model old.model 'another feature set'
	# meta as this build writes it, but no weights or broken ones
	"$TRAIN" -o tiny.model -e 1 "$NF_TESTDATA/entities/tiny-train.jsonl" 2>/dev/null
	grep -a -o -m 1 "ner-features [0-9]*" tiny.model | head -n 1 | tr -d "\n" >meta
	container noweights.model 1 entities meta meta
	assert_bad_model noweights.model 'weights'
	printf 'not a weights table' >junk
	container junk.model 1 entities meta meta weights junk
	assert_bad_model junk.model 'weights'
}

@test "--model: a damaged section inside a valid container (65, no crash)" {
	"$TRAIN" -o tiny.model -e 1 "$NF_TESTDATA/entities/tiny-train.jsonl" 2>/dev/null
	grep -a -o -m 1 "ner-features [0-9]*" tiny.model | head -n 1 | tr -d "\n" >meta
	# a weights table claiming more slots than it has
	{ le 4 17; le 4 1024; le 4 0; le 4 0; } >weights
	container w.model 1 entities meta meta weights weights
	assert_bad_model w.model 'weights'
	# sections that run past the end of the file
	{ printf 'NFMODEL\n'; le 4 1; le 4 8; printf entities; le 4 1; le 4 4; printf meta; le 8 1000; } >long.model
	seal long.model
	assert_bad_model long.model 'malformed'
	# more sections than a model may have
	{ printf 'NFMODEL\n'; le 4 1; le 4 8; printf entities; le 4 99; } >many.model
	seal many.model
	assert_bad_model many.model 'malformed'
}

@test "a bad model is reported before any input is read" {
	: >empty.model
	run -65 --separate-stderr bash -c "printf '{\"text\":\"Merz\"}\n' | '$TE' --model empty.model"
	[ -z "$output" ]
	[ "$stderr" = 'tag-entities: empty.model: not a newsfilters model (bad magic number)' ]
}
