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
 * CS_KEY token then the value. `span` is the number of tokens the value takes, itself
 * included, so a reader can step over a member without walking it. A string or key is
 * `length` bytes at `offset` of the string buffer. An object whose keys rise strictly
 * in byte order (as the journal writes them) has `number` 1, any other object 0. The field
 * order is the one Swift's `JSONToken` declares: the Swift side reads these tokens in place. */
typedef struct {
    double number;
    uint32_t count;
    uint32_t offset;
    uint32_t length;
    uint32_t span;
    uint8_t kind;
} cs_token;

typedef struct cs_parser cs_parser;

cs_parser *cs_parser_new(void);
void cs_parser_free(cs_parser *parser);

/* The bytes simdjson may read past the end of a text (SIMDJSON_PADDING). */
size_t cs_padding(void);

/* 0 on success; otherwise simdjson's error code (the tokens are then unset). The
 * results stay valid until the next call with the same parser. `bytes` must stay
 * readable for `cs_padding()` bytes past `length` (their values do not matter): a whole
 * chunk of lines is padded once and each line parsed where it lies. */
int cs_parse(cs_parser *parser, const uint8_t *bytes, size_t length,
             const cs_token **tokens, size_t *count, const uint8_t **strings, size_t *strings_length);

/* simdjson's words for an error code. */
const char *cs_error_message(int code);

#ifdef __cplusplus
}
#endif

#endif
