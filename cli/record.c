#include "record.h"

int record_fetch(struct record *rec, int code, unsigned which, const char *lang)
{
    if (!http_status_lookup(code, which, &rec->info))
        return 0;
    rec->which = which;
    rec->description = http_status_description_in(code, which, lang);
    /* The language was checked when it was given, and the row exists, so
     * this is only a guard against a library that answers otherwise. */
    if (rec->description == NULL)
        rec->description = rec->info.description;
    return 1;
}
