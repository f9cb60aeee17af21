#!/usr/bin/env bats
# text-to-records: plain text in, {"id","text"} records out, text kept
# byte for byte; bad files and lines are skipped with a message.

bats_require_minimum_version 1.5.0

if [ -f "$BATS_TEST_DIRNAME/helpers.bash" ]; then
	load helpers
fi
NF_BIN=${NF_BIN:-$BATS_TEST_DIRNAME/../bin}

setup() {
	T=$NF_BIN/text-to-records
	cd "$BATS_TEST_TMPDIR"
}

# The text of every record, each followed by a NUL, into the named file.
texts_to() {
	jq -j '.text + "\u0000"' >"$1"
}

@test "one record per file: id is the name, text is the whole file" {
	printf 'Headline\n\nFirst line.\nSecond "line" \\ here.\n' >a.txt
	run -0 --separate-stderr "$T" a.txt
	[ "$output" = '{"id":"a.txt","text":"Headline\n\nFirst line.\nSecond \"line\" \\ here.\n"}' ]
	[ -z "$stderr" ]
}

@test "a whole file keeps its bytes: CRLF, tabs, control characters, no final newline" {
	printf 'a\r\nb\tc\001\r\n\r\n  d' >crlf.txt
	"$T" crlf.txt | texts_to got
	printf 'a\r\nb\tc\001\r\n\r\n  d\0' >want
	cmp got want
}

@test "standard input is named <stdin>, with no operand or with -" {
	run -0 bash -c "printf 'x\n' | '$T'"
	[ "$output" = '{"id":"<stdin>","text":"x\n"}' ]
	run -0 bash -c "printf 'y\n' | '$T' -"
	[ "$output" = '{"id":"<stdin>","text":"y\n"}' ]
}

@test "an empty file is one record with empty text" {
	: >empty.txt
	run -0 "$T" empty.txt
	[ "$output" = '{"id":"empty.txt","text":""}' ]
}

@test "--per=line: one record per non-blank line, id NAME:LINE" {
	printf 'one\n\n   \ntwo\r\nthree' >l.txt
	run -0 "$T" --per=line l.txt
	[ "${lines[0]}" = '{"id":"l.txt:1","text":"one"}' ]
	[ "${lines[1]}" = '{"id":"l.txt:4","text":"two"}' ]
	[ "${lines[2]}" = '{"id":"l.txt:5","text":"three"}' ]
	[ "${#lines[@]}" -eq 3 ]
}

@test "--per=paragraph: blocks between blank lines, id NAME:FIRST_LINE" {
	printf '\n\nHead\nline two\r\nline three\r\n\n \t\nNext block.\n\n\n' >p.txt
	run -0 "$T" --per=paragraph p.txt
	[ "${lines[0]}" = '{"id":"p.txt:3","text":"Head\nline two\r\nline three"}' ]
	[ "${lines[1]}" = '{"id":"p.txt:8","text":"Next block."}' ]
	[ "${#lines[@]}" -eq 2 ]
}

@test "--id-prefix goes before every id" {
	printf 'a\n\nb\n' >f.txt
	run -0 "$T" --per=paragraph --id-prefix=feed/2025/ f.txt
	[ "${lines[0]}" = '{"id":"feed/2025/f.txt:1","text":"a"}' ]
	[ "${lines[1]}" = '{"id":"feed/2025/f.txt:3","text":"b"}' ]
}

@test "several files, in order" {
	printf 'A\n' >1.txt
	printf 'B\n' >2.txt
	run -0 "$T" 1.txt 2.txt
	[ "${lines[0]}" = '{"id":"1.txt","text":"A\n"}' ]
	[ "${lines[1]}" = '{"id":"2.txt","text":"B\n"}' ]
}

@test "non-ASCII text is written as UTF-8, not escaped" {
	printf 'NATO\xe2\x80\x99s \xf0\x9f\x98\x80 caf\xc3\xa9\n' >u.txt
	run -0 "$T" --per=line u.txt
	[ "$output" = "$(printf '{"id":"u.txt:1","text":"NATO\xe2\x80\x99s \xf0\x9f\x98\x80 caf\xc3\xa9"}')" ]
}

@test "a byte order mark at the start is dropped" {
	printf '\xef\xbb\xbfHello\n' >bom.txt
	run -0 "$T" --per=line bom.txt
	[ "$output" = '{"id":"bom.txt:1","text":"Hello"}' ]
}

@test "a NUL byte is kept, as \\u0000" {
	printf 'a\0b\n' >nul.txt
	run -0 "$T" --per=line nul.txt
	[ "$output" = '{"id":"nul.txt:1","text":"a\u0000b"}' ]
}

@test "invalid UTF-8: message with the byte, exit 65, the line skipped, the rest kept" {
	printf 'good\nbad \xff here\nalso good\n' >bad.txt
	run -65 --separate-stderr "$T" --per=line bad.txt
	[ "$stderr" = 'text-to-records: bad.txt: invalid UTF-8 at byte 10' ]
	[ "${lines[0]}" = '{"id":"bad.txt:1","text":"good"}' ]
	[ "${lines[1]}" = '{"id":"bad.txt:3","text":"also good"}' ]
	[ "${#lines[@]}" -eq 2 ]
}

