/* Records and listing lines laid out for a person. */
#ifndef HTTPSTATUS_CLI_TEXT_H
#define HTTPSTATUS_CLI_TEXT_H

#include <stdio.h>

#include "record.h"

/* The columns a description may take, indent included. */
#define TEXT_WIDTH 78

/* Everything the record holds: a header line, labelled facts, then the
 * description wrapped to TEXT_WIDTH. colour: bold header, dim labels. */
void text_record(FILE *f, const struct record *rec, int colour);

/* One line: "404  Not Found", with "  [nginx]" for a code outside the
 * registry and "(unused)" for a code without a phrase. */
void text_entry(FILE *f, const struct record *rec);

#endif
