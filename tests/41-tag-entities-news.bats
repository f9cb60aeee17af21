#!/usr/bin/env bats
# tag-entities, the behaviour: on the news fixtures in testdata/entities/
# (presidents, envoys, ministers, NATO, the Kremlin, news outlets) the
# built-in model finds the expected names with the expected labels.
#
# Labels as tag-entities(1) defines them: PERSON; ORG (agencies, parties,
# media, alliances, "White House"/"Kremlin" as institutions); LOC
# (countries, cities, regions); MISC (nationalities, events, laws and
# treaties such as "Article 5", titles of works).  What a good tagger must
# get and this model does not yet is kept as a skipped test ("known
# weakness"), so that it shows up in every run and turns green when fixed.

bats_require_minimum_version 1.5.0

if [ -f "$BATS_TEST_DIRNAME/helpers.bash" ]; then
	load helpers
fi
load entities

setup_file() {
	"$TE" "$NEWS" >"$BATS_FILE_TMPDIR/tagged.jsonl"
}

setup() {
	TAGGED=$BATS_FILE_TMPDIR/tagged.jsonl
	cd "$BATS_TEST_TMPDIR"
}

# entities_of ID: "LABEL<TAB>START<TAB>TEXT" lines of the record ID.
entities_of() {
	jq -r --arg id "$1" 'select(.id == $id) | .entities[] | [.label, .start, .text] | @tsv' "$TAGGED"
}

# (jq 1.6 -e looks at the last input, so select one record with -s.)
#
# has ID LABEL TEXT [START]: the record ID has an entity TEXT labelled
# LABEL (starting at code point START, if given).
has() {
	if ! jq -e -s --arg id "$1" --arg l "$2" --arg x "$3" --arg at "${4:-}" '
		map(select(.id == $id)) | .[0]
		| any(.entities[]; .label == $l and .text == $x
			and ($at == "" or .start == ($at | tonumber)))' "$TAGGED" >/dev/null; then
		echo "$1: want $2 \"$3\"${4:+ at $4}; got:"
		entities_of "$1"
		return 1
	fi
}

# count ID LABEL TEXT N: exactly N such entities.
count() {
	local n
	n=$(jq --arg id "$1" --arg l "$2" --arg x "$3" \
		'select(.id == $id) | [.entities[] | select(.label == $l and .text == $x)] | length' "$TAGGED")
	if [ "$n" != "$4" ]; then
		echo "$1: want $4 x $2 \"$3\", got $n"
		return 1
	fi
}

# spanned ID TEXT: some entity of the record ID is exactly TEXT, any label.
spanned() {
	jq -e -s --arg id "$1" --arg x "$2" 'map(select(.id == $id)) | .[0] | any(.entities[]; .text == $x)' \
		"$TAGGED" >/dev/null || {
		echo "$1: want an entity \"$2\"; got:"
		entities_of "$1"
		return 1
	}
}

# tag_text TEXT: the entities of TEXT as "LABEL TEXT" lines.
tag_text() {
	record "$1" | "$TE" | jq -r '.entities[] | "\(.label) \(.text)"'
}

# recall NORMAL VARIANT: "FOUND TOTAL": how many entity spans (start, end)
# of the tagged records in NORMAL are also spans in VARIANT, line by line,
# whatever their label.
recall() {
	jq -s -r --slurpfile v "$2" '
		[range(length) as $i | [.[$i].entities[] | [.start, .end]] as $want
		| [$v[$i].entities[] | [.start, .end]] as $got
		| ($want | length), ([$want[] | select(. as $s | any($got[]; . == $s))] | length)]
		| [([.[range(1; length; 2)]] | add), ([.[range(0; length; 2)]] | add)]
		| "\(.[0]) \(.[1])"' "$1"
}

# The fixtures that are plain ASCII, so that ascii_upcase and
# ascii_downcase change every letter.
ascii_news() {
	jq -c 'select(.text | explode | all(. < 128))' "$NEWS"
}

