/*
 * Search ranks a record by the weakest field it needs to cover all the
 * words: "not found" matches 404's phrase, so 404 comes before the codes
 * whose descriptions merely mention a resource not being found.
 */
#include "search.h"

static char ascii_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Whether needle occurs in haystack, ASCII case-insensitively; other bytes
 * compare exactly, so UTF-8 words match UTF-8 text. NULL has nothing. */
static int contains(const char *haystack, const char *needle)
{
    const char *start;
    if (haystack == NULL)
        return 0;
    for (start = haystack;; start++) {
        const char *h = start, *n = needle;
        while (*n != '\0' && ascii_lower(*h) == ascii_lower(*n))
            h++, n++;
        if (*n == '\0')
            return 1;
        if (*start == '\0')
            return 0;
    }
}

/* The best field one word occurs in. */
static enum search_rank word_rank(const struct record *rec, const char *word)
{
    const http_status_info *info = &rec->info;
    if (contains(info->reason, word) || contains(info->name, word))
        return SEARCH_TITLE;
    {
        unsigned i;
        for (i = 0; i < info->alias_count; i++)
            if (contains(http_status_alias_at(info->code, rec->which, i), word))
                return SEARCH_ALIAS;
    }
    /* English always counts, so "retry" finds 503 under --lang ko too. */
    if (contains(info->description, word) || contains(rec->description, word))
        return SEARCH_DESCRIPTION;
    return SEARCH_NONE;
}

enum search_rank search_rank(const struct record *rec, const char *const *words,
                             size_t count)
{
    enum search_rank worst = SEARCH_TITLE;
    size_t i;
    for (i = 0; i < count; i++) {
        enum search_rank rank = word_rank(rec, words[i]);
        if (rank == SEARCH_NONE)
            return SEARCH_NONE;
        if (rank > worst)
            worst = rank;
    }
    return worst;
}
