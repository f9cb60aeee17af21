#!/usr/bin/env bats
# link-sources on news written for these tests in the style of the seed
# articles (testdata/sources/*.txt): who said what, the sources registry
# (the named envoy and his later mentions, anonymous sources, unnamed
# officials, a foreign minister, the Kremlin and the White House, two news
# outlets) and the notes ("[1] ... [2] ..." lines, "- " summary bullets,
# markers in the body) linked to the sentences they go with.

bats_require_minimum_version 1.5.0

load helpers
load sources

setup_file() {
	export OUT=$BATS_FILE_TMPDIR/news.jsonl
	"$NF_BIN/link-sources" "$NF_TESTDATA/sources/news.jsonl" >"$OUT"
	sed -n 1p "$OUT" >"$BATS_FILE_TMPDIR/envoy.jsonl"
	sed -n 2p "$OUT" >"$BATS_FILE_TMPDIR/markers.jsonl"
	export ENVOY=$BATS_FILE_TMPDIR/envoy.jsonl MARKERS=$BATS_FILE_TMPDIR/markers.jsonl
}

@test "the fixtures come out well formed" {
	check_attributions "$OUT"
}

@test "'According to X, a special envoy, ...': cue, source with its apposition, content" {
	run -0 attr_table "$ENVOY"
	[[ "$output" == *$'\nAccording to|Mark Ellison, a special U.S. envoy to the Geneva talks|Russia agreed to let international inspectors monitor grain shipments leaving Odesa\n'* ]]
}

@test "indirect speech: X told reporters that ..., He said ..., officials said ..." {
	run -0 attr_table "$ENVOY"
	[[ "$output" == *$'\ntold|Ellison|that the inspectors would begin work within a month\n'* ]]
	[[ "$output" == *$'\nsaid|He|the plan still needed approval from Kyiv\n'* ]]
	[[ "$output" == *$'\nsaid|U.S. officials|the agreement was close, but the details were not made public\n'* ]]
}

@test "the Kremlin contradicts the White House; the foreign minister dismisses the reports" {
	run -0 attr_table "$ENVOY"
	# the claim is what was claimed: "on Tuesday" says when, and stays out
	[[ "$output" == *$'\nclaimed|White House officials|that a deal had been reached\n'* ]]
	[[ "$output" == *$'\ndenied|The Kremlin|that any agreement existed\n'* ]]
	[[ "$output" == *$'\ndismissed|Russian Foreign Minister Sergei Lavrov|the reports as speculation\n'* ]]
}

@test "a quotation split around its cue: the content covers both fragments" {
	run -0 jq -c '.text as $t | .attributions[] | select(.content_spans)
		| [.type, $t[.source.start:.source.end], [.content_spans[] | $t[.start:.end]]]' "$ENVOY"
	[ "$output" = '["direct","Lavrov",["“There is no deal,”","“and there will be no inspectors until the sanctions are lifted.”"]]' ]
}

@test "a quotation that goes on in the next sentence after the cue: both fragments" {
	local rec='{"text":"“We are not leaving,” the mayor said at the harbour. “Not this year, and not next year.” The ferry company declined to comment."}'
	run -0 jq -c '.text as $t | .attributions[] | select(.content_spans)
		| [.type, $t[.source.start:.source.end], [.content_spans[] | $t[.start:.end]]]' <<<"$(printf '%s\n' "$rec" | "$LS")"
	[ "$output" = '["direct","the mayor",["“We are not leaving,”","“Not this year, and not next year.”"]]' ]
}

@test "a quotation goes on after a long description of its source" {
	local rec='{"text":"“The port is open again,” said Hanna Berg, a shipping analyst at a consultancy in Oslo who has followed the Black Sea trade for a decade. “The insurers are the ones still waiting.”"}'
	run -0 jq -c '.text as $t | .attributions[] | select(.content_spans)
		| [$t[.cue.start:.cue.end], [.content_spans[] | $t[.start:.end]]]' <<<"$(printf '%s\n' "$rec" | "$LS")"
	[ "$output" = '["said",["“The port is open again,”","“The insurers are the ones still waiting.”"]]' ]
}

