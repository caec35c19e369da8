/* "httpstatus reply CODE": a whole response from http_status_reply(). */
#ifndef HTTPSTATUS_CLI_REPLY_H
#define HTTPSTATUS_CLI_REPLY_H

/* Runs the subcommand; argv[0] is "reply". Returns the exit status: 0 when
 * the response was written, 1 when the library refused it, 2 on a usage
 * error. */
int reply_main(int argc, char **argv);

#endif
