/*
 * The stable names the tool prints for the library's enums and flags. JSON
 * consumers depend on them, so they are spelled once, here.
 */
#ifndef HTTPSTATUS_CLI_NAMES_H
#define HTTPSTATUS_CLI_NAMES_H

#include <stddef.h>

#include "httpstatus.h"

/* "informational", "successful", "redirection", "client-error",
 * "server-error"; "none" for any other value. */
const char *class_slug(enum http_status_class cls);

/* "permanent", "temporary", "unused", "obsoleted", "unregistered";
 * "none" for any other value. */
const char *registration_slug(enum http_status_registration registration);

/* The names of the flags set in flags, in bit order: start with *i = 0 and
 * call until it returns NULL. */
const char *flag_at(unsigned flags, unsigned *i);

#endif
