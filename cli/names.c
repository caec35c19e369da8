/* Names of classes, registrations and flags, as the manual lists them. */
#include "names.h"

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
