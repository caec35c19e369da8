// A C++ program whose C part is httpstatus.c, compiled as C.
#include <cstdio>
#include <cstring>

#include "httpstatus.h"

int main()
{
    const char *reason = http_status_reason(HTTPSTATUS_PERMANENT_REDIRECT);
    if (reason == nullptr || std::strcmp(reason, "Permanent Redirect") != 0)
        return 1;
    std::printf("c++ consumer: 308 %s\n", reason);
    return 0;
}