@test "a quotation goes on after a participle between its fragments" {
	local rec='{"text":"“We will keep the port open,” the mayor said, pointing to the new cranes, “and the ferries will run on time.”"}'
	run -0 jq -c '.text as $t | .attributions[] | select(.content_spans)
		| [.type, [.content_spans[] | $t[.start:.end]]]' <<<"$(printf '%s\n' "$rec" | "$LS")"
	[ "$output" = '["direct",["“We will keep the port open,”","“and the ferries will run on time.”"]]' ]
}

@test "sign-offs: a quotation, a dash and a name ending the line" {
	local rec='{"text":"Letters from the harbour.\n“The ferries never run on time. We wait for hours.” ― Mara Lindqvist\n”I stopped taking the boat last year.”\u00a0— Tomas Berg.\n\nThe council meets on Monday."}'
	run -0 jq -c '.text as $t | .attributions[] | [$t[.cue.start:.cue.end], $t[.source.start:.source.end], $t[.content.start:.content.end], .type]' <<<"$(printf '%s\n' "$rec" | "$LS")"
	[ "${lines[0]}" = '["―","Mara Lindqvist","“The ferries never run on time. We wait for hours.”","direct"]' ]
	[ "${lines[1]}" = '["—","Tomas Berg","”I stopped taking the boat last year.”","direct"]' ]
	[ "${#lines[@]}" -eq 2 ]
}

