/*
 * The reference pages httpstatus-server serves: an index of every code at
 * /, and the whole record of one code at /codes/{code}, in English or
 * Korean, written from the library's table and nothing else.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_SERVER_PAGES_H
#define HTTPSTATUS_SERVER_PAGES_H

#include <stddef.h>

#define PAGE_MAX ((size_t)256 * 1024) /* the largest page, the Korean index, takes about 90 KB */

/* Whether path[0..len) is one of the pages: "/" or "/codes/...". */
int page_is_page(const char *path, size_t len);

/*
 * Writes the HTML page for path[0..len), with the query's q= (a search
 * over phrase, name, former phrases and description, as the httpstatus
 * command's) and lang= (ko), into buf. lang is the language the request
 * prefers by Accept-Language ("ko"), or NULL; ?lang= overrides it. Returns
 * the status of the page: 200, or 404 for a code without a row (its page
 * says so); *len is the page's length, 0 when it does not fit in size.
 */
int page_write(char *buf, size_t size, size_t *len, const char *path, size_t path_len,
               const char *query, size_t query_len, const char *lang);

#endif
