/*
 * A quick parse of the common record.  jansson reads a record one byte at
 * a time through its stream, checking each byte's UTF-8 on its own: for a
 * record of news text that is most of what a fast filter spends per byte.
 * Records are nearly always one object of plain members with one long
 * string, so this parser reads such an object eight bytes at a time and
 * builds the same jansson values jansson would.  It never decides a
 * reject: anything it is not sure of (bad JSON, a duplicate key, a number
 * strtoll or strtod refuses, a NUL in a key, deep nesting, a top-level
 * value that is not an object) gives NULL, and the caller then parses the
 * line with json_loadb, whose answer and messages stand.  Whatever it does
 * accept, json_loadb with JSON_DECODE_ANY | JSON_REJECT_DUPLICATES |
 * JSON_ALLOW_NUL accepts too, as the same values in the same order.
 */
#ifndef NF_JSONLOAD_H
#define NF_JSONLOAD_H

#include <jansson.h>
#include <stddef.h>

#include "buf.h"

/*
 * Parses the JSON object p[0..n) (no white space around it needed).
 * tmp is scratch for strings with escapes, kept between calls.  Returns
 * a new reference, or NULL when json_loadb must decide.
 */
json_t *nf_json_load_object(const char *p, size_t n, struct nf_buf *tmp);

#endif