@test "the fixtures tag cleanly: every record, every span well formed" {
	[ "$(wc -l <"$TAGGED")" -eq "$(wc -l <"$NEWS")" ]
	check_entities "$TAGGED"
}

@test "envoy-guarantees: the envoy, the presidents, the minister, NATO, Reuters" {
	has envoy-guarantees PERSON "Putin" 11
	has envoy-guarantees LOC "Ukraine" 52
	has envoy-guarantees PERSON "Steve Witkoff"
	has envoy-guarantees PERSON "Donald Trump"
	has envoy-guarantees MISC "Russian"
	has envoy-guarantees PERSON "Vladimir Putin"
	has envoy-guarantees LOC "United States"
	has envoy-guarantees MISC "European"
	has envoy-guarantees ORG "NATO"
	has envoy-guarantees PERSON "Sergei Lavrov"
	has envoy-guarantees LOC "Moscow"
	has envoy-guarantees LOC "Russia"
	has envoy-guarantees MISC "Ukrainian"
	has envoy-guarantees PERSON "Volodymyr Zelensky"
	has envoy-guarantees LOC "Kyiv"
	has envoy-guarantees ORG "Reuters"
	count envoy-guarantees LOC "Ukraine" 2
}

@test "envoy-guarantees: the Kremlin and the White House are institutions (ORG)" {
	has envoy-guarantees ORG "Kremlin"
	has envoy-guarantees ORG "White House"
	has caps-headline ORG "Kremlin"
}

@test "\"Article 5\" is a treaty article (MISC), number included" {
	has envoy-guarantees MISC "Article 5"
	has memorandum MISC "Article 5"
}

@test "anchorage-summit: leaders, the alliance, the Commission, the Post" {
	has anchorage-summit LOC "Alaska"
	has anchorage-summit LOC "Europe"
	has anchorage-summit PERSON "Putin"
	has anchorage-summit LOC "Anchorage"
	has anchorage-summit ORG "The Washington Post"
	has anchorage-summit MISC "German"
	has anchorage-summit PERSON "Friedrich Merz"
	has anchorage-summit MISC "French"
	has anchorage-summit PERSON "Emmanuel Macron"
	has anchorage-summit ORG "NATO"
	has anchorage-summit PERSON "Mark Rutte"
	has anchorage-summit ORG "European Commission"
	has anchorage-summit LOC "Brussels"
}

@test "a surname alone, first in its sentence or after a verb, is a PERSON" {
	has anchorage-summit PERSON "Trump"
	has anchorage-summit PERSON "Zelensky"
	run -0 tag_text "Merz and Rutte met in Berlin on Monday."
	[[ "$output" == *"PERSON Merz"* && "$output" == *"PERSON Rutte"* ]]
}

@test "warsaw-visit: ministers, outlets, the Pentagon and the State Department" {
	has warsaw-visit MISC "British" 0
	count warsaw-visit LOC "Warsaw" 2
	has warsaw-visit LOC "Britain"
	has warsaw-visit PERSON "John Healey"
	count warsaw-visit MISC "Polish" 2
	has warsaw-visit ORG "BBC"
	has warsaw-visit LOC "Poland"
	has warsaw-visit PERSON "Radoslaw Sikorski"
	has warsaw-visit ORG "Associated Press"
	has warsaw-visit MISC "Russian"
	has warsaw-visit LOC "Washington"
	has warsaw-visit ORG "Pentagon"
	has warsaw-visit ORG "State Department"
}

