#!/usr/bin/env bats
# make install / make uninstall: the tools, annotate-news, the man pages
# and the data lists land under PREFIX (inside DESTDIR) and go away again.
# The targets run with -o all, so this suite only copies what NF_BIN holds
# and never rebuilds (it also runs under make sanitize).

bats_require_minimum_version 1.5.0

if [ -f "$BATS_TEST_DIRNAME/helpers.bash" ]; then
	load helpers
fi
NF_BIN=${NF_BIN:-$BATS_TEST_DIRNAME/../bin}

setup() {
	TOP=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
	STAGE=$BATS_TEST_TMPDIR/stage
	P=$STAGE/usr/local
	cd "$BATS_TEST_TMPDIR"
}

nf_make() {
	make -s --no-print-directory -C "$TOP" -o all BIN="$NF_BIN" "$@"
}

@test "make install PREFIX=/usr/local DESTDIR=stage puts every file in place" {
	run -0 nf_make install PREFIX=/usr/local DESTDIR="$STAGE"
	for f in split-sentences text-to-records annotate annotate-news profile-sources profile-merge \
		nightly nightly-shard; do
		[ -x "$P/bin/$f" ]
	done
	[ -f "$P/share/man/man1/split-sentences.1" ]
	[ -f "$P/share/man/man1/text-to-records.1" ]
	[ -f "$P/share/man/man1/annotate.1" ]
	[ -f "$P/share/man/man1/profile-sources.1" ]
	[ -f "$P/share/man/man1/nightly.1" ]
	[ -f "$P/share/man/man7/newsfilters.7" ]
	[ -f "$P/share/newsfilters/abbreviations.txt" ]
	[ -f "$P/share/newsfilters/sentence-starters.txt" ]
	[ -f "$P/share/newsfilters/spark-annotate.py" ]
	run -0 "$P/bin/text-to-records" --version
	[ "$output" = "text-to-records (newsfilters) 0.1.0" ]
}

@test "the installed annotate-news finds the installed filters, not the checkout" {
	nf_make install PREFIX=/usr/local DESTDIR="$STAGE"
	cp "$TOP/testdata/sample/news.jsonl" "$TOP/testdata/sample/port-calder-strike.txt" .
	run -0 env PATH=/usr/bin:/bin "$P/bin/annotate-news" news.jsonl
	[ "${#lines[@]}" -eq "$(wc -l <news.jsonl)" ]
	run -0 env PATH=/usr/bin:/bin "$P/bin/annotate-news" --text port-calder-strike.txt
	[ "$(printf '%s\n' "$output" | jq '.sentences | length')" -gt 5 ]
}

@test "the installed nightly runs the installed chain over a directory of shards" {
	nf_make install PREFIX=/usr/local DESTDIR="$STAGE"
	mkdir in
	cp "$TOP/testdata/sample/news.jsonl" in/a.jsonl
	gzip -c "$TOP/testdata/sample/news.jsonl" >in/b.jsonl.gz
	run -0 env PATH=/usr/bin:/bin "$P/bin/nightly" -j 2 in out
	cmp out/a.jsonl <("$P/bin/annotate-news" in/a.jsonl | "$P/bin/profile-sources")
	cmp out/a.jsonl <(gzip -dc out/b.jsonl.gz)
	[ "$(jq .records.out out/summary.json)" -eq $((2 * $(wc -l <in/a.jsonl))) ]
}

@test "make uninstall removes what make install put there" {
	nf_make install PREFIX=/usr/local DESTDIR="$STAGE"
	run -0 nf_make uninstall PREFIX=/usr/local DESTDIR="$STAGE"
	run -0 find "$STAGE" -type f
	[ -z "$output" ]
}

@test "without DESTDIR, PREFIX alone decides" {
	run -0 nf_make install PREFIX="$BATS_TEST_TMPDIR/prefix"
	[ -x "$BATS_TEST_TMPDIR/prefix/bin/split-sentences" ]
	[ -f "$BATS_TEST_TMPDIR/prefix/share/man/man7/newsfilters.7" ]
	run -0 nf_make uninstall PREFIX="$BATS_TEST_TMPDIR/prefix"
	[ ! -e "$BATS_TEST_TMPDIR/prefix/bin/split-sentences" ]
}

@test "the man pages are clean under mandoc -Tlint" {
	command -v mandoc >/dev/null || skip "mandoc is not installed"
	run -0 mandoc -Tlint -W warning "$TOP"/man/*.[17]
	[ -z "$output" ]
}
