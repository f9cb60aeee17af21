#!/usr/bin/env bats
# train-hedge: trains on gold JSON Lines and on the bracket markup,
# prints dev figures per epoch, writes the same model bytes for the same
# data, and refuses bad invocations, data and word lists with the
# documented status and a message naming the file and line.

bats_require_minimum_version 1.5.0

load helpers
load hedge

setup() {
	cd "$BATS_TEST_TMPDIR"
}

@test "--help and --version go to standard output and exit 0" {
	run -0 --separate-stderr "$TH" --help
	[[ "${lines[0]}" == "Usage: train-hedge "* ]]
	[[ "$output" == *"--dev=FILE"* ]]
	[ -z "$stderr" ]
	run -0 "$TH" --version
	[ "$output" = "train-hedge (newsfilters) 0.1.0" ]
}

@test "usage errors exit 64" {
	run -64 --separate-stderr "$TH" "$TINY"
	[[ "$stderr" == "train-hedge: give -o MODEL and at least one TRAIN file"* ]]
	run -64 "$TH" -o m.model
	run -64 "$TH" --no-such-option -o m.model "$TINY"
	for bad in '-e 0' '-e x' '-r 0' '-r x' '-r 101' '-s -1' '-m -1' '-m x' '-w nocolon' \
		'-w f:0' '-w f:x'; do
		run -64 --separate-stderr "$TH" $bad -o m.model "$TINY"
		[[ "$stderr" == "train-hedge: invalid "* ]]
	done
}

@test "trains on markup and JSON Lines, prints figures per epoch, and the model works" {
	run -0 --separate-stderr "$TH" -e 3 -o toy.model -d "$NF_TESTDATA/hedge/tiny-train.jsonl" \
		"$TINY" "$NF_TESTDATA/hedge/tiny-train.jsonl"
	[ -s toy.model ]
	[[ "$stderr" == *"15 training records"* ]]
	[[ "$stderr" == *"epoch 1/3: "* ]]
	[[ "$stderr" == *"epoch 3/3: "* ]]
	[[ "$stderr" == *"order 4/4, epoch 3/3: "* ]]
	[[ "$stderr" == *"average of 4 orders:"* ]]
	[[ "$stderr" == *"tiny-train.jsonl (all): uncertain sentences F1 "*", cues F1 "* ]]
	[[ "$stderr" == *"tiny-train.jsonl (uncertainty): uncertain sentences F1 "* ]]
	record 'Officials believe it may snow on 2 May.' >in.jsonl
	"$DH" --model toy.model in.jsonl >out.jsonl
	check_hedges out.jsonl
	run -0 jq -c '[.hedges[].cue]' out.jsonl
	[ "$output" = '["believe","may"]' ]
}

@test "training is deterministic: the same data gives the same bytes; the seed matters" {
	"$TH" -e 4 -o a.model "$TINY" 2>/dev/null
	"$TH" -e 4 -o b.model "$TINY" 2>/dev/null
	cmp a.model b.model
	"$TH" -e 4 -s 7 -o c.model "$TINY" 2>/dev/null
	[ -s c.model ]
	grep -a -q '4 orders from seed 7' c.model
	# one order alone is another model
	"$TH" -e 4 -r 1 -o d.model "$TINY" 2>/dev/null
	grep -a -q '1 order from seed 1' d.model
	! cmp -s a.model d.model
}

@test "--cues and --patterns replace the built-in lists and travel in the model" {
	printf 'perhaps\tepistemic\n' >cues.txt
	printf 'word on the street\tweasel\talways\tattribution\n' >pats.txt
	"$TH" -e 2 --cues cues.txt --patterns pats.txt -o own.model "$TINY" 2>/dev/null
	record 'Word on the street is that it may rain, perhaps.' >in.jsonl
	run -0 bash -c "'$DH' --model own.model in.jsonl | jq -c '[.hedges[] | [.cue, .kind]]'"
	[[ "$output" == '[["Word on the street","weasel"]'* ]]
	[[ "$output" != *'"may"'* ]]
}

@test "missing files exit 66; bad training data exits 65 naming file and line" {
	run -66 --separate-stderr "$TH" -o m.model missing.jsonl
	[ "$stderr" = "train-hedge: cannot read 'missing.jsonl': No such file or directory" ]
	run -66 --separate-stderr "$TH" -o m.model -d missing.jsonl "$TINY"
	run -66 --separate-stderr "$TH" --cues missing.txt -o m.model "$TINY"
	printf '%s\n' '{"text":"ok","cues":[]}' '{"text":"bad","cues":[[0,99]]}' >bad.jsonl
	run -65 --separate-stderr "$TH" -o m.model bad.jsonl
	[[ "$stderr" == "train-hedge: bad.jsonl:2: not a gold record"* ]]
	printf '%s\n' 'fine [[may]] line' 'an [[open bracket' >bad.txt
	run -65 --separate-stderr "$TH" -o m.model bad.txt
	[[ "$stderr" == "train-hedge: bad.txt:2: not a gold record"* ]]
	printf '{"text":7}\n' >seven.jsonl
	run -65 "$TH" -o m.model seven.jsonl
	[ ! -e m.model ]
}

@test "bad word lists exit 65 naming file and line" {
	printf 'may\tepistemic\nmight\n' >nokind.txt
	run -65 --separate-stderr "$TH" --cues nokind.txt -o m.model "$TINY"
	[ "$stderr" = "train-hedge: nokind.txt:2: 'might' has no kind: write WORD<TAB>KIND" ]
	printf 'may\tepistemic\tsometimes\n' >opt.txt
	run -65 --separate-stderr "$TH" --cues opt.txt -o m.model "$TINY"
	[[ "$stderr" == "train-hedge: opt.txt:1: unknown option 'sometimes'"* ]]
	printf 'may be\tepistemic\n' >two.txt
	run -65 --separate-stderr "$TH" --cues two.txt -o m.model "$TINY"
	[ "$stderr" = "train-hedge: two.txt:1: 'may be' is not one word: put it in the patterns" ]
	printf 'may\tepistemic\nMay\tepistemic\n' >twice.txt
	run -65 --separate-stderr "$TH" --cues twice.txt -o m.model "$TINY"
	[ "$stderr" = "train-hedge: twice.txt:2: 'May' is listed twice" ]
	printf '# ok\n\nsaid (to\treportative\n' >pat.txt
	run -65 --separate-stderr "$TH" --patterns pat.txt -o m.model "$TINY"
	[[ "$stderr" == "train-hedge: pat.txt:3: bad pattern: "* ]]
	printf 'maybe? not\tepistemic\n' >trig.txt
	run -65 --separate-stderr "$TH" --patterns trig.txt -o m.model "$TINY"
	[[ "$stderr" == *"does not begin with a whole word or (?:word|word)" ]]
}

@test "an unwritable model path exits 74" {
	run -74 --separate-stderr "$TH" -e 1 -o /nonexistent/dir/m.model "$TINY"
	[[ "${stderr_lines[-1]}" == "train-hedge: cannot write '/nonexistent/dir/m.model': "* ]]
	run -74 "$TH" -e 1 -o /dev/full "$TINY"
}