@test "sign-offs: the name may carry a description to the end of its line" {
	local rec='{"text":"Letters from the harbour.\n“The ferries never run on time.” ― Mara Lindqvist, a teacher in Malmö\n“We wait for hours.” — Tomas Berg, retired.\n\nThe council meets on Monday."}'
	run -0 jq -c '.text as $t | .attributions[] | [$t[.cue.start:.cue.end], $t[.source.start:.source.end]]' <<<"$(printf '%s\n' "$rec" | "$LS")"
	[ "$output" = '["―","Mara Lindqvist, a teacher in Malmö"]
["—","Tomas Berg, retired"]' ]
}

@test "auxiliaries and adverbs before a reporting verb belong to the cue" {
	local rec='{"text":"Officials have repeatedly warned that the dam could fail. The mayor has not said whether the ferries will run."}'
	run -0 attr_table <(printf '%s\n' "$rec" | "$LS")
	[[ "$output" == *$'have repeatedly warned|Officials|that the dam could fail\n'* ]]
	[[ "$output" == *$'has not said|The mayor|whether the ferries will run'* ]]
}

@test "a participle cue after a comma takes the source of the cue before it" {
	local rec='{"text":"“The port will stay open,” the harbour master said, adding that the night ferries would stop."}'
	run -0 attr_table <(printf '%s\n' "$rec" | "$LS")
	[[ "$output" == *$'adding|the harbour master|that the night ferries would stop'* ]]
	run -0 jq -c '[.attributions[].source_id] | unique | length' <(printf '%s\n' "$rec" | "$LS")
	[ "$output" = 1 ]
}

@test "'as stated by X': the phrase is the cue, X the source, the clause across the comma the content" {
	local rec='{"text":"The harbour would reopen next week, as stated by the port authority. As reported by local radio, two ferries were already waiting."}'
	run -0 attr_table <(printf '%s\n' "$rec" | "$LS")
	[[ "$output" == *$'as stated by|the port authority|The harbour would reopen next week\n'* ]]
	[[ "$output" == *$'As reported by|local radio|two ferries were already waiting'* ]]
}

@test "confirmed, insisted, learned and reported are cues of indirect speech" {
	local rec='{"text":"The mayor confirmed that the ferries would run again. The company insisted that its ships were safe. The newspaper learned that the inspectors had left. Local radio reported that two boats had sunk."}'
	run -0 attr_table <(printf '%s\n' "$rec" | "$LS")
	[[ "$output" == *$'confirmed|The mayor|that the ferries would run again\n'* ]]
	[[ "$output" == *$'insisted|The company|that its ships were safe\n'* ]]
	[[ "$output" == *$'learned|The newspaper|that the inspectors had left\n'* ]]
	[[ "$output" == *$'reported|Local radio|that two boats had sunk'* ]]
}

@test "'According to X, Y.' opening its sentence leaves Y to the content" {
	local rec='{"text":"According to the police, the driver fled. According to the ministry, the talks will resume on Monday. According to officials, the ship sank near the coast."}'
	run -0 attr_table <(printf '%s\n' "$rec" | "$LS")
	[[ "$output" == *$'According to|the police|the driver fled\n'* ]]
	[[ "$output" == *$'According to|the ministry|the talks will resume on Monday\n'* ]]
	[[ "$output" == *$'According to|officials|the ship sank near the coast'* ]]
}

@test "a source after its cue takes in its description: 'said X, a lawyer at Y.'" {
	local rec='{"text":"“The port is open,” said Hanna Berg, a shipping analyst at a consultancy in Oslo who has followed the Black Sea grain trade for more than a decade. “The ferries are late,” said Tomas Lind, the harbour master, “and nobody knows why.” “It is safe,” said the agency, which runs the port."}'
	run -0 attr_table <(printf '%s\n' "$rec" | "$LS")
	[[ "$output" == *$'said|Hanna Berg, a shipping analyst at a consultancy in Oslo who has followed the Black Sea grain trade for more than a decade|'* ]]
	[[ "$output" == *$'said|Tomas Lind, the harbour master|'* ]]
	[[ "$output" == *$'said|the agency|'* ]]
}

@test "nominal cues: a claim, a statement" {
	local rec='{"text":"The minister repeated his claim that the port was safe. The Kremlin issued a statement denying that any deal existed."}'
	run -0 attr_table <(printf '%s\n' "$rec" | "$LS")
	[[ "$output" == *$'repeated his claim|The minister|that the port was safe\n'* ]]
	[[ "$output" == *$'issued a statement denying|The Kremlin|that any deal existed'* ]]
}

@test "nominal cues with a that-clause: possessor or by-phrase as source, the clause as content" {
	local rec='{"text":"His claims that the dam was safe were false. The company'"'"'s claims that its water is pure have been challenged. The claims by the ministry that the convoy carried weapons were dismissed by aid workers. Her warning that the river would rise “within hours” came too late."}'
	run -0 attr_table <(printf '%s\n' "$rec" | "$LS")
	[[ "$output" == *$'claims|His|that the dam was safe\n'* ]]
	[[ "$output" == *$'claims|The company\'s|that its water is pure\n'* ]]
	[[ "$output" == *$'claims|the ministry|that the convoy carried weapons\n'* ]]
	[[ "$output" == *$'warning|Her|that the river would rise “within hours”'* ]]
	run -0 jq -r '.sources[] | select(.role == "company") | .kind' <<<"$(printf '%s\n' "$rec" | "$LS")"
	[ "$output" = organization ]
	# "His" and "Her" are pronouns that refer back, not roles
	run -0 jq -r '[.sources[] | .role // empty | ascii_downcase | select(. == "his" or . == "her")] | length' <<<"$(printf '%s\n' "$rec" | "$LS")"
	[ "$output" = 0 ]
}

@test "a noun of the nominal list before a relative 'that' is no cue" {
	local rec='{"text":"The comment that quickly spread online was deleted. The statements that were read aloud took an hour."}'
	run -0 jq -r '.text as $t | .attributions[] | $t[.cue.start:.cue.end]' <<<"$(printf '%s\n' "$rec" | "$LS")"
	[[ "$output" != *comment* ]]
	[[ "$output" != *statements* ]]
}

@test "quote marks typed as two apostrophes ('') pair up like curly ones" {
	local rec="{\"text\":\"''The grain is moving,'' the minister said. ''The ships are not.''\"}"
	run -0 jq -c '.text as $t | .attributions[] | [.type, $t[.content.start:.content.end]]' <<<"$(printf '%s\n' "$rec" | "$LS")"
	[ "$output" = "[\"direct\",\"''The grain is moving,'' the minister said. ''The ships are not.''\"]" ]
}

@test "a cue set off by commas inside its content: both halves of the sentence" {
	local rec='{"text":"The inspections, the envoy said on Monday, would begin within a month."}'
	run -0 jq -c '.text as $t | .attributions[] | [.type, $t[.source.start:.source.end], [.content_spans[] | $t[.start:.end]]]' <<<"$(printf '%s\n' "$rec" | "$LS")"
	[ "$output" = '["indirect","the envoy",["The inspections","would begin within a month"]]' ]
}

@test "scores are written short: 6 significant digits at most" {
	run -0 jq -r '[.. | numbers | select(. != floor)] | .[]' "$MARKERS"
	[ -n "$output" ]
	run -0 grep -oE '"score":[0-9.eE+-]+' "$MARKERS"
	! grep -qE '"score":[0-9]*\.[0-9]{7,}' <<<"$output"
}

@test "the envoy's mentions are merged: Mark Ellison ... Ellison ... He ... The envoy" {
	run -0 jq -r '.text as $t | .sources[] | select(.name == "Mark Ellison")
		| [.kind, .role, ([.mentions[] | $t[.start:.end]] | join("/"))] | join("|")' "$ENVOY"
	[ "$output" = 'person|a special U.S. envoy to the Geneva talks|Mark Ellison, a special U.S. envoy to the Geneva talks/Ellison/He/The envoy/Mark Ellison' ]
}

@test "anonymous sourcing: people familiar with the matter, officials on condition of anonymity" {
	run -0 source_table "$ENVOY"
	[[ "$output" == *$'\n-|anonymous|true|People familiar with the matter|1\n'* ]]
	[[ "$output" == *$'\n-|anonymous|true|Two officials who spoke on condition of anonymity|1\n'* ]]
}

@test "unnamed officials are government sources, not named, and not merged across bodies" {
	run -0 source_table "$ENVOY"
	[[ "$output" == *$'\n-|government|true|U.S. officials|1\n'* ]]
	[[ "$output" == *$'\n-|government|true|White House officials|2\n'* ]]
}

@test "the foreign minister, the Kremlin and the two outlets are typed" {
	run -0 source_table "$ENVOY"
	[[ "$output" == *$'\nSergei Lavrov|person|false|Russian Foreign Minister|2\n'* ]]
	[[ "$output" == *$'\nKremlin|government|false|-|2\n'* ]]
	[[ "$output" == *$'\nKyiv Independent|media|false|-|1\n'* ]]
	[[ "$output" == *$'\nReuters|media|false|-|1'* ]]
}

# sentence_of CUE SOURCE: the sentence index of the attribution with that
# cue and source text in the envoy record.
sentence_of() {
	jq --arg c "$1" --arg s "$2" '.text as $t | [.attributions[]
		| select($t[.cue.start:.cue.end] == $c and $t[.source.start:.source.end] == $s)
		| .sentence][0]' "$ENVOY"
}

