# Scores link-sources output on the briefs of testdata/briefs (records
# that carry their "gold" beside the filters' keys) and prints one JSON
# object of counts and figures.  Used by bench/eval-briefs and by
# tests/52-link-sources-briefs.bats; slurp the records: jq -s -f.
#
# Sources: a gold mention is found when a system mention overlaps it; a
# gold source is found when one of its mentions is, and is then paired
# with the system source of its first found mention.  Kind, anonymity and
# affiliation are scored on the paired sources; merging as pairs of found
# mentions (same gold source and same system source).  Links: pairs (note
# or bullet, body sentence), a gold note matched to the system reference
# whose text overlaps it, a gold sentence to the system sentence holding
# its start; the system's pairs are each reference's cited_by and
# supports.

def overlaps($a; $b): $a[0] < $b[1] and $b[0] < $a[1];
def span: [.start, .end];
def norm: ascii_downcase | sub("^the "; "");
def ratio($n; $d): if $d == 0 then null else ($n / $d * 1000 | round / 10) end;
def f1($p; $r): if $p == null or $r == null or ($p + $r) == 0 then null
                else (2 * $p * $r / ($p + $r) * 10 | round / 10) end;

# [gold source index, gold mention, system source or null] per gold mention
def found_mentions:
  . as $r
  | [ $r.gold.sources | to_entries[] | .key as $g | .value.mentions[] as $m
      | [$g, $m, first($r.sources[]? | select(any(.mentions[]; overlaps(span; $m))))] ];

def score_sources:
  . as $r | found_mentions as $fm
  | [ $r.gold.sources | to_entries[] | .key as $g | .value as $gs
      | first($fm[] | select(.[0] == $g and .[2] != null) | .[2]) as $s
      | {gold: $gs, sys: $s} ] as $pairs
  | [ $fm[] | select(.[2] != null) ] as $hit
  | [ range(0; $hit | length) as $i | range($i + 1; $hit | length) as $j
      | [$hit[$i], $hit[$j]] | {same_gold: (.[0][0] == .[1][0]), same_sys: (.[0][2].id == .[1][2].id)} ] as $mp
  | { gold_sources: ($r.gold.sources | length),
      sys_sources: ($r.sources | length),
      found: ($pairs | length),
      sys_true: ([ $r.sources[] | select(any(.mentions[] as $sm | $r.gold.sources[].mentions[] | overlaps($sm | span; .); .)) ] | length),
      kind_right: ([ $pairs[] | select(.sys.kind == .gold.kind) ] | length),
      anon_right: ([ $pairs[] | select(.sys.anonymous == .gold.anonymous) ] | length),
      gold_anon: ([ $pairs[] | select(.gold.anonymous) ] | length),
      anon_found: ([ $pairs[] | select(.gold.anonymous and .sys.anonymous) ] | length),
      gold_aff: ([ $pairs[] | select(.gold.affiliation != null) ] | length),
      aff_right: ([ $pairs[] | select(.gold.affiliation != null and (.sys.affiliation // "" | norm) == (.gold.affiliation | norm)) ] | length),
      merge_gold: ([ $mp[] | select(.same_gold) ] | length),
      merge_sys: ([ $mp[] | select(.same_sys) ] | length),
      merge_both: ([ $mp[] | select(.same_gold and .same_sys) ] | length),
      wrong: [ $pairs[] | select(.sys.kind != .gold.kind or .sys.anonymous != .gold.anonymous)
               | "\($r.id): \($r.text[.gold.mentions[0][0]:.gold.mentions[0][1]]) gold \(.gold.kind)\(if .gold.anonymous then "/anon" else "" end) got \(.sys.kind)\(if .sys.anonymous then "/anon" else "" end)" ] };

def sentence_at($p): . as $r | first($r.sentences | to_entries[] | select(.value.start <= $p and $p < .value.end) | .key);

def score_links:
  . as $r
  | [ $r.gold.links[] | .ref as $g
      | (first($r.references | to_entries[] | select(overlaps(.value.text | span; $g)) | .key) // -1) as $k
      | .sentences[] | .[0] as $p | [$k, ($r | sentence_at($p))] ] as $gold
  | [ $r.references | to_entries[] | .key as $k
      | ((.value.cited_by[]?), (.value.supports[]? | .sentence)) | [$k, .] ] | unique as $sys
  | { gold_links: ($gold | unique | length), sys_links: ($sys | length),
      links_right: ([ $gold | unique | .[] | select(. as $x | $sys | index([$x])) ] | length) };

def totals: reduce .[] as $x ({}; reduce ($x | to_entries[] | select(.value | type == "number")) as $e (.; .[$e.key] += $e.value));

[ .[] | (score_sources + score_links) + {id} ] as $per
| if $ENV.NF_BRIEFS_PER == "1" then ($per[] | del(.wrong) | debug) else . end
| ($per | totals) as $t
| $t + {
    briefs: ($per | length),
    source_recall: ratio($t.found; $t.gold_sources),
    source_precision: ratio($t.sys_true; $t.sys_sources),
    kind_accuracy: ratio($t.kind_right; $t.found),
    anonymous_accuracy: ratio($t.anon_right; $t.found),
    anonymous_recall: ratio($t.anon_found; $t.gold_anon),
    affiliation_accuracy: ratio($t.aff_right; $t.gold_aff),
    merge_precision: ratio($t.merge_both; $t.merge_sys),
    merge_recall: ratio($t.merge_both; $t.merge_gold),
    link_precision: ratio($t.links_right; $t.sys_links),
    link_recall: ratio($t.links_right; $t.gold_links),
    wrong: [ $per[].wrong[] ] }
| . + { merge_f1: f1(.merge_precision; .merge_recall), link_f1: f1(.link_precision; .link_recall) }
