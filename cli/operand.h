/* What an operand asks for: a code, a class, or a phrase or constant name. */
#ifndef HTTPSTATUS_CLI_OPERAND_H
#define HTTPSTATUS_CLI_OPERAND_H

enum operand_kind {
    OPERAND_CODE,      /* three digits, 100..599: value is the code */
    OPERAND_CLASS,     /* "4xx": value is the class digit, 1..5 */
    OPERAND_TEXT,      /* anything else: value is the code it names, 0 if none */
    OPERAND_BAD_CODE,  /* digits (with a sign, perhaps) that are no status code */
    OPERAND_BAD_CLASS  /* "9xx", "0xx" */
};

struct operand {
    enum operand_kind kind;
    int value;
};

/* Classifies arg; phrases and names are looked up among the rows `which`
 * selects. Any string is a valid argument. */
struct operand operand_classify(const char *arg, unsigned which);

#endif
