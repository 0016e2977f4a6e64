import CSimdjson
import LagesbildCore

/// Parses one JSON text with simdjson into a `JSONValue`. A parser holds simdjson's buffers
/// and is used by one thread at a time: each decoding thread keeps its own.
final class SimdJSONParser {
    private let parser: OpaquePointer

    init() { parser = cs_parser_new() }
    deinit { cs_parser_free(parser) }

    /// The value, or simdjson's error message.
    func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, SimdJSONError> {
        var tokens: UnsafePointer<cs_token>?
        var count = 0
        var strings: UnsafePointer<UInt8>?
        let code = cs_parse(parser, bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!, bytes.count, &tokens, &count, &strings)
        guard code == 0, let tokens else { return .failure(SimdJSONError(message: String(cString: cs_error_message(code)))) }
        var at = 0
        let buffer = UnsafeBufferPointer(start: tokens, count: count)
        return .success(Self.value(buffer, &at, strings))
    }

    private static func text(_ t: cs_token, _ strings: UnsafePointer<UInt8>?) -> String {
        guard t.length > 0, let strings else { return "" }
        return String(decoding: UnsafeBufferPointer(start: strings + Int(t.offset), count: Int(t.length)), as: UTF8.self)
    }

    private static func value(_ tokens: UnsafeBufferPointer<cs_token>, _ at: inout Int, _ strings: UnsafePointer<UInt8>?) -> JSONValue {
        let t = tokens[at]
        at += 1
        switch Int(t.kind) {
        case Int(CS_NULL.rawValue): return .null
        case Int(CS_FALSE.rawValue): return .bool(false)
        case Int(CS_TRUE.rawValue): return .bool(true)
        case Int(CS_NUMBER.rawValue): return .number(t.number)
        case Int(CS_STRING.rawValue): return .string(text(t, strings))
        case Int(CS_ARRAY.rawValue):
            var items: [JSONValue] = []
            items.reserveCapacity(Int(t.count))
            for _ in 0..<t.count { items.append(value(tokens, &at, strings)) }
            return .array(items)
        default:
            var object: [String: JSONValue] = [:]
            object.reserveCapacity(Int(t.count))
            for _ in 0..<t.count {
                let key = text(tokens[at], strings)
                at += 1
                // A repeated key keeps its last value, as a JSON object read into a dictionary does.
                object[key] = value(tokens, &at, strings)
            }
            return .object(object)
        }
    }
}

struct SimdJSONError: Error {
    var message: String
}
