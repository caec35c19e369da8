/*
 * libFuzzer target: the httpstatus command's argument handling. The input
 * is split at NUL bytes into argv[1..], and the command's main runs on it
 * (its stdout goes to /dev/null). Any crash, leak or undefined behaviour in
 * option parsing, operand classification, search or output is a finding.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);
int httpstatus_cli_main(int argc, char **argv); /* cli/main.c's main */

#define MAX_ARGS 16

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    if (freopen("/dev/null", "w", stdout) == NULL)
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    char *args[MAX_ARGS + 2];
    int argc = 1;
    size_t i, start = 0;

    if (text == NULL)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    args[0] = (char *)"httpstatus";
    for (i = 0; i <= size && argc <= MAX_ARGS; i++) {
        if (i == size || text[i] == '\0') {
            text[i] = '\0';
            args[argc++] = text + start;
            start = i + 1;
        }
    }
    args[argc] = NULL;
    (void)httpstatus_cli_main(argc, args);
    free(text);
    return 0;
}