@test "the [1] [2] notes are linked to the sentences they summarise" {
	claimed=$(sentence_of claimed 'White House officials')
	dismissed=$(sentence_of dismissed 'Russian Foreign Minister Sergei Lavrov')
	run -0 jq -c '[.references[] | select(.kind == "note") | [.number, .supports[0].sentence, .supports[0].score > 0.5]]' "$ENVOY"
	[ "$output" = "[[1,$claimed,true],[2,$dismissed,true]]" ]
	run -0 jq -r '.text as $t | .references[0] | $t[.marker.start:.marker.end], $t[.text.start:.text.end]' "$ENVOY"
	[ "${lines[0]}" = '[1]' ]
	[ "${lines[1]}" = "White House officials' claim that a deal had been reached." ]
}

@test "the - bullets are summaries linked to the body sentences they restate" {
	claimed=$(sentence_of claimed 'White House officials')
	denied=$(sentence_of denied 'The Kremlin')
	according=$(sentence_of 'According to' 'Mark Ellison, a special U.S. envoy to the Geneva talks')
	run -0 jq -c '[.references[] | select(.kind == "summary") | [.supports[].sentence]]' "$ENVOY"
	[ "$output" = "[[$claimed,$denied],[$according]]" ]
	run -0 jq -e '[.references[] | select(.kind == "summary")] | all(.number == null and .cited_by == [])' "$ENVOY"
}

