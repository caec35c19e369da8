/*
 * The shape of what goes to stdout. In text, answers are separated by a
 * blank line; in JSON, one answer is one object and several are one array,
 * so that stdout always holds exactly one JSON document.
 */
#ifndef HTTPSTATUS_CLI_OUTPUT_H
#define HTTPSTATUS_CLI_OUTPUT_H

#include <stddef.h>

#include "options.h"
#include "record.h"

struct output {
    const struct options *opt;
    int array;     /* JSON: the answers go into one array */
    size_t items;  /* JSON objects written so far */
    size_t blocks; /* text answers written so far */
    int in_list;   /* the last thing written was a listing line */
};

/* array: whether the JSON answer is an array (several answers, a listing,
 * a search) or a single object (one code). */
void output_begin(struct output *out, const struct options *opt, int array);

/* One code, in full: its own answer. */
void output_record(struct output *out, const struct record *rec);

/* The next listing opens a new answer (a blank line before it in text). */
void output_list_begin(struct output *out);

/* One line of a listing; in JSON, the full object all the same. */
void output_entry(struct output *out, const struct record *rec);

/* Closes the JSON array; a single answer that found nothing is null. */
void output_end(struct output *out);

#endif
