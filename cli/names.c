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
    switch (registration) {
    case HTTPSTATUS_REG_PERMANENT: return "permanent";
    case HTTPSTATUS_REG_TEMPORARY: return "temporary";
    case HTTPSTATUS_REG_UNUSED: return "unused";
    case HTTPSTATUS_REG_OBSOLETED: return "obsoleted";
    case HTTPSTATUS_REG_UNREGISTERED: return "unregistered";
    case HTTPSTATUS_REG_NONE: break;
    }
    return "none";
}

const struct flag_name flag_names[] = {
    {HTTPSTATUS_FLAG_INTERIM, "interim"},
    {HTTPSTATUS_FLAG_CONTENT_FORBIDDEN, "content-forbidden"},
    {HTTPSTATUS_FLAG_CACHEABLE, "cacheable"},
    {HTTPSTATUS_FLAG_METHOD_PRESERVING, "method-preserving"},
    {HTTPSTATUS_FLAG_METHOD_TO_GET, "method-to-get"},
    {HTTPSTATUS_FLAG_METHOD_MAY_CHANGE, "method-may-change"},
    {HTTPSTATUS_FLAG_RETRYABLE, "retryable"},
};
const size_t flag_name_count = sizeof flag_names / sizeof flag_names[0];
