#!/usr/bin/env bats
# pipelines/nightly: a directory of shards through the whole chain with GNU
# parallel, on this machine and on two ssh "hosts" (an sshd of the test's
# own on loopback), killed and resumed, with corrupt and bad shards, and
# the summary checked against wc -l and the rejects.  No mocks: real
# parallel, real sshd and rsync, real filters on the project's own news.

bats_require_minimum_version 1.5.0

load helpers
load sshd

# The tools under test and the pipelines side by side, as installed.
make_tooldir() {
	local d=$1 t
	mkdir -p "$d"
	cp "$TOP"/pipelines/* "$d/"
	for t in "$NF_BIN"/*; do
		ln -sf "$t" "$d/"
	done
}

# Shards of the project's own news (testdata/), plain and gzip, one with
# two bad lines.
make_shards() {
	local in=$1 news=$NF_TESTDATA/news/articles.jsonl sample=$NF_TESTDATA/sample/news.jsonl
	mkdir -p "$in"
	head -n 2 "$sample" >"$in/s01.jsonl"
	tail -n 2 "$sample" | gzip -n >"$in/s02.jsonl.gz"
	head -n 4 "$news" >"$in/s03.jsonl"
	sed -n 5,7p "$news" >"$in/s04.jsonl"
	tail -n 3 "$news" | gzip -n >"$in/s05.jsonl.gz"
	{
		head -n 1 "$news"
		printf '{"id":"cut-off","text":"The council\n'
		sed -n 2p "$sample"
		printf '{"id":"no-text","body":"x"}\n'
	} >"$in/s06.jsonl"
	printf 'not a shard\n' >"$in/README"
}

# The annotated shards of DIR (shards and rejects, no logs), as one listing
# with checksums, for byte-for-byte comparison of two runs.
digest() {
	(cd "$1" && find . -path ./logs -prune -o -type f ! -name summary.json -print |
		LC_ALL=C sort | xargs sha256sum)
}

setup_file() {
	export TOP=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
	export PL=$BATS_FILE_TMPDIR/pl
	make_tooldir "$PL"
	export N=$PL/nightly
	export IN=$BATS_FILE_TMPDIR/in
	make_shards "$IN"
	# the reference: one uninterrupted run on this machine
	export REF=$BATS_FILE_TMPDIR/ref
	"$N" "$IN" "$REF" 2>"$BATS_FILE_TMPDIR/ref.err" || echo $? >"$BATS_FILE_TMPDIR/ref.status"
}

setup() {
	cd "$BATS_TEST_TMPDIR"
}

@test "one output shard per input shard, under the same name, the plain chain's bytes" {
	[ "$(cat "$BATS_FILE_TMPDIR/ref.status")" = 65 ]
	[ ! -s "$BATS_FILE_TMPDIR/ref.err" ]
	run -0 bash -c "cd '$REF' && ls"
	[ "$output" = "$(printf '%s\n' logs profile.json rejects s01.jsonl s02.jsonl.gz s03.jsonl s04.jsonl s05.jsonl.gz s06.jsonl summary.json)" ]
	for s in s01.jsonl s03.jsonl s04.jsonl; do
		"$PL/annotate-news" "$IN/$s" | "$PL/profile-sources" >want
		cmp want "$REF/$s"
	done
	gzip -dc "$IN/s05.jsonl.gz" | "$PL/annotate-news" | "$PL/profile-sources" >want
	gzip -dc "$REF/s05.jsonl.gz" | cmp want -
	# each output line is its input line's bytes, then every filter's keys
	paste -d '\n' "$IN/s01.jsonl" "$REF/s01.jsonl" | while IFS= read -r in && IFS= read -r out; do
		[[ "$out" == "${in%\}},\"sentences\":"* ]]
		[[ "$out" == *',"references":'*',"profile":{'*'}}' ]]
	done
}

@test "a shard with bad lines: its good lines out, the bad ones verbatim in rejects/, named in its log" {
	[ "$(wc -l <"$REF/s06.jsonl")" -eq 2 ]
	run -0 jq -r .id "$REF/s06.jsonl"
	[ "$output" = "$(printf 'harbor-vote\nkerrow-strait')" ]
	printf '{"id":"cut-off","text":"The council\n{"id":"no-text","body":"x"}\n' >want
	cmp want "$REF/rejects/s06.jsonl"
	[[ "$(cat "$REF/logs/s06.jsonl.log")" == *"annotate: <stdin>:2: invalid JSON"* ]]
	[[ "$(cat "$REF/logs/s06.jsonl.log")" == *"<stdin>:4: "*"text"* ]]
	# shards without rejects leave no rejects file
	run -0 ls "$REF/rejects"
	[ "$output" = s06.jsonl ]
}

@test "summary.json: the counts are what wc -l and the rejects show" {
	S=$REF/summary.json
	in=$(cat "$IN"/*.jsonl | wc -l)
	in=$((in + $(gzip -dc "$IN"/*.jsonl.gz | wc -l)))
	out=$(cat "$REF"/*.jsonl | wc -l)
	out=$((out + $(gzip -dc "$REF"/*.jsonl.gz | wc -l)))
	rej=$(cat "$REF"/rejects/* | wc -l)
	[ "$(jq .records.in "$S")" -eq "$in" ]
	[ "$(jq .records.out "$S")" -eq "$out" ]
	[ "$(jq .records.rejected "$S")" -eq "$rej" ]
	[ "$rej" -eq 2 ]
	[ "$(jq .records.lost "$S")" -eq 0 ]
	[ "$(jq -c .shards "$S")" = '{"total":6,"done":6,"skipped":0,"failed":0}' ]
	[ "$(jq .exit "$S")" -eq 65 ]
	# per shard, and bytes as the shards hold them uncompressed
	[ "$(jq '.per_shard[] | select(.name == "s04.jsonl") | .records_out' "$S")" -eq 3 ]
	[ "$(jq '.per_shard[] | select(.name == "s02.jsonl.gz") | .bytes_in' "$S")" -eq "$(gzip -dc "$IN/s02.jsonl.gz" | wc -c)" ]
	[ "$(jq '[.per_shard[].bytes_out] | add' "$S")" -eq "$(jq .bytes.out "$S")" ]
	run -0 jq -e '.wall_seconds > 0 and .mb_per_s >= 0 and .hosts == [":"]' "$S"
}

@test "profile.json: the roll-up of every annotated record" {
	P=$REF/profile.json
	[ "$(jq .articles "$P")" -eq "$(jq .records.out "$REF/summary.json")" ]
	sent=$(cat "$REF"/*.jsonl <(gzip -dc "$REF"/*.jsonl.gz) | jq -s '[.[].sentences | length] | add')
	[ "$(jq .sentences "$P")" -eq "$sent" ]
	att=$(cat "$REF"/*.jsonl <(gzip -dc "$REF"/*.jsonl.gz) | jq -s '[.[].attributions | length] | add')
	[ "$(jq .attributions "$P")" -eq "$att" ]
}

@test "a rerun skips finished shards; --force redoes them, with the same bytes" {
	cp -r "$REF" out
	run -65 --separate-stderr "$N" "$IN" out
	[ "$(jq -c .shards out/summary.json)" = '{"total":6,"done":0,"skipped":6,"failed":0}' ]
	[ "$(jq .records.rejected out/summary.json)" -eq 2 ]
	touch -d '2000-01-01' out/s03.jsonl
	run -65 "$N" --force "$IN" out
	[ "$(jq -c .shards out/summary.json)" = '{"total":6,"done":6,"skipped":0,"failed":0}' ]
	[ "$(stat -c %Y out/s03.jsonl)" -gt 946684800 ]
	[ "$(digest out)" = "$(digest "$REF")" ]
}

@test "a corrupt gzip shard fails alone: the others complete, the status says so, a rerun retries it" {
	mkdir in
	cp "$IN"/s01.jsonl "$IN"/s03.jsonl in/
	gzip -dc "$IN/s05.jsonl.gz" | gzip -n | head -c 300 >in/s07.jsonl.gz
	run -74 --separate-stderr "$N" in out
	[ "$stderr" = "nightly: shard s07.jsonl.gz failed (status 74): see logs/s07.jsonl.gz.log" ]
	cmp "$REF/s01.jsonl" out/s01.jsonl
	cmp "$REF/s03.jsonl" out/s03.jsonl
	[ ! -e out/s07.jsonl.gz ]
	[[ "$(cat out/logs/s07.jsonl.gz.log)" == *"corrupt or truncated gzip file"* ]]
	[ "$(jq -c .shards out/summary.json)" = '{"total":3,"done":2,"skipped":0,"failed":1}' ]
	[ "$(jq -r '.per_shard[] | select(.state == "failed") | .name' out/summary.json)" = s07.jsonl.gz ]
	# mended, the rerun does just that shard
	cp "$IN/s05.jsonl.gz" in/s07.jsonl.gz
	run -0 "$N" in out
	[ "$(jq -c .shards out/summary.json)" = '{"total":3,"done":1,"skipped":2,"failed":0}' ]
	cmp "$REF/s05.jsonl.gz" out/s07.jsonl.gz
}

# kill_when COND: starts nightly in a process group of its own, waits until
# COND (a shell test) holds, then kills the whole group with SIGKILL.
kill_when() {
	setsid "$N" -j 2 "$IN" out >/dev/null 2>&1 &
	local pid=$! i
	for i in $(seq 400); do
		if eval "$1"; then
			break
		fi
		sleep 0.02
	done
	# the whole session: GNU parallel puts each job in a group of its own
	pkill -9 -s "$pid" 2>/dev/null || :
	wait "$pid" 2>/dev/null || :
	for i in $(seq 200); do
		pgrep -s "$pid" >/dev/null || break
		sleep 0.05
	done
}

@test "kill -9 at several points, then a rerun: the same bytes as an uninterrupted run" {
	local points=(
		'true'
		'ls out/.*.tmp.* >/dev/null 2>&1'
		'[ -e out/s01.jsonl ] || [ -e out/s03.jsonl ]'
		'[ "$(ls out/*.jsonl* 2>/dev/null | wc -l)" -ge 3 ]'
		'[ "$(ls out/*.jsonl* 2>/dev/null | wc -l)" -ge 5 ]'
	)
	local p partial=0
	for p in "${points[@]}"; do
		rm -rf out
		kill_when "$p"
		# the kill left no output shard half-written...
		for f in out/s*.jsonl; do
			[ ! -e "$f" ] || cmp "$REF/$(basename "$f")" "$f"
		done
		n=$(ls out/s*.jsonl* 2>/dev/null | wc -l)
		[ "$n" -lt 6 ] && partial=$((partial + 1))
		# ...and the rerun finishes the night with the same bytes
		run -65 "$N" "$IN" out
		[ "$(digest out)" = "$(digest "$REF")" ]
		[ "$(jq .shards.skipped out/summary.json)" -eq "$n" ]
	done
	# most kills landed mid-run, not after the end
	[ "$partial" -ge 3 ]
}

@test "two ssh hosts: both run shards, the output equals the one-machine output byte for byte" {
	sshd_start "$BATS_TEST_TMPDIR/sshd" "$PL"
	printf 'nfh1\nnfh2\n' >hosts
	run -65 --separate-stderr "$N" -j 1 --sshloginfile hosts "$IN" out
	sshd_stop "$BATS_TEST_TMPDIR/sshd"
	[ "$(digest out)" = "$(digest "$REF")" ]
	[ "$(jq -c .hosts out/summary.json)" = '["nfh1","nfh2"]' ]
	[ "$(jq -c .shards out/summary.json)" = '{"total":6,"done":6,"skipped":0,"failed":0}' ]
	cmp <(jq -S 'del(.per_shard, .in_dir, .out_dir, .started, .finished, .wall_seconds, .mb_per_s, .hosts, .jobs, .sshloginfile)' "$REF/summary.json") \
		<(jq -S 'del(.per_shard, .in_dir, .out_dir, .started, .finished, .wall_seconds, .mb_per_s, .hosts, .jobs, .sshloginfile)' out/summary.json)
	cmp "$REF/profile.json" out/profile.json
	[ "$(jq -r '[.per_shard[].sshlogin] | unique | join(" ")' out/summary.json)" = "nfh1 nfh2" ]
}

@test "remote hosts without the tools on PATH: the shards fail with a message; --remote-path finds them" {
	mkdir in
	cp "$IN"/s01.jsonl "$IN"/s04.jsonl in/
	sshd_start "$BATS_TEST_TMPDIR/sshd"
	printf 'nfh2\n' >hosts
	run -69 --separate-stderr "$N" --sshloginfile hosts in out
	[ "$(jq -c .shards out/summary.json)" = '{"total":2,"done":0,"skipped":0,"failed":2}' ]
	[[ "$stderr" == *"nightly: shard s01.jsonl failed (status 69) on nfh2: nightly-shard was not found there"* ]]
	[ "$(jq -c '[.per_shard[] | .log]' out/summary.json)" = '[null,null]' ]
	run -0 --separate-stderr "$N" --sshloginfile hosts --remote-path="$PL" in out
	sshd_stop "$BATS_TEST_TMPDIR/sshd"
	[ "$(jq -c .shards out/summary.json)" = '{"total":2,"done":2,"skipped":0,"failed":0}' ]
	cmp "$REF/s01.jsonl" out/s01.jsonl
	cmp "$REF/s04.jsonl" out/s04.jsonl
}

@test "--text: .txt shards become NAME.jsonl records, their id the shard's name" {
	mkdir in
	cp "$NF_TESTDATA/sample/port-calder-strike.txt" in/strike.txt
	cp "$IN/s01.jsonl" in/
	run -0 --separate-stderr "$N" --text in out
	[ -f out/strike.jsonl ]
	[ "$(jq -r .id out/strike.jsonl)" = strike.txt ]
	[ "$(jq '.sentences | length' out/strike.jsonl)" -gt 3 ]
	cmp "$REF/s01.jsonl" out/s01.jsonl
	run -0 "$N" --text --per=line --force in out2
	[ "$(wc -l <out2/strike.jsonl)" -eq 7 ]
	# without --text a .txt file is not a shard
	run -0 "$N" in out3
	[ ! -e out3/strike.jsonl ]
}

@test "progress: quiet when stderr is not a terminal, a bar with --bar" {
	mkdir in
	cp "$IN/s01.jsonl" in/
	run -0 --separate-stderr "$N" in out
	[ -z "$stderr" ]
	run -0 --separate-stderr "$N" --bar --force in out
	[[ "$stderr" == *"100%"* ]]
}

@test "usage and operand errors" {
	run -0 "$N" --help
	[[ "${lines[0]}" == "Usage: nightly [OPTION]... IN_DIR OUT_DIR" ]]
	run -0 "$N" --version
	[[ "$output" == "nightly (newsfilters) "* ]]
	run -64 --separate-stderr "$N" "$IN"
	run -64 --separate-stderr "$N" --frobnicate "$IN" out
	[ "${stderr_lines[0]}" = "nightly: unknown option '--frobnicate'" ]
	run -64 --separate-stderr "$N" -j many "$IN" out
	run -66 --separate-stderr "$N" no-such-dir out
	[ "$stderr" = "nightly: cannot read directory 'no-such-dir'" ]
	run -64 --separate-stderr "$N" "$IN" "$IN"
}

@test "a second run on the same OUT_DIR while one holds it: exit 75" {
	mkdir -p out/logs
	exec 8>out/logs/.lock
	flock -n 8
	run -75 --separate-stderr "$N" "$IN" out
	[[ "$stderr" == "nightly: another run is writing "* ]]
	exec 8>&-
}
