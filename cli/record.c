/* A code's row as the command shows it, and the stable names it prints for
 * the library's enums and flags. */
#include "record.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Today's date in UTC as "YYYY-MM-DD", which compares as a string with the
 * table's dates; read afresh each time, for a server that runs for days. */
static const char *today(void)
{
    static char date[16];
    const char *epoch;
    time_t now;
    struct tm *tm;
    now = time(NULL);
    epoch = getenv("SOURCE_DATE_EPOCH");
    if (epoch != NULL && epoch[0] >= '0' && epoch[0] <= '9') {
        char *end;
        long long seconds = strtoll(epoch, &end, 10);
        if (*end == '\0')
            now = (time_t)seconds;
    }
    tm = gmtime(&now);
    if (tm == NULL || strftime(date, sizeof date, "%Y-%m-%d", tm) != 10)
        strcpy(date, "0000-00-00"); /* no date: nothing counts as expired */
    return date;
}

int record_fetch(struct record *rec, int code, unsigned which, const char *lang)
{
    if (!http_status_lookup(code, which, &rec->info))
        return 0;
    rec->which = which;
    rec->expired = rec->info.registration == HTTPSTATUS_REG_TEMPORARY &&
                   rec->info.expires != NULL && strcmp(today(), rec->info.expires) > 0;
    rec->description = http_status_description_in(code, which, lang);
    /* The language was checked when it was given, and the row exists, so
     * this is only a guard against a library that answers otherwise. */
    if (rec->description == NULL)
        rec->description = rec->info.description;
    return 1;
}

const char *class_slug(enum http_status_class cls)
{
    switch (cls) {
#define XX(value, name, title, slug) case HTTPSTATUS_CLASS_##name: return slug;
    HTTPSTATUS_CLASS_MAP(XX)
#undef XX
    case HTTPSTATUS_CLASS_NONE: break;
    }
    return "none";
}

const char *registration_slug(enum http_status_registration registration)
{
    const char *name = http_status_registration_name(registration);
    return name ? name : "none";
}

const char *flag_at(unsigned flags, unsigned *i)
{
    for (; *i < 32u; ++*i) {
        unsigned bit = 1u << *i;
        if ((flags & bit) && http_status_flag_name(bit)) {
            ++*i;
            return http_status_flag_name(bit);
        }
    }
    return NULL;
}