@test "invalid UTF-8 skips the whole file, and the next file is converted" {
	printf 'ok\n\xc3\x28\n' >bad.txt
	printf 'fine\n' >good.txt
	run -65 --separate-stderr "$T" bad.txt good.txt
	[ "$stderr" = 'text-to-records: bad.txt: invalid UTF-8 at byte 4' ]
	[ "$output" = '{"id":"good.txt","text":"fine\n"}' ]
}

@test "invalid UTF-8 skips just its paragraph" {
	printf 'one\n\ntwo \xed\xa0\x80\nstill two\n\nthree\n' >bad.txt
	run -65 --separate-stderr "$T" --per=paragraph bad.txt
	[ "$stderr" = 'text-to-records: bad.txt: invalid UTF-8 at byte 10' ]
	[ "${lines[0]}" = '{"id":"bad.txt:1","text":"one"}' ]
	[ "${lines[1]}" = '{"id":"bad.txt:6","text":"three"}' ]
}

@test "overlong encodings and surrogates are invalid" {
	printf '\xc0\xaf\n' >o.txt
	run -65 --separate-stderr "$T" o.txt
	[ "$stderr" = 'text-to-records: o.txt: invalid UTF-8 at byte 1' ]
	[ -z "$output" ]
	printf 'x\xed\xb0\x80\n' >s.txt
	run -65 --separate-stderr "$T" s.txt
	[ "$stderr" = 'text-to-records: s.txt: invalid UTF-8 at byte 2' ]
}

@test "a file name that is not UTF-8 cannot be an id: the file is skipped, once" {
	name=$(printf 'bad\xffname.txt')
	printf 'a\nb\n' >"$name"
	printf 'ok\n' >good.txt
	run -65 --separate-stderr "$T" --per=line "$name" good.txt
	[ "$stderr" = "$(printf 'text-to-records: bad\xffname.txt: the name is not valid UTF-8, so it cannot be an id: rename the file')" ]
	[ "$output" = '{"id":"good.txt:1","text":"ok"}' ]
}

@test "a file that cannot be opened: exit 66, the other files still converted" {
	printf 'A\n' >a.txt
	run -66 --separate-stderr "$T" missing.txt a.txt
	[ "$stderr" = "text-to-records: cannot open 'missing.txt': No such file or directory" ]
	[ "$output" = '{"id":"a.txt","text":"A\n"}' ]
}

@test "usage errors exit 64" {
	run -64 --separate-stderr "$T" --per=sentence
	[ "${stderr_lines[0]}" = "text-to-records: invalid --per 'sentence': use file, line or paragraph" ]
	[ -z "$output" ]
	run -64 "$T" --no-such-option
	run -64 --separate-stderr "$T" --id-prefix="$(printf '\xff')" /dev/null
	[ "${stderr_lines[0]}" = 'text-to-records: invalid --id-prefix: it must be UTF-8 text' ]
}

@test "--help and --version go to standard output and exit 0" {
	run -0 --separate-stderr "$T" --help
	[[ "${lines[0]}" == "Usage: text-to-records "* ]]
	[ -z "$stderr" ]
	run -0 "$T" --version
	[ "$output" = "text-to-records (newsfilters) 0.1.0" ]
}

@test "a write error exits 74 with a message" {
	printf 'A\n' >a.txt
	run -74 --separate-stderr bash -c "'$T' a.txt >/dev/full"
	[ "$stderr" = 'text-to-records: write error: No space left on device' ]
	run -74 bash -c "'$T' --version >/dev/full"
}

@test "| head -1 is quiet" {
	run -0 --separate-stderr bash -c "yes 'a line of news' | head -n 200000 | '$T' --per=line | head -n 1"
	[ "$output" = '{"id":"<stdin>:1","text":"a line of news"}' ]
	[ -z "$stderr" ]
}

@test "every record is one valid JSON object with id and text" {
	printf 'Q: "why?"\n\n\\ back\tslash \x7f\n' >j.txt
	for per in file line paragraph; do
		"$T" --per=$per j.txt >out.jsonl
		run -0 jq -e -s 'all(.[]; type == "object" and (keys == ["id", "text"]))' out.jsonl
		# one object a line: jq sees as many values as there are lines
		[ "$(jq -c . out.jsonl | wc -l)" -eq "$(wc -l <out.jsonl)" ]
	done
}

@test "records feed split-sentences, and spans slice the original text" {
	printf 'Officials reportedly met. Gen. Vance said "no decision" was taken.\n' >n.txt
	run -0 bash -c "'$T' n.txt | '$NF_BIN/split-sentences' | jq -c '.text as \$t | [.sentences[] | \$t[.start:.end]]'"
	[ "$output" = '["Officials reportedly met.","Gen. Vance said \"no decision\" was taken."]' ]
}
