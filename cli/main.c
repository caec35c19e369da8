/*
 * httpstatus: look up HTTP status codes from the command line.
 *
 *     httpstatus 404            everything the table knows about 404
 *     httpstatus 4xx            the client errors, one a line
 *     httpstatus "not found"    a code by its phrase (or NOT_FOUND, its name)
 *     httpstatus search retry   codes that mention retrying, best match first
 *     curl -si URL | httpstatus lint    the response checked against the RFCs
 *     httpstatus reply 405 --header 'Allow: GET'   a whole response to send
 *
 * See docs/httpstatus.1. The operands are all checked before anything is
 * printed, so a usage error never leaves half an answer on stdout.
 */
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "httpstatus.h"
#include "lint.h"
#include "operand.h"
#include "options.h"
#include "output.h"
#include "record.h"
#include "reply.h"
#include "search.h"

/* "httpstatus search WORD..." is a search; the word "search" anywhere else
 * is an ordinary operand. */
static int is_search(const struct options *opt)
{
    return opt->operand_count > 0 && strcmp(opt->operands[0], "search") == 0;
}

/* Reports the first usage error among the operands; EXIT_ALL_FOUND if none. */
static int check_operands(const struct options *opt)
{
    struct shown shown;
    size_t i;

    if (opt->all) {
        if (opt->operand_count == 0)
            return EXIT_ALL_FOUND;
        diag("--all takes no operands, but got %s",
             shown_arg(&shown, opt->operands[0]));
        return EXIT_USAGE;
    }
    if (opt->operand_count == 0) {
        diag("no status code given (try --help)");
        return EXIT_USAGE;
    }
    if (is_search(opt)) {
        if (opt->operand_count < 2) {
            diag("search needs at least one word");
            return EXIT_USAGE;
        }
        for (i = 1; i < opt->operand_count; i++) {
            if (opt->operands[i][0] == '\0') {
                diag("search words cannot be empty");
                return EXIT_USAGE;
            }
        }
        return EXIT_ALL_FOUND;
    }
    for (i = 0; i < opt->operand_count; i++) {
        const char *arg = opt->operands[i];
        struct operand op = operand_classify(arg, opt->which);
        if (op.kind == OPERAND_BAD_CODE) {
            diag("not a status code: %s (codes are 100 to 599)", shown_arg(&shown, arg));
            return EXIT_USAGE;
        }
        if (op.kind == OPERAND_BAD_CLASS) {
            diag("no such class: %s (classes are 1xx to 5xx)", shown_arg(&shown, arg));
            return EXIT_USAGE;
        }
    }
    return EXIT_ALL_FOUND;
}

/* Every row in first..last, one entry each. */
static void list_codes(struct output *out, int first, int last)
{
    const struct options *opt = out->opt;
    int code;

    output_list_begin(out);
    for (code = http_status_next(first - 1, opt->which); code != 0 && code <= last;
         code = http_status_next(code, opt->which)) {
        struct record rec;
        if (record_fetch(&rec, code, opt->which, opt->lang))
            output_entry(out, &rec);
    }
}

/* Why a code in 100..599 has no row to show. */
static void explain_missing_code(const struct options *opt, int code)
{
    http_status_info info;
    if (!opt->unofficial && http_status_lookup(code, HTTPSTATUS_UNOFFICIAL, &info))
        diag("%d: not found (not in the registry; try --unofficial)", code);
    else
        diag("%d: not in the registry (class %s)", code,
             http_status_class_name(http_status_class(code)));
}

static int answer_code(struct output *out, int code)
{
    const struct options *opt = out->opt;
    struct record rec;
    if (!record_fetch(&rec, code, opt->which, opt->lang)) {
        explain_missing_code(opt, code);
        return EXIT_NOT_FOUND;
    }
    output_record(out, &rec);
    return EXIT_ALL_FOUND;
}