@test "brussels-sanctions: the EU, its Council, a prime minister, The New York Times" {
	has brussels-sanctions ORG "EU" 0
	has brussels-sanctions ORG "European Union"
	has brussels-sanctions LOC "Brussels"
	has brussels-sanctions LOC "Russia"
	has brussels-sanctions PERSON "Kaja Kallas"
	has brussels-sanctions MISC "Russian"
	has brussels-sanctions MISC "Hungarian"
	has brussels-sanctions PERSON "Viktor Orban"
	has brussels-sanctions ORG "The New York Times"
	has brussels-sanctions LOC "Budapest"
	has brussels-sanctions LOC "Germany"
	has brussels-sanctions LOC "France"
}

@test "brussels-sanctions: \"the Council\" alone is the EU's Council (ORG)" {
	skip "known weakness (since the model of issue 15's fifth session, with 467 encyclopaedic articles): \"a statement from the Council.\" gives no name or LOC \"Council\""
	has brussels-sanctions ORG "Council"
}

@test "besancon: accented names whole, curly quotes, emoji" {
	has besancon MISC "French"
	has besancon PERSON "Jean-Noël Barrot" 60
	has besancon LOC "Spain"
	count besancon LOC "Besançon" 2
	has besancon PERSON "Barrot" 179
	has besancon ORG "Le Monde"
	has besancon PERSON "Albares" 221
	has besancon LOC "Madrid"
	has besancon LOC "Ukraine"
}

@test "besancon: names in a headline" {
	has besancon PERSON "Barrot" 0
	has besancon PERSON "Albares" 13
}

@test "besancon: an accented first name" {
	has besancon PERSON "José Manuel Albares" 81
}

@test "besancon: a city inside curly quotes" {
	has besancon LOC "Kyiv"
}

@test "memorandum: a defence minister, a conference, a war, Europeans" {
	has memorandum MISC "Ukrainian"
	has memorandum ORG "NATO"
	has memorandum LOC "Moscow"
	spanned memorandum "Munich Security Conference"
	has memorandum MISC "German"
	has memorandum PERSON "Boris Pistorius"
	has memorandum MISC "World War II"
	has memorandum MISC "Europeans"
}

@test "memorandum: a treaty is MISC, a capital opening a headline is LOC" {
	skip "known weakness: \"the Budapest Memorandum\" gives LOC \"Budapest\"; \"Kyiv recalls ...\" misses Kyiv"
	count memorandum MISC "Budapest Memorandum" 2
	has memorandum LOC "Kyiv" 0
}

@test "film: an agency, a journalist" {
	has film ORG "Associated Press"
	has film PERSON "Mstyslav Chernov"
	has film PERSON "Chernov" 158
}

@test "film: a long organisation name with \"and\" is whole" {
	has film ORG "Academy of Motion Picture Arts and Sciences"
}

@test "a name with \"and\" or a comma inside is whole: its link word is scored in context, not settled as O" {
	run tag_text "Officials of the Ministry of Industry and Trade met the Bureau of Industry and Security in Hanoi on Monday."
	[[ "$output" == *"ORG Ministry of Industry and Trade"* ]]
	[[ "$output" == *"ORG Bureau of Industry and Security"* ]]
	run tag_text "The European Bank for Reconstruction and Development lent money to the Ministry of Culture, Sports and Tourism."
	[[ "$output" == *"ORG European Bank for Reconstruction and Development"* ]]
	[[ "$output" == *"ORG Ministry of Culture, Sports and Tourism"* ]]
}

@test "two people joined by \"and\" stay two names" {
	run tag_text "Donald Trump and Vladimir Putin met in Alaska, and Sergei Lavrov and Marco Rubio took notes."
	[[ "$output" == *"PERSON Donald Trump"$'\n'"PERSON Vladimir Putin"* ]]
	[[ "$output" == *"PERSON Sergei Lavrov"$'\n'"PERSON Marco Rubio"* ]]
}

@test "film: a title of a work, an award and a people are MISC" {
	skip "known weakness: gives LOC \"Mariupol\" inside the title, PERSON \"Oscar\" (\"Ukrainians\" is MISC since the model of issue 15)"
	has film MISC "20 Days in Mariupol"
	has film MISC "Oscar"
	has film MISC "Ukrainians"
	has anchorage-summit MISC "Ukrainians"
}

