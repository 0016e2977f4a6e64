// The C side of cs_simdjson.h: simdjson's DOM parser, walked once into tokens.
#include "cs_simdjson.h"

#include <simdjson.h>
#include <cstring>
#include <vector>

struct cs_parser {
    simdjson::dom::parser parser;
    std::vector<cs_token> tokens;
    // Texts are not copied: a token gives its text's place in the parser's own buffer of
    // unescaped strings, which lives until the next parse. `strings_end` is how far into
    // that buffer the texts reach.
    const uint8_t *strings_base = nullptr;
    size_t strings_end = 0;
};

namespace {

void add_string(cs_parser *p, std::string_view s, uint8_t kind) {
    cs_token t{};
    t.kind = kind;
    size_t offset = static_cast<size_t>(reinterpret_cast<const uint8_t *>(s.data()) - p->strings_base);
    t.offset = static_cast<uint32_t>(offset);
    t.length = static_cast<uint32_t>(s.size());
    t.span = 1;
    if (offset + s.size() > p->strings_end) p->strings_end = offset + s.size();
    p->tokens.push_back(t);
}

// Whether `a` sorts strictly before `b` byte by byte; adjacent keys mostly differ in their
// first byte, which decides without a call.
inline bool before(std::string_view a, std::string_view b) {
    if (!a.empty() && !b.empty() && a[0] != b[0]) return static_cast<uint8_t>(a[0]) < static_cast<uint8_t>(b[0]);
    int c = std::memcmp(a.data(), b.data(), a.size() < b.size() ? a.size() : b.size());
    return c < 0 || (c == 0 && a.size() < b.size());
}

void walk(cs_parser *p, simdjson::dom::element e) {
    cs_token t{};
    switch (e.type()) {
    case simdjson::dom::element_type::OBJECT: {
        simdjson::dom::object o = e.get_object().value_unsafe();
        size_t at = p->tokens.size();
        t.kind = CS_OBJECT;
        p->tokens.push_back(t);
        uint32_t n = 0;
        // Keys in strictly rising byte order are distinct and let a reader stop early;
        // told here, where each key is at hand, instead of by a pass of its own.
        bool rising = true;
        std::string_view previous;
        for (auto field : o) {
            if (n > 0 && rising) rising = before(previous, field.key);
            previous = field.key;
            add_string(p, field.key, CS_KEY);
            walk(p, field.value);
            n++;
        }
        p->tokens[at].number = rising ? 1 : 0;
        p->tokens[at].count = n;
        p->tokens[at].span = static_cast<uint32_t>(p->tokens.size() - at);
        return;
    }
    case simdjson::dom::element_type::ARRAY: {
        simdjson::dom::array a = e.get_array().value_unsafe();
        size_t at = p->tokens.size();
        t.kind = CS_ARRAY;
        p->tokens.push_back(t);
        uint32_t n = 0;
        for (auto item : a) {
            walk(p, item);
            n++;
        }
        p->tokens[at].count = n;
        p->tokens[at].span = static_cast<uint32_t>(p->tokens.size() - at);
        return;
    }
    case simdjson::dom::element_type::STRING:
        add_string(p, e.get_string().value_unsafe(), CS_STRING);
        return;
    case simdjson::dom::element_type::INT64:
        t.kind = CS_NUMBER;
        t.number = static_cast<double>(e.get_int64().value_unsafe());
        break;
    case simdjson::dom::element_type::UINT64:
        t.kind = CS_NUMBER;
        t.number = static_cast<double>(e.get_uint64().value_unsafe());
        break;
    case simdjson::dom::element_type::DOUBLE:
        t.kind = CS_NUMBER;
        t.number = e.get_double().value_unsafe();
        break;
    case simdjson::dom::element_type::BOOL:
        t.kind = e.get_bool().value_unsafe() ? CS_TRUE : CS_FALSE;
        break;
    case simdjson::dom::element_type::NULL_VALUE:
        t.kind = CS_NULL;
        break;
    }
    t.span = 1;
    p->tokens.push_back(t);
}

}  // namespace

extern "C" {

cs_parser *cs_parser_new(void) { return new (std::nothrow) cs_parser(); }

void cs_parser_free(cs_parser *parser) { delete parser; }

size_t cs_padding(void) { return simdjson::SIMDJSON_PADDING; }

int cs_parse(cs_parser *p, const uint8_t *bytes, size_t length, const cs_token **tokens, size_t *count,
             const uint8_t **strings, size_t *strings_length) {
    p->tokens.clear();
    p->strings_end = 0;
    // The caller guarantees the padding, so no line is copied: a copy per line was an
    // allocation per journal line.
    simdjson::dom::element root;
    auto error = p->parser.parse(bytes, length, false).get(root);
    if (error) return static_cast<int>(error);
    p->strings_base = p->parser.doc.string_buf.get();
    walk(p, root);
    *tokens = p->tokens.data();
    *count = p->tokens.size();
    *strings = p->strings_base;
    *strings_length = p->strings_end;
    return 0;
}

const char *cs_error_message(int code) { return simdjson::error_message(static_cast<simdjson::error_code>(code)); }

}
