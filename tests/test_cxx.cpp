// The public header compiles as C++ and links against the C library: the
// extern "C" block, the enums and the X-macros all work from C++.
#include "httpstatus.h"

#include <cstdio>
#include <cstring>

namespace {

int passes = 0, failures = 0;

void check(bool ok, const char *what)
{
    if (ok) {
        ++passes;
    } else {
        std::printf("FAILED: %s\n", what);
        ++failures;
    }
}

struct Row {
    int code;
    const char *reason;
};

const Row rows[] = {
#define XX(c, n, r) {c, r},
    HTTPSTATUS_MAP(XX)
#undef XX
};

}  // namespace

int main()
{
    check(std::strcmp(http_status_reason(HTTPSTATUS_NOT_FOUND), "Not Found") == 0,
          "reason of 404");
    check(http_status_class(HTTPSTATUS_OK) == HTTPSTATUS_CLASS_SUCCESSFUL, "class of 200");
    check(http_status_header_level(405, HTTPSTATUS_FIELD_ALLOW) ==
              (HTTPSTATUS_HAS_RULES ? HTTPSTATUS_LEVEL_MUST : HTTPSTATUS_LEVEL_NONE),
          "405 Allow");
    check(sizeof rows / sizeof rows[0] == HTTPSTATUS_REGISTRY_COUNT, "map size");
    for (const Row &row : rows) {
        const char *reason = http_status_reason(row.code);
        check(reason ? std::strcmp(reason, row.reason) == 0 : *row.reason == '\0',
              "map phrase matches http_status_reason");
    }
    http_status_info info;
    check(http_status_lookup(404, HTTPSTATUS_REGISTRY, &info) == 1, "lookup 404");
    check(info.cls == HTTPSTATUS_CLASS_CLIENT_ERROR, "class in record");
    std::printf("%d passed, %d failed\n", passes, failures);
    return failures ? 1 : 0;
}
