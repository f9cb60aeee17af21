#!/usr/bin/env bats
# The project's labelled training briefs (data/train-briefs/*.txt, marked
# up {TYPE|name}) and encyclopaedic articles (data/train-wiki/*.txt, the
# same markup), and the records the built-in entity model is trained on
# (data/train-briefs.jsonl and data/train-wiki.jsonl, written by
# data/make-train-briefs): the
# records are what the sources say, every span is on its name, and bad
# markup is refused.  Needs no ../shared (bench/train-briefs-overlap, which
# does, checks that they name nothing of the blind evaluation briefs).

bats_require_minimum_version 1.5.0

if [ -f "$BATS_TEST_DIRNAME/helpers.bash" ]; then
	load helpers
fi

ROOT=$BATS_TEST_DIRNAME/..
MAKE_BRIEFS=$ROOT/data/make-train-briefs
RECORDS=$ROOT/data/train-briefs.jsonl
WIKI=$ROOT/data/train-wiki.jsonl

setup() {
	cd "$BATS_TEST_TMPDIR"
}

@test "data/train-briefs.jsonl is what make-train-briefs writes from the sources" {
	command -v python3 >/dev/null || skip "no python3"
	"$MAKE_BRIEFS" >fresh.jsonl
	cmp fresh.jsonl "$RECORDS"
}

@test "data/train-wiki.jsonl is what make-train-briefs writes from its sources" {
	command -v python3 >/dev/null || skip "no python3"
	"$MAKE_BRIEFS" "$ROOT"/data/train-wiki/*.txt >fresh.jsonl
	cmp fresh.jsonl "$WIKI"
}

@test "encyclopaedic articles: 200 or more, ids unique among them and the briefs, each span a trimmed name of a known type" {
	run jq -s -e 'length >= 200 and (map(.id) | unique | length) == length
		and all(.[]; (.entities | length) >= 5)' "$WIKI"
	[ "$status" -eq 0 ]
	run jq -s -e '[.[].id] | (unique | length) == length' "$RECORDS" "$WIKI"
	[ "$status" -eq 0 ]
	run jq -c '.text as $t | .entities[] | select(($t[.[0]:.[1]] | test("^\\S(.*\\S)?$") | not)
		or (.[2] | IN("PER", "ORG", "LOC", "MISC") | not) or .[0] >= .[1])' "$WIKI"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "training briefs: 200 or more, unique ids, each span a trimmed name of a known type" {
	run jq -s -e 'length >= 200 and (map(.id) | unique | length) == length
		and all(.[]; (.entities | length) >= 10)' "$RECORDS"
	[ "$status" -eq 0 ]
	run jq -c '.text as $t | .entities[] | select(($t[.[0]:.[1]] | test("^\\S(.*\\S)?$") | not)
		or (.[2] | IN("PER", "ORG", "LOC", "MISC") | not) or .[0] >= .[1])' "$RECORDS"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "make-train-briefs: code-point offsets, several sources, markup removed" {
	command -v python3 >/dev/null || skip "no python3"
	printf '=== t-1\n{ORG|NATO} met in {LOC|Brüssel} 😀.\n- {PER|Kallas} said so.\n' >a.txt
	printf '=== t-2\nThe {MISC|Ukrainians} agreed.\n' >b.txt
	run -0 "$MAKE_BRIEFS" a.txt b.txt
	[ "${#lines[@]}" -eq 2 ]
	run jq -r '.text as $t | .entities[] | "\(.[2]):\($t[.[0]:.[1]])"' <<<"$output"
	[ "$output" = "$(printf 'ORG:NATO\nLOC:Brüssel\nPER:Kallas\nMISC:Ukrainians')" ]
}

@test "make-train-briefs refuses bad markup and twice the same id, naming the file" {
	command -v python3 >/dev/null || skip "no python3"
	printf '=== t-1\n{ORG NATO} met.\n' >bad.txt
	run -1 --separate-stderr "$MAKE_BRIEFS" bad.txt
	[[ "$stderr" == *"bad.txt:1: brief t-1: a brace outside {TYPE|name} markup"* ]]
	printf '=== t-1\nA.\n=== t-1\nB.\n' >twice.txt
	run -1 --separate-stderr "$MAKE_BRIEFS" twice.txt
	[[ "$stderr" == *"twice.txt: id t-1 twice"* ]]
	printf 'stray\n=== t-1\nA.\n' >stray.txt
	run -1 --separate-stderr "$MAKE_BRIEFS" stray.txt
	[[ "$stderr" == *"stray.txt:1: text before the first"* ]]
}
