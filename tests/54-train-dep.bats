#!/usr/bin/env bats
# train-dep: trains the dependency parser on CoNLL-U (a hand-written toy
# fixture here), reports attachment scores on --dev files, writes the
# same bytes for the same data, and refuses bad invocations, data and
# files with the documented status and a message naming the file and line.

bats_require_minimum_version 1.5.0

load helpers

TD=$NF_BIN/train-dep
TOY=$NF_TESTDATA/dep/tiny.conllu

setup() {
	cd "$BATS_TEST_TMPDIR"
}

@test "--help and --version go to standard output and exit 0" {
	run -0 --separate-stderr "$TD" --help
	[[ "${lines[0]}" == "Usage: train-dep "* ]]
	[[ "$output" == *"--explore=P"* ]]
	[ -z "$stderr" ]
	run -0 "$TD" --version
	[ "$output" = "train-dep (newsfilters) 0.1.0" ]
}

@test "usage errors exit 64" {
	run -64 --separate-stderr "$TD" "$TOY"
	[[ "$stderr" == "train-dep: give -o MODEL and at least one TRAIN file"* ]]
	run -64 "$TD" -o m.model
	run -64 "$TD" --no-such-option -o m.model "$TOY"
	for bad in '-e 0' '-e x' '-s -1' '-m -1' '-m x' '-v 0' '-v x' '-x 101' '-x y'; do
		run -64 --separate-stderr "$TD" $bad -o m.model "$TOY"
		[[ "$stderr" == "train-dep: invalid "* ]]
	done
	[ ! -e m.model ]
}

@test "trains on the toy treebank, reports dev scores, and is deterministic" {
	# -m 0: on four sentences the averaged weights are all small
	run -0 --separate-stderr "$TD" -e 8 -m 0 -d "$TOY" -o a.model "$TOY"
	[ -s a.model ]
	[[ "$stderr" == *"4 sentences, 37 tokens (38 UD words)"* ]]
	[[ "$stderr" == *"epoch 8/8: transitions right "* ]]
	[[ "$stderr" == *"tiny.conllu: our tokens UAS 100.00% LAS 100.00% of 37"* ]]
	[[ "$stderr" == *"tiny.conllu: UD words UAS "*" of 38 "* ]]
	"$TD" -e 8 -m 0 -o b.model "$TOY" 2>/dev/null
	cmp a.model b.model
	"$TD" -e 8 -m 0 -s 9 -o c.model "$TOY" 2>/dev/null
	[ -s c.model ]
}

@test "bad CoNLL-U exits 65 naming the file and line" {
	run -65 --separate-stderr "$TD" -o m.model "$NF_TESTDATA/dep/bad-head.conllu"
	[[ "$stderr" == "train-dep: "*"bad-head.conllu:3: not a CoNLL-U word line with HEAD and DEPREL"* ]]
	run -65 --separate-stderr "$TD" -o m.model "$NF_TESTDATA/dep/cycle.conllu"
	[[ "$stderr" == "train-dep: "*"cycle.conllu:5: the sentence ending here is not a tree"* ]]
	run -65 --separate-stderr "$TD" -o m.model "$NF_TESTDATA/pos/bad-upos.conllu"
	[[ "$stderr" == *"bad-upos.conllu:3: not a CoNLL-U word line with a UPOS tag" ]]
	printf '# nothing but comments\n' >empty.conllu
	run -65 --separate-stderr "$TD" -o m.model empty.conllu
	[[ "$stderr" == "train-dep: no sentences in the training files" ]]
	run -65 "$TD" -o m.model -d "$NF_TESTDATA/dep/cycle.conllu" "$TOY"
}

@test "files that cannot be read exit 66, a model that cannot be written 74" {
	run -66 --separate-stderr "$TD" -o m.model no-such.conllu
	[[ "$stderr" == "train-dep: cannot read 'no-such.conllu': "* ]]
	run -74 --separate-stderr "$TD" -e 1 -o /nonexistent/dir/m.model "$TOY"
	[[ "$stderr" == *"train-dep: cannot write '/nonexistent/dir/m.model': "* ]]
}
