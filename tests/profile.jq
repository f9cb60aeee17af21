# The sourcing profile of an annotated record, computed in jq straight
# from the definitions in profile-sources(1), to check the C code against
# (tests/60-profile-sources.bats).  Shares are rounded to 4 decimals.
def share($n; $d): if $d == 0 then null else ($n / $d * 10000 | round) / 10000 end;
(.sentences | length) as $n
| ([.hedges[].sentence] | unique) as $hedged
| ([.attributions[].sentence] | unique) as $attributed
| (.sources | map({key: (.id | tostring), value: .}) | from_entries) as $src
| [.attributions[] | $src[(.source_id // "none") | tostring]] as $asrc
| ([.references[] | .cited_by[], .supports[].sentence] | unique) as $covered
| {
	sentences: $n,
	hedged_sentences: ($hedged | length),
	hedged_share: share($hedged | length; $n),
	attributions: (.attributions | length),
	attributions_by_kind: (reduce ("person", "organization", "media", "government",
		"anonymous", "document", "unknown") as $k ({};
		.[$k] = ([$asrc[] | (.kind // "unknown")] | map(select(. == $k)) | length))),
	anonymous_attributions: ([$asrc[] | select(.anonymous == true)] | length),
	anonymous_share: share([$asrc[] | select(.anonymous == true)] | length;
		.attributions | length),
	sources: (.sources | length),
	anonymous_sources: ([.sources[] | select(.anonymous)] | length),
	unattributed_hedged_sentences: ($hedged - $attributed | length),
	references: (.references | length),
	references_linked: ([.references[] | select((.cited_by + .supports) | length > 0)] | length),
	covered_sentences: ($covered | length),
	note_coverage: share($covered | length; $n)
}
