/*
 * The default lexicons and models built into every binary (the files of
 * data/, included by the assembler with .incbin: tools/embed-asm).  Each
 * is NUL-terminated; _len excludes the NUL.
 */
#ifndef NF_DATA_H
#define NF_DATA_H

#include <stddef.h>

extern const unsigned char nf_data_abbreviations[];
extern const size_t nf_data_abbreviations_len;
extern const unsigned char nf_data_sentence_starters[];
extern const size_t nf_data_sentence_starters_len;

extern const unsigned char nf_data_closings[];
extern const size_t nf_data_closings_len;

extern const unsigned char nf_data_entity_conventions[];
extern const size_t nf_data_entity_conventions_len;
extern const unsigned char nf_data_entities_model[];
extern const size_t nf_data_entities_model_len;

extern const unsigned char nf_data_hedge_cues[];
extern const size_t nf_data_hedge_cues_len;
extern const unsigned char nf_data_hedge_patterns[];
extern const size_t nf_data_hedge_patterns_len;
extern const unsigned char nf_data_hedge_model[];
extern const size_t nf_data_hedge_model_len;

extern const unsigned char nf_data_source_cues[];
extern const size_t nf_data_source_cues_len;
extern const unsigned char nf_data_clause_openers[];
extern const size_t nf_data_clause_openers_len;
extern const unsigned char nf_data_nominal_cues[];
extern const size_t nf_data_nominal_cues_len;
extern const unsigned char nf_data_source_kinds[];
extern const size_t nf_data_source_kinds_len;
extern const unsigned char nf_data_sources_model[];
extern const size_t nf_data_sources_model_len;

extern const unsigned char nf_data_pos_model[];
extern const size_t nf_data_pos_model_len;

extern const unsigned char nf_data_dep_model[];
extern const size_t nf_data_dep_model_len;

#endif
