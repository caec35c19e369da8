/* Names of classes, registrations and flags, as the manual lists them. */
#include "names.h"

const char *class_slug(enum http_status_class cls)
{
    switch (cls) {
    case HTTPSTATUS_CLASS_INFORMATIONAL: return "informational";
    case HTTPSTATUS_CLASS_SUCCESSFUL: return "successful";
    case HTTPSTATUS_CLASS_REDIRECTION: return "redirection";
    case HTTPSTATUS_CLASS_CLIENT_ERROR: return "client-error";
    case HTTPSTATUS_CLASS_SERVER_ERROR: return "server-error";
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
