#!/usr/bin/env bats
# bench/versus, the paired timing of two builds that speed work is judged
# by: every program's row, and a refusal when the outputs differ (a
# speed-up must keep the bytes).

bats_require_minimum_version 1.5.0

load helpers

VERSUS=$BATS_TEST_DIRNAME/../bench/versus
ARTICLES=$NF_TESTDATA/news/articles.jsonl

@test "bench/versus: one row per program, min and median in ms, the same output" {
	run -0 "$VERSUS" -n 2 "$ARTICLES" "$NF_BIN/tag-entities" "$NF_BIN/tag-entities"
	[ "${#lines[@]}" -eq 3 ]
	[[ "${lines[0]}" == program* ]]
	[[ "${lines[1]}" =~ tag-entities\ +[0-9]+\ +[0-9]+\ +same$ ]]
	[[ "${lines[2]}" =~ tag-entities\ +[0-9]+\ +[0-9]+\ +same$ ]]
}

@test "bench/versus: programs that write different bytes are flagged, status 1" {
	run -1 "$VERSUS" -n 1 "$ARTICLES" "$NF_BIN/tag-entities" "$NF_BIN/detect-hedge"
	[[ "${lines[1]}" == *same ]]
	[[ "${lines[2]}" =~ detect-hedge\ .*DIFFERS$ ]]
}

@test "bench/versus: usage errors exit 64, an unreadable file 66" {
	run -64 "$VERSUS" "$ARTICLES" "$NF_BIN/tag-entities"
	run -64 "$VERSUS" -n 0 "$ARTICLES" "$NF_BIN/tag-entities" "$NF_BIN/tag-entities"
	run -64 "$VERSUS" "$ARTICLES" "$NF_BIN/tag-entities" ./no-such-program
	run -66 "$VERSUS" ./no-such-file "$NF_BIN/tag-entities" "$NF_BIN/tag-entities"
}