@test "markers in the body: 'said.[1]' cites note 1 under a Sources: block" {
	run -0 jq -c '[.references[] | [.kind, .number, .cited_by]]' "$MARKERS"
	[ "$output" = '[["note",1,[1]],["note",2,[2]]]' ]
	run -0 attr_table "$MARKERS"
	[[ "$output" == *$'\nsaid|a source|Talks on the port deal stalled on Friday\n'* ]]
	[[ "$output" == *$'\nsaid|Informed sources in Ankara|Turkey would host the next round\n'* ]]
}

@test "notes make no claims: nothing is attributed inside the reference block" {
	run -0 jq -e '([.references[].text.start] | min) as $m
		| [.attributions[] | select(.cue.start >= $m)] == []' "$MARKERS"
}

@test "a source said, informed sources, the spokesman, the ministry" {
	run -0 source_table "$MARKERS"
	[[ "$output" == *$'\n-|anonymous|true|a source|1\n'* ]]
	[[ "$output" == *$'\n-|anonymous|true|Informed sources in Ankara|1\n'* ]]
	[[ "$output" == *$'\n-|person|false|spokesman|1\n'* ]]
	[[ "$output" == *$'\n-|government|false|ministry|1'* ]]
}

@test "annotate-news runs link-sources last: sentences and entities come before the three keys" {
	mkdir -p "$BATS_TEST_TMPDIR/pl"
	cp "$BATS_TEST_DIRNAME/../pipelines/annotate-news" "$BATS_TEST_TMPDIR/pl/"
	for t in "$NF_BIN"/*; do
		ln -s "$t" "$BATS_TEST_TMPDIR/pl/"
	done
	run -0 bash -c "'$BATS_TEST_TMPDIR/pl/annotate-news' '$NF_TESTDATA/sources/news.jsonl' | jq -c 'keys_unsorted'"
	[ "${lines[0]}" = '["id","text","sentences","entities","hedges","attributions","sources","references"]' ]
	run -0 bash -c "'$BATS_TEST_TMPDIR/pl/annotate-news' '$NF_TESTDATA/sources/news.jsonl' | jq -r 'select(.id | endswith(\"envoy.txt\")) | .sources[] | select(.name == \"Kremlin\") | .kind'"
	[ "$output" = government ]
}

@test "words that open a sentence are not names of sources: 'One man said', 'All agreed', 'Both sides'" {
	local rec='{"text":"One man said the water was cold. All agreed that the ferry was late. Both sides said the talks would go on. Another commenter wrote that the port was safe."}'
	run -0 jq -r '[.sources[] | .name // empty] | join(",")' <<<"$(printf '%s\n' "$rec" | "$LS")"
	[ "$output" = "" ]
}

@test "kinds: a named person described by a body is a person; bodies named by their kind words are bodies" {
	local rec='{"text":"“The plan is dead,” said Jeff Weaver, the campaign manager. “It was never alive,” said Dana Park, a professor of economics at Lakeview University. The Congressional Budget Office said the cost would rise. “We will strike,” said Working Futures, a labor group. The Pew Research Center found that turnout fell. “Nobody called us,” said Tomas Berg of the consulting firm Nordbridge. “The ice is thin,” said Lena Holm, a researcher at Northern Maritime Research Center West. “The count is slow,” said Kerrow County election officials. “It went fine,” said a longtime port official, Maria Lind. A memo released Friday said the ferries were late."}'
	run -0 jq -r '.sources[] | select(.name) | "\(.name)|\(.kind)"' <<<"$(printf '%s\n' "$rec" | "$LS")"
	[[ "$output" == *$'Jeff Weaver|person\n'* ]]
	[[ "$output" == *$'Dana Park|person\n'* ]]
	[[ "$output" == *$'Congressional Budget Office|government\n'* ]]
	[[ "$output" == *$'Working Futures|organization\n'* ]]
	[[ "$output" == *$'Pew Research Center|organization\n'* ]]
	[[ "$output" == *$'Tomas Berg|person\n'* ]]
	[[ "$output" == *$'Lena Holm|person\n'* ]]
	[[ "$output" == *$'Kerrow County|government\n'* ]]
	[[ "$output" == *'Maria Lind|person'* ]]
	[[ "$output" != *Friday* ]]
}

@test "'added' is a cue; a 'References:' block's note is linked to the sentence that cites it" {
	local rec='{"text":"The port reopened on Monday.[1] Ships were waiting, the harbour master added.\n\nReferences:\n[1] Harbour authority notice, 3 March."}'
	local out
	out=$(printf '%s\n' "$rec" | "$LS")
	run -0 attr_table <(printf '%s\n' "$out")
	[[ "$output" == *'added|the harbour master|Ships were waiting'* ]]
	run -0 jq -c '.text as $t | [.references[] | [.kind, $t[.text.start:.text.end], .cited_by]]' <<<"$out"
	[ "$output" = '[["note","Harbour authority notice, 3 March.",[0]]]' ]
}

@test "a ‘quotation’ inside a double one does not cut it short: the quotation after the cue continues it" {
	local rec='{"text":"The ferry will not sail.\n“The harbour has a rule that is an old rule,” Ana Rossi said after the meeting. “It says the gate shuts at dusk, ‘except for boats in distress.’”\n\nThe council met again."}'
	run -0 jq -r '.text as $t | .attributions[0].content_spans | map($t[.start:.end]) | join("|")' \
		<(printf '%s\n' "$rec" | "$LS")
	[ "$output" = '“The harbour has a rule that is an old rule,”|“It says the gate shuts at dusk, ‘except for boats in distress.’”' ]
}

@test "'X continued:' closing its paragraph takes the next paragraph as its content" {
	local rec='{"text":"The mayor spoke for an hour on Monday.\n\nShe continued:\n\n\"The bridge will be rebuilt by the spring, and the ferry will run until then.\"\n\nThe council voted on Tuesday."}'
	run -0 attr_table <(printf '%s\n' "$rec" | "$LS")
	[[ "$output" == *$'continued:|She|"The bridge will be rebuilt by the spring, and the ferry will run until then."'* ]]
	[[ "$output" != *'The council voted'* ]]
}

@test "speaker labels: 'HOLM: ...' in a transcript and 'Berg: ...' in a headline; 'Update:' is no speaker" {
	local rec='{"text":"Berg: The grain deal will hold through the winter\n\nAn interview on the radio.\n\n\"HOLM: Will the ships sail next week?\"\n\nUpdate: The talks were moved to Friday."}'
	run -0 attr_table <(printf '%s\n' "$rec" | "$LS")
	[[ "$output" == *':|Berg|The grain deal will hold through the winter'* ]]
	[[ "$output" == *$'\n:|HOLM|Will the ships sail next week?' ]]
	[[ "$output" != *'|Update|'* ]]
}

@test "a quotation of several paragraphs, and a quoted paragraph after 'A,\" he said.', continue the content" {
	local rec='{"text":"The mayor spoke for an hour.\n\nShe continued:\n\n\"The bridge will be rebuilt by the spring.\n\n\"The ferry will run until then.\"\n\n\"It is too late,\" the engineer said.\n\n\"The spring floods will come first.\"\n\nThe council voted on Tuesday."}'
	local out
	out=$(printf '%s\n' "$rec" | "$LS")
	run -0 attr_table <(printf '%s\n' "$out")
	[[ "$output" == *$'continued:|She|"The bridge will be rebuilt by the spring.\n\n"The ferry will run until then."\n'* ]]
	run -0 jq -r '.text as $t | .attributions[] | select(.content_spans) | .content_spans | map($t[.start:.end]) | join("|")' <<<"$out"
	[ "$output" = '"It is too late,"|"The spring floods will come first."' ]
}
