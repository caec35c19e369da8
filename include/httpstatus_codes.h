/* Generated from status.tsv by tools/gen_table.c. Do not edit: change the
 * files in data/ and run `cmake --build build --target regenerate`.
 * Include <httpstatus.h>, which includes this file. */
#ifndef HTTPSTATUS_CODES_H
#define HTTPSTATUS_CODES_H

/*
 * HTTPSTATUS_MAP(XX) expands XX(code, NAME, "Reason Phrase") once for
 * every code of the IANA HTTP Status Code Registry, in code order. The
 * reason is "" for the codes the registry marks (Unused): 306, 418.
 * HTTPSTATUS_UNOFFICIAL_MAP(XX) does the same for the widely used codes
 * that are not in the registry, with "" where the vendor publishes no
 * phrase (530); it is empty in a build with HTTPSTATUS_NO_UNOFFICIAL.
 */
#define HTTPSTATUS_MAP(XX) \
    XX(100, CONTINUE, "Continue") \
    XX(101, SWITCHING_PROTOCOLS, "Switching Protocols") \
    XX(102, PROCESSING, "Processing") \
    XX(103, EARLY_HINTS, "Early Hints") \
    XX(104, UPLOAD_RESUMPTION_SUPPORTED, "Upload Resumption Supported") \
    XX(200, OK, "OK") \
    XX(201, CREATED, "Created") \
    XX(202, ACCEPTED, "Accepted") \
    XX(203, NON_AUTHORITATIVE_INFORMATION, "Non-Authoritative Information") \
    XX(204, NO_CONTENT, "No Content") \
    XX(205, RESET_CONTENT, "Reset Content") \
    XX(206, PARTIAL_CONTENT, "Partial Content") \
    XX(207, MULTI_STATUS, "Multi-Status") \
    XX(208, ALREADY_REPORTED, "Already Reported") \
    XX(226, IM_USED, "IM Used") \
    XX(300, MULTIPLE_CHOICES, "Multiple Choices") \
    XX(301, MOVED_PERMANENTLY, "Moved Permanently") \
    XX(302, FOUND, "Found") \
    XX(303, SEE_OTHER, "See Other") \
    XX(304, NOT_MODIFIED, "Not Modified") \
    XX(305, USE_PROXY, "Use Proxy") \
    XX(306, UNUSED_306, "") \
    XX(307, TEMPORARY_REDIRECT, "Temporary Redirect") \
    XX(308, PERMANENT_REDIRECT, "Permanent Redirect") \
    XX(400, BAD_REQUEST, "Bad Request") \
    XX(401, UNAUTHORIZED, "Unauthorized") \
    XX(402, PAYMENT_REQUIRED, "Payment Required") \
    XX(403, FORBIDDEN, "Forbidden") \
    XX(404, NOT_FOUND, "Not Found") \
    XX(405, METHOD_NOT_ALLOWED, "Method Not Allowed") \
    XX(406, NOT_ACCEPTABLE, "Not Acceptable") \
    XX(407, PROXY_AUTHENTICATION_REQUIRED, "Proxy Authentication Required") \
    XX(408, REQUEST_TIMEOUT, "Request Timeout") \
    XX(409, CONFLICT, "Conflict") \
    XX(410, GONE, "Gone") \
    XX(411, LENGTH_REQUIRED, "Length Required") \
    XX(412, PRECONDITION_FAILED, "Precondition Failed") \
    XX(413, CONTENT_TOO_LARGE, "Content Too Large") \
    XX(414, URI_TOO_LONG, "URI Too Long") \
    XX(415, UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type") \
    XX(416, RANGE_NOT_SATISFIABLE, "Range Not Satisfiable") \
    XX(417, EXPECTATION_FAILED, "Expectation Failed") \
    XX(418, IM_A_TEAPOT, "") \
    XX(421, MISDIRECTED_REQUEST, "Misdirected Request") \
    XX(422, UNPROCESSABLE_CONTENT, "Unprocessable Content") \
    XX(423, LOCKED, "Locked") \
    XX(424, FAILED_DEPENDENCY, "Failed Dependency") \
    XX(425, TOO_EARLY, "Too Early") \
    XX(426, UPGRADE_REQUIRED, "Upgrade Required") \
    XX(428, PRECONDITION_REQUIRED, "Precondition Required") \
    XX(429, TOO_MANY_REQUESTS, "Too Many Requests") \
    XX(431, REQUEST_HEADER_FIELDS_TOO_LARGE, "Request Header Fields Too Large") \
    XX(451, UNAVAILABLE_FOR_LEGAL_REASONS, "Unavailable For Legal Reasons") \
    XX(500, INTERNAL_SERVER_ERROR, "Internal Server Error") \
    XX(501, NOT_IMPLEMENTED, "Not Implemented") \
    XX(502, BAD_GATEWAY, "Bad Gateway") \
    XX(503, SERVICE_UNAVAILABLE, "Service Unavailable") \
    XX(504, GATEWAY_TIMEOUT, "Gateway Timeout") \
    XX(505, HTTP_VERSION_NOT_SUPPORTED, "HTTP Version Not Supported") \
    XX(506, VARIANT_ALSO_NEGOTIATES, "Variant Also Negotiates") \
    XX(507, INSUFFICIENT_STORAGE, "Insufficient Storage") \
    XX(508, LOOP_DETECTED, "Loop Detected") \
    XX(510, NOT_EXTENDED, "Not Extended") \
    XX(511, NETWORK_AUTHENTICATION_REQUIRED, "Network Authentication Required") \
    /* end */

#if HTTPSTATUS_NO_UNOFFICIAL
#define HTTPSTATUS_UNOFFICIAL_MAP(XX)
#define HTTPSTATUS_UNOFFICIAL_COUNT 0
#else
#define HTTPSTATUS_UNOFFICIAL_MAP(XX) \
    XX(419, PAGE_EXPIRED, "Page Expired") \
    XX(440, LOGIN_TIMEOUT, "Login Timeout") \
    XX(444, NO_RESPONSE, "No Response") \
    XX(449, RETRY_WITH, "Retry With") \
    XX(494, REQUEST_HEADER_TOO_LARGE, "Request Header Too Large") \
    XX(495, SSL_CERTIFICATE_ERROR, "SSL Certificate Error") \
    XX(496, SSL_CERTIFICATE_REQUIRED, "SSL Certificate Required") \
    XX(497, HTTP_REQUEST_SENT_TO_HTTPS_PORT, "HTTP Request Sent to HTTPS Port") \
    XX(498, INVALID_TOKEN, "Invalid Token") \
    XX(499, CLIENT_CLOSED_REQUEST, "Client Closed Request") \
    XX(509, BANDWIDTH_LIMIT_EXCEEDED, "Bandwidth Limit Exceeded") \
    XX(520, WEB_SERVER_UNKNOWN_ERROR, "Web Server Returned an Unknown Error") \
    XX(521, WEB_SERVER_IS_DOWN, "Web Server Is Down") \
    XX(522, CONNECTION_TIMED_OUT, "Connection Timed Out") \
    XX(523, ORIGIN_IS_UNREACHABLE, "Origin Is Unreachable") \
    XX(524, TIMEOUT_OCCURRED, "A Timeout Occurred") \
    XX(525, SSL_HANDSHAKE_FAILED, "SSL Handshake Failed") \
    XX(526, INVALID_SSL_CERTIFICATE, "Invalid SSL Certificate") \
    XX(530, CLOUDFLARE_ERROR, "") \
    /* end */

#define HTTPSTATUS_UNOFFICIAL_COUNT 19
#endif

/* Number of rows in HTTPSTATUS_MAP. */
#define HTTPSTATUS_REGISTRY_COUNT 64

/*
 * HTTPSTATUS_FIELD_MAP(XX) expands XX(id, NAME, "Field-Name") for every
 * header field the table relates to a code (data/fields.tsv). The id is
 * the field's value in enum http_status_field; ids are never reused.
 */
#define HTTPSTATUS_FIELD_MAP(XX) \
    XX(1, ACCEPT_ENCODING, "Accept-Encoding") \
    XX(2, ALLOW, "Allow") \
    XX(3, CACHE_CONTROL, "Cache-Control") \
    XX(4, CONTENT_LENGTH, "Content-Length") \
    XX(5, CONTENT_LOCATION, "Content-Location") \
    XX(6, CONTENT_RANGE, "Content-Range") \
    XX(7, CONTENT_TYPE, "Content-Type") \
    XX(8, DATE, "Date") \
    XX(9, ETAG, "ETag") \
    XX(10, EXPIRES, "Expires") \
    XX(11, LINK, "Link") \
    XX(12, LOCATION, "Location") \
    XX(13, PROXY_AUTHENTICATE, "Proxy-Authenticate") \
    XX(14, RETRY_AFTER, "Retry-After") \
    XX(15, TRANSFER_ENCODING, "Transfer-Encoding") \
    XX(16, UPGRADE, "Upgrade") \
    XX(17, VARY, "Vary") \
    XX(18, WWW_AUTHENTICATE, "WWW-Authenticate") \
    XX(19, LAST_MODIFIED, "Last-Modified") \
    /* end */

/* The number of fields in the list, and the highest id given so far. */
#define HTTPSTATUS_FIELD_COUNT 19
#define HTTPSTATUS_FIELD_MAX_ID 19

/*
 * HTTPSTATUS_CLASS_MAP(XX) expands XX(value, NAME, "Title", "slug"):
 * the classes of enum http_status_class, as data/status.tsv spells them.
 */
#define HTTPSTATUS_CLASS_MAP(XX) \
    XX(1, INFORMATIONAL, "Informational", "informational") /* 1xx */ \
    XX(2, SUCCESSFUL, "Successful", "successful") /* 2xx */ \
    XX(3, REDIRECTION, "Redirection", "redirection") /* 3xx */ \
    XX(4, CLIENT_ERROR, "Client Error", "client-error") /* 4xx */ \
    XX(5, SERVER_ERROR, "Server Error", "server-error") /* 5xx */ \
    /* end */

/*
 * HTTPSTATUS_REGISTRATION_MAP(XX) expands XX(value, NAME, "name"):
 * the registration statuses of enum http_status_registration, as data/status.tsv spells them.
 */
#define HTTPSTATUS_REGISTRATION_MAP(XX) \
    XX(1, PERMANENT, "permanent") /* a permanent registration */ \
    XX(2, TEMPORARY, "temporary") /* registered until an expiry date */ \
    XX(3, UNUSED, "unused") /* reserved, no phrase: 306, 418 */ \
    XX(4, OBSOLETED, "obsoleted") /* still listed, not to be used: 510 */ \
    XX(5, UNREGISTERED, "unregistered") /* not in the registry; see origin */ \
    /* end */

/*
 * HTTPSTATUS_LEVEL_MAP(XX) expands XX(value, NAME, "NAME"):
 * the requirement levels of enum http_status_level, as data/status.tsv spells them.
 */
#define HTTPSTATUS_LEVEL_MAP(XX) \
    XX(1, MAY, "MAY") \
    XX(2, SHOULD, "SHOULD") \
    XX(3, MUST, "MUST") \
    XX(4, SHOULD_NOT, "SHOULD NOT") \
    XX(5, MUST_NOT, "MUST NOT") \
    /* end */

/*
 * HTTPSTATUS_FLAG_MAP(XX) expands XX(bit, NAME, "name"):
 * the flags of enum http_status_flag, as data/status.tsv spells them.
 */
#define HTTPSTATUS_FLAG_MAP(XX) \
    XX(0x01u, INTERIM, "interim") /* 1xx: a final response follows */ \
    XX(0x02u, CONTENT_FORBIDDEN, "content-forbidden") /* never has content: 1xx, 204, 205, 304 */ \
    XX(0x04u, CACHEABLE, "cacheable") /* heuristically cacheable by default */ \
    XX(0x08u, METHOD_PRESERVING, "method-preserving") /* a redirect keeps the method: 307, 308 */ \
    XX(0x10u, METHOD_TO_GET, "method-to-get") /* the follow-up is GET (HEAD stays HEAD): 303 */ \
    XX(0x20u, METHOD_MAY_CHANGE, "method-may-change") /* POST may become GET: 301, 302 */ \
    XX(0x40u, RETRYABLE, "retryable") /* the RFC lets the client repeat the request */ \
    /* end */

#endif /* HTTPSTATUS_CODES_H */
