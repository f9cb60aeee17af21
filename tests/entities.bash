# Shared by the tag-entities and train-entities suites (tests/4x-*.bats):
# `load entities` after `load helpers`.
#
#   TE           bin/tag-entities
#   TRAIN        bin/train-entities
#   TOP          the checkout (for data/entities.model)
#   NEWS         testdata/entities/news.jsonl, the news fixtures
#
# Spans are checked by slicing ($t[.start:.end] counts code points); jq
# 1.6's index() counts bytes and is never used here.

NF_BIN=${NF_BIN:-$BATS_TEST_DIRNAME/../bin}
NF_TESTDATA=${NF_TESTDATA:-$BATS_TEST_DIRNAME/../testdata}
TOP=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
TE=$NF_BIN/tag-entities
TRAIN=$NF_BIN/train-entities
NEWS=$NF_TESTDATA/entities/news.jsonl

# record TEXT: one compact record {"text": TEXT} (helpers.bash has it too).
if ! declare -F record >/dev/null; then
	record() {
		jq -nc --arg t "$1" '{text: $t}'
	}
fi

# check_entities FILE: every record in FILE has a well-formed "entities"
# list: objects {start, end, label, text} (plus "sentence" exactly when the
# record has "sentences"), start < end within the text, the text slice
# equal to .text, labels from the four types, in text order, not
# overlapping.  Prints the first bad record.
check_entities() {
	local bad
	bad=$(jq -c 'select(length > 0)
		| .text as $t | (.sentences != null) as $ws | .entities as $e
		| select((
			($e | type) == "array"
			and all($e[];
				keys_unsorted == (["start", "end", "label", "text"]
					+ (if $ws then ["sentence"] else [] end))
				and (.start | type) == "number" and (.end | type) == "number"
				and .start >= 0 and .start < .end and .end <= ($t | length)
				and $t[.start:.end] == .text
				and (.label | IN("PERSON", "ORG", "LOC", "MISC")))
			and all(range(1; $e | length); $e[. - 1].end <= $e[.].start)
		) | not)' "$1") || {
		echo "check_entities: jq failed on $1"
		return 1
	}
	if [ -n "$bad" ]; then
		echo "bad entities: $bad"
		return 1
	fi
}

# le N VALUE: VALUE as N little-endian bytes, on stdout.
le() {
	local i v=$2
	for ((i = 0; i < $1; i++)); do
		printf "\\x$(printf %02x $(((v >> (8 * i)) & 255)))"
	done
}

# fnv1a64 FILE: the model checksum of FILE's bytes (lib/learn/model.c: 64-bit
# FNV-1a from the basis 1469598103934665603), as a signed decimal number.
# In a bash of its own: bats traps every command of the test's shell, which
# makes a loop over each byte 50 times slower.
fnv1a64() {
	bash -c 'h=1469598103934665603
		for b in $(od -An -v -tu1 "$1"); do
			h=$(((h ^ b) * 1099511628211))
		done
		printf "%s" "$h"' fnv1a64 "$1"
}

# seal FILE: appends the checksum of FILE's bytes to FILE.
seal() {
	le 8 "$(fnv1a64 "$1")" >"$1.sum"
	cat "$1.sum" >>"$1"
	rm -f "$1.sum"
}

# container OUT VERSION KIND [NAME FILE]...: writes a model container
# (lib/learn/model.h layout) with the given format version, kind and sections,
# and a valid checksum.
container() {
	local out=$1 version=$2 kind=$3
	shift 3
	{
		printf 'NFMODEL\n'
		le 4 "$version"
		le 4 "${#kind}"
		printf '%s' "$kind"
		le 4 $(($# / 2))
		while [ $# -gt 0 ]; do
			le 4 "${#1}"
			printf '%s' "$1"
			le 8 "$(wc -c <"$2")"
			cat "$2"
			shift 2
		done
	} >"$out"
	seal "$out"
}

# set_byte FILE OFFSET VALUE: overwrites one byte of FILE in place.
set_byte() {
	printf "\\x$(printf %02x "$3")" |
		dd of="$1" bs=1 seek="$2" conv=notrunc status=none
}

# byte_at FILE OFFSET: the byte at OFFSET, as a number.
byte_at() {
	od -An -tu1 -j "$2" -N 1 "$1" | tr -d ' '
}

# flip_byte FILE OFFSET: inverts every bit of one byte of FILE.
flip_byte() {
	set_byte "$1" "$2" $((255 - $(byte_at "$1" "$2")))
}
