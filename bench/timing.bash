# Shared by bench/nightly and bench/fused (sourced, bash): the news corpus
# made once, runs pinned to CPUs, and the best time of several runs with
# the peak memory, through bench/peakmem.  The sourcing script sets
# bench (its name, for messages), repo, shared, mb, runs, work, corpus and
# peakmem first.

die() {
	echo "$bench: $*" >&2
	exit 1
}

# Makes $corpus ($mb MB of news) unless it is there.
make_corpus() {
	[ -s "$corpus" ] && return
	[ -x "$shared/tools/make-bench-corpus" ] || die "no corpus and no $shared/tools/make-bench-corpus"
	"$shared/tools/make-bench-corpus" "$mb" >"$corpus.tmp"
	mv "$corpus.tmp" "$corpus"
}

# pin CPUS COMMAND...: runs COMMAND on those CPUs (taskset), or as it is.
pin() {
	local cpus=$1
	shift
	if command -v taskset >/dev/null; then
		taskset -c "$cpus" "$@"
	else
		"$@"
	fi
}

# best SECONDS and largest KiB over $runs runs of "$@", which leave
# "SECONDS KIB STATUS" in $work/time (bench/peakmem -o); prints "S KIB"
best_of() {
	local i best= kib=0 line s k st
	for i in $(seq "$runs"); do
		"$@"
		line=$(cat "$work/time")
		read -r s k st <<<"$line"
		[ "$st" = 0 ] || [ "$st" = 65 ] || die "'$*' failed with status $st"
		if [ -z "$best" ] || awk -v a="$s" -v b="$best" 'BEGIN { exit !(a < b) }'; then
			best=$s
		fi
		[ "$k" -le "$kib" ] || kib=$k
	done
	echo "$best $kib"
}
