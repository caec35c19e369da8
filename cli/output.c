#include "output.h"

#include <stdio.h>

#include "json.h"
#include "text.h"

void output_begin(struct output *out, const struct options *opt, int array)
{
    out->opt = opt;
    out->array = opt->json && array;
    out->items = 0;
    out->blocks = 0;
    out->in_list = 0;
    if (out->array)
        fputs("[", stdout);
}

static void json_item(struct output *out, const struct record *rec)
{
    if (out->array)
        fputs(out->items > 0 ? ",\n  " : "\n  ", stdout);
    json_record(stdout, rec);
    out->items++;
}

static void start_text_answer(struct output *out)
{
    if (out->blocks > 0)
        fputc('\n', stdout);
    out->blocks++;
}

void output_record(struct output *out, const struct record *rec)
{
    out->in_list = 0;
    if (out->opt->json) {
        json_item(out, rec);
        return;
    }
    start_text_answer(out);
    text_record(stdout, rec, out->opt->colour);
}

void output_list_begin(struct output *out)
{
    out->in_list = 0;
}

void output_entry(struct output *out, const struct record *rec)
{
    if (out->opt->json) {
        json_item(out, rec);
        return;
    }
    if (!out->in_list)
        start_text_answer(out);
    out->in_list = 1;
    text_entry(stdout, rec);
}

void output_end(struct output *out)
{
    if (!out->opt->json)
        return;
    if (out->array)
        fputs(out->items > 0 ? "\n]\n" : "]\n", stdout);
    else if (out->items == 0)
        fputs("null\n", stdout);
    else
        fputc('\n', stdout);
}
