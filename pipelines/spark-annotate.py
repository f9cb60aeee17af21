#!/usr/bin/env python3
"""spark-annotate.py: the newsfilters chain on Apache Spark.

For when one machine, even with nightly(1) over ssh hosts, is not enough
and a Spark cluster is at hand.  Spark reads the input (a directory of
.jsonl or .jsonl.gz shards, on HDFS, S3 or a local path), pipes each
partition through `annotate-news | profile-sources` with RDD.pipe(), and
saves the annotated lines.  Spark does the scheduling, retries and data
movement; the filters do the work, unchanged.  The tools must be on the
PATH of every executor (or named with --path).

    spark-submit pipelines/spark-annotate.py IN OUT
    spark-submit --master local[2] pipelines/spark-annotate.py in/ out/

Each partition's lines come out in their order, once: the output holds
the records nightly(1) writes, in Spark's part-NNNNN files.  Rejected
lines go to the executors' standard error (Spark keeps it in the executor
logs), or, with --rejects-dir, to files in a directory every executor can
write (a shared file system).  A filter failing for another reason than
rejected lines (status other than 0 or 65) fails the task, which Spark
retries and reports.
"""

import argparse
import shlex
import sys

# Runs in sh on the executor for each partition: the chain (found in $2
# or on the PATH), each filter's rejects to files in directory $1 or to
# standard error, and an exit
# status that fails the task only for errors other than rejected lines.
CHAIN = r'''
[ -z "${2:-}" ] || PATH=$2:${PATH:-/usr/local/bin:/usr/bin:/bin}
r=${1:-}
if [ -n "$r" ]; then
	r="$r/rejects-$(hostname)-$$"
	ra="--rejects=$r.annotate-news" rp="--rejects=$r.profile-sources"
else
	ra=--rejects=/dev/stderr rp=--rejects=/dev/stderr
fi
st=$(mktemp) || exit 71
{ annotate-news "$ra"; echo $? >"$st"; } | profile-sources "$rp"
s2=$?
s1=$(cat "$st")
rm -f "$st"
[ -z "${1:-}" ] || for f in "$r".*; do [ -s "$f" ] || rm -f "$f"; done
for s in "$s1" "$s2"; do
	case $s in 0|65) ;; *) echo "spark-annotate: the chain failed (status $s)" >&2; exit "$s" ;; esac
done
'''


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="spark-annotate.py",
        description="Annotate news JSON Lines on Apache Spark with the newsfilters chain.")
    p.add_argument("input", help="input path or glob Spark can read (.jsonl, .jsonl.gz)")
    p.add_argument("output", help="output directory (must not exist)")
    p.add_argument("--partitions", type=int, default=None,
                   help="minimum number of partitions to read the input into")
    p.add_argument("--rejects-dir", default="",
                   help="directory on a file system shared by the executors for rejected lines "
                        "(default: the executors' standard error)")
    p.add_argument("--path", default="",
                   help="directory holding the newsfilters tools on the executors "
                        "(default: their PATH)")
    p.add_argument("--gzip", action="store_true", help="write gzip-compressed part files")
    p.add_argument("--master", default=None,
                   help="Spark master when run with python3 rather than spark-submit, "
                        "e.g. local[2]")
    return p.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    try:
        from pyspark import SparkConf, SparkContext
    except ImportError:
        sys.stderr.write("spark-annotate.py: pyspark cannot be imported: "
                         "run it with spark-submit, or pip install pyspark\n")
        return 69
    conf = SparkConf().setAppName("newsfilters")
    if args.master:
        conf = conf.setMaster(args.master)
    sc = SparkContext(conf=conf)
    try:
        command = shlex.join(["sh", "-c", CHAIN, "spark-annotate",
                              args.rejects_dir, args.path])
        lines = sc.textFile(args.input, args.partitions)
        out = lines.pipe(command, checkCode=True)
        codec = "org.apache.hadoop.io.compress.GzipCodec" if args.gzip else None
        out.saveAsTextFile(args.output, codec)
    finally:
        sc.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
