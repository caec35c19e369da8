/* A program that uses httpstatus the way a project would: checks that the
 * header and the library it was linked with agree, and that they answer. */
#include <stdio.h>
#include <string.h>

#include <httpstatus.h>

int main(void)
{
    char line[64];
    if (strcmp(http_status_version(), HTTPSTATUS_VERSION) != 0) {
        fprintf(stderr, "header %s, library %s\n", HTTPSTATUS_VERSION, http_status_version());
        return 1;
    }
    if (http_status_line(line, sizeof line, HTTPSTATUS_NOT_FOUND) != 24 ||
        strcmp(line, "HTTP/1.1 404 Not Found\r\n") != 0 ||
        http_status_from_reason("Payload Too Large") != 413) {
        fprintf(stderr, "unexpected answers\n");
        return 1;
    }
    printf("consumer: %s", line);
    return 0;
}