/* A phrase or name that matched nothing; it may name an unofficial code. */
static void explain_missing_text(const struct options *opt, const char *arg)
{
    struct shown shown;
    const char *hint = "";
    if (!opt->unofficial &&
        operand_classify(arg, HTTPSTATUS_ANY).value != 0)
        hint = " (not in the registry; try --unofficial)";
    diag("no status code has the phrase or name '%s'%s", shown_arg(&shown, arg), hint);
}

static int answer_operand(struct output *out, const char *arg)
{
    struct operand op = operand_classify(arg, out->opt->which);
    switch (op.kind) {
    case OPERAND_CODE:
        return answer_code(out, op.value);
    case OPERAND_CLASS:
        list_codes(out, op.value * 100, op.value * 100 + 99);
        return EXIT_ALL_FOUND;
    case OPERAND_TEXT:
        if (op.value != 0)
            return answer_code(out, op.value);
        explain_missing_text(out->opt, arg);
        return EXIT_NOT_FOUND;
    case OPERAND_BAD_CODE:
    case OPERAND_BAD_CLASS:
        break;
    }
    return EXIT_USAGE; /* check_operands() let no such operand through */
}

/* Lists the matches, best rank first and by code within a rank: one pass per
 * rank keeps that order without sorting or storing anything. */
static int run_search(struct output *out, const char *const *words, size_t count)
{
    const struct options *opt = out->opt;
    size_t found = 0;
    int rank;

    output_list_begin(out);
    for (rank = SEARCH_TITLE; rank <= SEARCH_DESCRIPTION; rank++) {
        int code;
        for (code = http_status_next(0, opt->which); code != 0;
             code = http_status_next(code, opt->which)) {
            struct record rec;
            if (record_fetch(&rec, code, opt->which, opt->lang) &&
                (int)search_rank(&rec, words, count) == rank) {
                output_entry(out, &rec);
                found++;
            }
        }
    }
    if (found == 0) {
        struct shown shown;
        diag("no status code matches '%s'", shown_words(&shown, words, count));
        return EXIT_NOT_FOUND;
    }
    return EXIT_ALL_FOUND;
}

/* A single code, phrase or name answers with one JSON object; anything that
 * can give several answers, with an array. */
static int answer_is_array(const struct options *opt)
{
    if (opt->all || is_search(opt) || opt->operand_count != 1)
        return 1;
    return operand_classify(opt->operands[0], opt->which).kind == OPERAND_CLASS;
}

static int run(const struct options *opt)
{
    struct output out;
    int status = EXIT_ALL_FOUND;
    size_t i;

    output_begin(&out, opt, answer_is_array(opt));
    if (opt->all) {
        list_codes(&out, 100, 599);
    } else if (is_search(opt)) {
        status = run_search(&out, opt->operands + 1, opt->operand_count - 1);
    } else {
        for (i = 0; i < opt->operand_count; i++) {
            int one = answer_operand(&out, opt->operands[i]);
            if (one > status)
                status = one;
        }
    }
    output_end(&out);
    return status;
}

/* A full disk must not pass for success. Like grep, 2 means trouble of any
 * kind, not only a bad command line. */
static int finish_stdout(int status)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        diag("cannot write to standard output");
        return EXIT_USAGE;
    }
    return status;
}

int main(int argc, char **argv)
{
    struct options opt;
    int status;

    if (argc > 1 && strcmp(argv[1], "lint") == 0)
        return finish_stdout(lint_main(argc - 1, argv + 1));
    if (argc > 1 && strcmp(argv[1], "reply") == 0)
        return finish_stdout(reply_main(argc - 1, argv + 1));
    status = options_parse(argc, argv, &opt);

    if (status == OPTIONS_CONTINUE) {
        status = check_operands(&opt);
        if (status == EXIT_ALL_FOUND)
            status = run(&opt);
    }
    options_free(&opt);
    return finish_stdout(status);
}
