# Shared by the link-sources and train-sources suites: `load sources`.
#
#   LS        bin/link-sources
#   TS        bin/train-sources
#   SNEWS     testdata/sources/news.jsonl (the envoy and markers texts)
#   STRAIN    testdata/sources/tiny-train.jsonl (hand-written gold)

LS=$NF_BIN/link-sources
TS=$NF_BIN/train-sources
SNEWS=$NF_TESTDATA/sources/news.jsonl
STRAIN=$NF_TESTDATA/sources/tiny-train.jsonl

# check_attributions FILE: in every record, every span of attributions,
# sources and references lies in the text with start < end; the content
# covers its fragments; source_id names a source; sentence indices are
# numbers.  Prints the first bad record.
check_attributions() {
	local bad
	bad=$(jq -c '
		def ok($n): type == "object" and (.start | type) == "number"
			and (.end | type) == "number" and .start >= 0 and .start < .end
			and .end <= $n;
		select(length > 0)
		| (.text | length) as $n | . as $r
		| select((
			all(.attributions[]; . as $a | (.cue | ok($n))
				and (.source == null or (.source | ok($n)))
				and (.content == null or (.content | ok($n)))
				and (.content_spans == null or all(.content_spans[];
					ok($n) and .start >= $a.content.start
					and .end <= $a.content.end))
				and (.type | IN("direct", "indirect", "mixed"))
				and (.source_id == null or (.source_id >= 1
					and .source_id <= ($r.sources | length)))
				and (.sentence | type) == "number")
			and all(.sources[]; (.kind | IN("person", "organization", "media",
					"government", "anonymous", "document"))
				and (.anonymous | type) == "boolean"
				and (.affiliation == null or (.affiliation | type) == "string")
				and all(.mentions[]; ok($n)))
			and all(.references[]; (.text | ok($n))
				and (.kind | IN("note", "summary")))
		) | not)' "$1") || {
		echo "jq failed on $1"
		return 1
	}
	if [ -n "$bad" ]; then
		echo "bad record: $bad"
		return 1
	fi
}

# attr_table FILE: one line per attribution: cue|source|content as text.
attr_table() {
	jq -r '.text as $t | .attributions[]
		| [$t[.cue.start:.cue.end],
		   (if .source then $t[.source.start:.source.end] else "-" end),
		   (if .content then $t[.content.start:.content.end] else "-" end)]
		| join("|")' "$1"
}

# source_table FILE: one line per source: name|kind|anonymous|role|mentions.
source_table() {
	jq -r '.sources[] | [(.name // "-"), .kind, (.anonymous | tostring),
		(.role // "-"), (.mentions | length | tostring)] | join("|")' "$1"
}
