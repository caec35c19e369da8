#!/usr/bin/env python3
"""Turns the C blocks of README.md into a test program.

    readme_snippets.py README.md OUT.c

Each ```c block becomes the body of a function of its own, so that every
snippet must compile against the real header. A statement followed by a
comment that starts with a value states what the statement returns:

    http_status_reason(404);              /* "Not Found" */
    http_status_line(buf, 64, 600);       /* 0, buf == "" */

The first value (a string literal, NULL, an integer or an HTTPSTATUS_
constant) is compared with the statement's value (for `x = f();` and
`T x = f();`, with x), and every `name == value` later in the comment is
compared too. Any other comment is prose. The program prints one line per
failed comparison, with its README line, and exits 1 if there was one.
"""
import re
import sys

VALUE = r'''"(?:[^"\\]|\\.)*"|NULL|-?\d+|HTTPSTATUS_[A-Z0-9_]+'''
STATEMENT = re.compile(r'^(?P<code>.*;)\s*/\*\s*(?P<comment>.*?)\s*\*/\s*$')
FIRST = re.compile(r'^(?P<value>' + VALUE + r')(?![\w"])')
CLAUSE = re.compile(r'(?P<lhs>[A-Za-z_][\w.\[\]]*)\s*==\s*(?P<value>' + VALUE + r')(?![\w"])')
ASSIGN = re.compile(r'^(?:[\w\s\*]*?\s+\**)?(?P<name>[A-Za-z_]\w*)\s*=\s*(?P<rhs>[^=].*);$')

# What every snippet may use without declaring it.
PRELUDE = """\
    int code = 404;
    const char *buf = "HTTP/1.1 200 OK\\r\\n";
    size_t len = 17;
    (void)code; (void)buf; (void)len;
"""


def c_string(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'


def check(line, expr, value):
    what = c_string(expr)
    if value.startswith('"'):
        return 'check_string(%d, %s, (%s), %s);' % (line, what, expr, value)
    if value == 'NULL':
        return 'check_null(%d, %s, (const void *)(%s));' % (line, what, expr)
    return 'check_int(%d, %s, (long long)(%s), (long long)(%s));' % (line, what, expr, value)


def convert(readme):
    blocks, block, start = [], None, 0
    for number, text in enumerate(readme.splitlines(), 1):
        if block is None:
            if text.strip() == '```c':
                block, start = [], number
        elif text.strip() == '```':
            blocks.append((start, block))
            block = None
        else:
            block.append((number, text))
    if block is not None:
        sys.exit('README.md:%d: a ```c block is not closed' % start)

    out = ['/* Generated from README.md by tests/readme_snippets.py. */',
           '#include <assert.h>', '#include <stdio.h>', '#include <stdlib.h>',
           '#include <string.h>', '', '#include "httpstatus.h"', '',
           'static int checked, failed;', '',
           'static void check_int(int line, const char *what, long long got, long long want)',
           '{', '    checked++;', '    if (got != want) {',
           '        printf("README.md:%d: %s is %lld, the comment says %lld\\n", line, what, got, want);',
           '        failed++;', '    }', '}', '',
           'static void check_string(int line, const char *what, const char *got, const char *want)',
           '{', '    checked++;', '    if (got == NULL || strcmp(got, want) != 0) {',
           '        printf("README.md:%d: %s is \\"%s\\", the comment says \\"%s\\"\\n", line, what,',
           '               got ? got : "(null)", want);', '        failed++;', '    }', '}', '',
           'static void check_null(int line, const char *what, const void *got)',
           '{', '    checked++;', '    if (got != NULL) {',
           '        printf("README.md:%d: %s is not NULL, as the comment says\\n", line, what);',
           '        failed++;', '    }', '}', '']
    functions = []
    for index, (start, lines) in enumerate(blocks):
        name = 'snippet_line_%d' % start
        functions.append(name)
        out.append('/* README.md, line %d */' % start)
        out.append('static const char *%s(void)' % name)
        out.append('{')
        out.append(PRELUDE.rstrip('\n'))
        # One line out for each README line, so that a single #line maps
        # them all (and no compiler sees a #line between a for and its body).
        out.append('    {')  # the snippet in a block of its own, so nothing after it
        out.append('#line %d "README.md"' % lines[0][0] if lines else '')
        for number, text in lines:
            if text.strip().startswith('#include'):
                out.append('')  # at the top already
                continue
            if text.strip().startswith('#'):
                out.append(text)  # macros: #define, #undef
                continue
            m = STATEMENT.match(text.strip())
            checks = []
            if m:
                code, comment = m.group('code'), m.group('comment')
                first = FIRST.match(comment)
                assign = ASSIGN.match(code)
                if first:
                    subject = assign.group('name') if assign else code[:-1]
                    if assign is None:  # the value is the statement itself
                        text = ''
                    checks.append(check(number, subject, first.group('value')))
                for clause in CLAUSE.finditer(comment):
                    checks.append(check(number, clause.group('lhs'), clause.group('value')))
            out.append(' '.join([text] + checks) if text else '    ' + ' '.join(checks))
        out.append('    }')
        out.append('    return NULL;')
        out.append('}')
        out.append('')
    out.append('int main(void)')
    out.append('{')
    for name in functions:
        out.append('    (void)%s();' % name)
    out.append('    printf("README snippets: %d blocks, %d values checked\\n", ' +
               str(len(functions)) + ', checked);')
    out.append('    printf("%d passed, %d failed\\n", checked - failed, failed);')
    out.append('    return failed != 0 || checked == 0;')
    out.append('}')
    return '\n'.join(out) + '\n'


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: readme_snippets.py README.md OUT.c')
    with open(sys.argv[1], encoding='utf-8') as f:
        text = convert(f.read())
    with open(sys.argv[2], 'w', encoding='utf-8') as f:
        f.write(text)


if __name__ == '__main__':
    main()
