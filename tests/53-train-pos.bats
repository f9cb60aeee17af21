#!/usr/bin/env bats
# train-pos: trains the part-of-speech tagger on CoNLL-U (a hand-written
# toy fixture here), reports accuracy on --dev files, writes the same
# bytes for the same data, and refuses bad invocations, data and files
# with the documented status and a message naming the file and line.

bats_require_minimum_version 1.5.0

load helpers

TP=$NF_BIN/train-pos
TOY=$NF_TESTDATA/pos/tiny.conllu

setup() {
	cd "$BATS_TEST_TMPDIR"
}

@test "--help and --version go to standard output and exit 0" {
	run -0 --separate-stderr "$TP" --help
	[[ "${lines[0]}" == "Usage: train-pos "* ]]
	[[ "$output" == *"--vocab-min=N"* ]]
	[ -z "$stderr" ]
	run -0 "$TP" --version
	[ "$output" = "train-pos (newsfilters) 0.1.0" ]
}

@test "usage errors exit 64" {
	run -64 --separate-stderr "$TP" "$TOY"
	[[ "$stderr" == "train-pos: give -o MODEL and at least one TRAIN file"* ]]
	run -64 "$TP" -o m.model
	run -64 "$TP" --no-such-option -o m.model "$TOY"
	for bad in '-e 0' '-e x' '-s -1' '-m -1' '-m x' '-v 0' '-v x'; do
		run -64 --separate-stderr "$TP" $bad -o m.model "$TOY"
		[[ "$stderr" == "train-pos: invalid "* ]]
	done
	[ ! -e m.model ]
}

@test "trains on the toy treebank, reports dev accuracy, and is deterministic" {
	# -m 0: on four sentences the averaged weights are all small
	run -0 --separate-stderr "$TP" -e 8 -m 0 -d "$TOY" -o a.model "$TOY"
	[ -s a.model ]
	[[ "$stderr" == *"4 sentences, 37 tokens (38 UD words)"* ]]
	[[ "$stderr" == *"epoch 8/8: training tokens right 100.00%"* ]]
	[[ "$stderr" == *"tiny.conllu: our tokens 100.00% of 37, UD words "* ]]
	"$TP" -e 8 -m 0 -o b.model "$TOY" 2>/dev/null
	cmp a.model b.model
	"$TP" -e 8 -m 0 -s 9 -o c.model "$TOY" 2>/dev/null
	[ -s c.model ]
}

@test "bad CoNLL-U exits 65 naming the file and line" {
	run -65 --separate-stderr "$TP" -o m.model "$NF_TESTDATA/pos/bad-upos.conllu"
	[[ "$stderr" == "train-pos: "*"bad-upos.conllu:3: not a CoNLL-U word line with a UPOS tag" ]]
	run -65 --separate-stderr "$TP" -o m.model "$NF_TESTDATA/pos/bad-fields.conllu"
	[[ "$stderr" == *"bad-fields.conllu:2: "* ]]
	printf '# nothing but comments\n' >empty.conllu
	run -65 --separate-stderr "$TP" -o m.model empty.conllu
	[[ "$stderr" == "train-pos: no sentences in the training files" ]]
	run -65 "$TP" -o m.model -d "$NF_TESTDATA/pos/bad-upos.conllu" "$TOY"
}

@test "files that cannot be read exit 66, a model that cannot be written 74" {
	run -66 --separate-stderr "$TP" -o m.model no-such.conllu
	[[ "$stderr" == "train-pos: cannot read 'no-such.conllu': "* ]]
	run -74 --separate-stderr "$TP" -e 1 -o /nonexistent/dir/m.model "$TOY"
	[[ "$stderr" == *"train-pos: cannot write '/nonexistent/dir/m.model': "* ]]
}