@test "caps-headline: the body's names" {
	has caps-headline LOC "US"
	has caps-headline PERSON "Steve Witkoff"
	has caps-headline PERSON "Donald Trump"
	has caps-headline MISC "Russian"
	has caps-headline PERSON "Vladimir Putin"
	has caps-headline LOC "Ukraine" 166
	has caps-headline ORG "NATO"
	has caps-headline PERSON "Putin" 227
	has caps-headline PERSON "Sergei Lavrov"
}

@test "caps-headline: names in an ALL-CAPS headline get the labels the body gives them" {
	has caps-headline PERSON "PUTIN" 10
	has caps-headline LOC "UKRAINE" 40
	has caps-headline PERSON "WITKOFF" 49
}

@test "caps-headline: the first name of an ALL-CAPS headline too" {
	has caps-headline PERSON "TRUMP" 0
}

@test "no weekdays, and titles stay outside the names" {
	jq -r '.entities[] | .text' "$TAGGED" >names
	run -1 grep -E '^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$' names
	run -1 grep -E '^(President|Foreign Minister|Minister|Chancellor|Defence Secretary|Secretary General|Prime Minister|Envoy)\b' names
	run -1 grep -Ex 'The|US envoy|officials|Officials' names
}

@test "a title before a name is not part of it" {
	run -0 tag_text "Chancellor Merz visits Warsaw"
	[[ "$output" == *"PERSON Merz"* ]]
	[[ "$output" != *"Chancellor Merz"* ]]
}

# Case: a reasonable tagger keeps most names when a headline or a whole
# text changes case.  Thresholds, fixed before measuring and not to be
# lowered to pass: an ALL-CAPS headline over a normal body keeps at least
# 2/3 of the headline's entity spans; a whole article in capitals keeps at
# least 2/3 of its spans; a text in lower case keeps at least 1/2 (it loses
# the strongest cue, but must not collapse).  Spans are compared by start
# and end, whatever the label.

@test "an ALL-CAPS headline over a normal body keeps at least 2/3 of the headline's names" {
	ascii_news | jq -c 'select(.text | test("\n"))' >news.jsonl
	"$TE" news.jsonl | jq -c '(.text | split("\n")[0] | length) as $h
		| .entities |= map(select(.end <= $h))' >normal.jsonl
	jq -c '.text |= (split("\n") | (.[0] |= ascii_upcase) | join("\n"))' news.jsonl |
		"$TE" | jq -c '(.text | split("\n")[0] | length) as $h
		| .entities |= map(select(.end <= $h))' >caps.jsonl
	read -r found total < <(recall normal.jsonl caps.jsonl)
	echo "ALL-CAPS headlines: $found of $total names kept"
	[ "$total" -ge 10 ]
	[ $((found * 3)) -ge $((total * 2)) ]
}

@test "a whole article in capitals keeps at least 2/3 of its names" {
	ascii_news >news.jsonl
	"$TE" news.jsonl >normal.jsonl
	jq -c '.text |= ascii_upcase' news.jsonl | "$TE" >caps.jsonl
	read -r found total < <(recall normal.jsonl caps.jsonl)
	echo "ALL-CAPS articles: $found of $total names kept"
	[ "$total" -ge 50 ]
	[ $((found * 3)) -ge $((total * 2)) ]
}

@test "a text in lower case keeps at least 1/2 of its names" {
	ascii_news >news.jsonl
	"$TE" news.jsonl >normal.jsonl
	jq -c '.text |= ascii_downcase' news.jsonl | "$TE" >lower.jsonl
	check_entities lower.jsonl
	read -r found total < <(recall normal.jsonl lower.jsonl)
	echo "lower case: $found of $total names kept"
	[ "$total" -ge 50 ]
	[ $((found * 2)) -ge "$total" ]
}
