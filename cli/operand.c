/*
 * Telling operands apart. Anything that looks like a number is judged as one,
 * so "4041", "-1" and "099" are usage errors rather than unknown phrases: the
 * user meant a code and should learn that it cannot be one.
 */
#include "operand.h"

#include <string.h>

#include "httpstatus.h"

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int all_digits(const char *s)
{
    if (*s == '\0')
        return 0;
    for (; *s != '\0'; s++) {
        if (!is_digit(*s))
            return 0;
    }
    return 1;
}

static int looks_numeric(const char *arg)
{
    return all_digits(arg[0] == '-' || arg[0] == '+' ? arg + 1 : arg);
}

static int is_class_pattern(const char *arg)
{
    return is_digit(arg[0]) && (arg[1] == 'x' || arg[1] == 'X') &&
           (arg[2] == 'x' || arg[2] == 'X') && arg[3] == '\0';
}

static int text_code(const char *arg, unsigned which)
{
    size_t len = strlen(arg);
    int code = http_status_from_reason_n(arg, len, which);
    return code != 0 ? code : http_status_from_name_n(arg, len, which);
}

struct operand operand_classify(const char *arg, unsigned which)
{
    struct operand op;

    if (looks_numeric(arg)) {
        /* Exactly three digits, so the value cannot overflow an int. */
        int code = 0;
        if (strlen(arg) == 3 && all_digits(arg))
            code = (arg[0] - '0') * 100 + (arg[1] - '0') * 10 + (arg[2] - '0');
        op.kind = http_status_is_valid(code) ? OPERAND_CODE : OPERAND_BAD_CODE;
        op.value = code;
    } else if (is_class_pattern(arg)) {
        int digit = arg[0] - '0';
        op.kind = digit >= 1 && digit <= 5 ? OPERAND_CLASS : OPERAND_BAD_CLASS;
        op.value = digit;
    } else {
        op.kind = OPERAND_TEXT;
        op.value = text_code(arg, which);
    }
    return op;
}
