#!/usr/bin/env bats
# pipelines/spark-annotate.py: the chain on Apache Spark through RDD.pipe,
# in local mode.  Runs only where pyspark and a Java runtime are
# installed (pip install pyspark; apt-get install default-jre-headless):
# neither is a Debian package the project's CI can install, so there it
# is skipped and says why.

bats_require_minimum_version 1.5.0

if [ -f "$BATS_TEST_DIRNAME/helpers.bash" ]; then
	load helpers
fi
NF_BIN=${NF_BIN:-$BATS_TEST_DIRNAME/../bin}
NF_TESTDATA=${NF_TESTDATA:-$BATS_TEST_DIRNAME/../testdata}

setup() {
	PL=$(cd "$BATS_TEST_DIRNAME/../pipelines" && pwd)
	BIN=$(cd "$NF_BIN" && pwd)
	cd "$BATS_TEST_TMPDIR"
}

need_spark() {
	command -v java >/dev/null || skip "no Java runtime (apt-get install default-jre-headless)"
	command -v python3 >/dev/null || skip "no python3"
	python3 -c 'import pyspark' 2>/dev/null || skip "pyspark is not installed (pip install pyspark)"
}

# The shell each Spark task runs, taken from the script itself.
chain_body() {
	python3 -B -c 'import importlib.util, sys
spec = importlib.util.spec_from_file_location("sa", sys.argv[1])
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
sys.stdout.write(m.CHAIN)' "$PL/spark-annotate.py"
}

@test "the task's shell, without Spark: the chain's bytes, rejects to --rejects-dir, errors fail the task" {
	command -v python3 >/dev/null || skip "no python3"
	body=$(chain_body)
	mkdir rej
	{ cat "$NF_TESTDATA/sample/news.jsonl"; echo 'not json'; } >in.jsonl
	sh -c "$body" spark-annotate "$PWD/rej" "$PL:$BIN" <in.jsonl >got 2>err
	PATH="$PL:$BIN:$PATH" annotate-news "$NF_TESTDATA/sample/news.jsonl" | "$BIN/profile-sources" >want
	cmp want got
	[ "$(cat rej/*.annotate-news)" = 'not json' ]
	[ "$(ls rej | wc -l)" -eq 1 ]	# the empty profile-sources file is removed
	# a filter that cannot be found fails the task, so Spark reports it
	run -127 --separate-stderr sh -c "$body" spark-annotate "" /nonexistent <in.jsonl
	[[ "$stderr" == *"spark-annotate: the chain failed (status 127)"* ]]
}

@test "without pyspark the script says how to get it, status 69" {
	command -v python3 >/dev/null || skip "no python3"
	python3 -c 'import pyspark' 2>/dev/null && skip "pyspark is installed"
	run -69 --separate-stderr python3 -B "$PL/spark-annotate.py" in out
	[[ "$stderr" == *"pyspark cannot be imported: run it with spark-submit, or pip install pyspark"* ]]
}

@test "local[2]: the same records as the plain chain, rejects kept in --rejects-dir" {
	need_spark
	mkdir in rej
	cp "$NF_TESTDATA/sample/news.jsonl" in/a.jsonl
	{ cat "$NF_TESTDATA/sample/news.jsonl"; echo '{"id": "no text"}'; } | gzip >in/b.jsonl.gz
	run -0 python3 -B "$PL/spark-annotate.py" --master 'local[2]' --partitions 2 \
		--path "$PL:$BIN" --rejects-dir "$PWD/rej" in out
	[ -f out/_SUCCESS ]
	cat in/a.jsonl in/a.jsonl | PATH="$PL:$BIN:$PATH" annotate-news |
		"$BIN/profile-sources" | sort >want
	cat out/part-* | sort >got
	cmp want got
	[ "$(cat rej/*)" = '{"id": "no text"}' ]
}
