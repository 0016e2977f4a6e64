#ifndef CS_SIMDJSON_H
#define CS_SIMDJSON_H

/* A small C interface to simdjson (Debian libsimdjson-dev, C++), so Swift can parse a
 * journal line without Foundation: one call parses a JSON text into a flat list of
 * tokens in document order, with every string unescaped into one byte buffer. */

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum cs_kind {
    CS_NULL = 0, CS_FALSE = 1, CS_TRUE = 2, CS_NUMBER = 3, CS_STRING = 4,
    CS_OBJECT = 5, CS_ARRAY = 6, CS_KEY = 7
};

/* An object or array token is followed by its `count` members; an object member is a
 * CS_KEY token then the value. A string or key is `length` bytes at `offset` of the
 * string buffer. */
typedef struct {
    uint8_t kind;
    uint32_t count;
    uint32_t offset;
    uint32_t length;
    double number;
} cs_token;

typedef struct cs_parser cs_parser;

cs_parser *cs_parser_new(void);
void cs_parser_free(cs_parser *parser);

/* 0 on success; otherwise simdjson's error code (the tokens are then unset). The
 * results stay valid until the next call with the same parser. */
int cs_parse(cs_parser *parser, const uint8_t *bytes, size_t length,
             const cs_token **tokens, size_t *count, const uint8_t **strings);

/* simdjson's words for an error code. */
const char *cs_error_message(int code);

#ifdef __cplusplus
}
#endif

#endif
