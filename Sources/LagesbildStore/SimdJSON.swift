import CSimdjson
import LagesbildCore

/// Parses one JSON text with simdjson into tokens read in place (`JSONDocument`). A parser
/// holds simdjson's buffers and is used by one thread at a time: each decoding thread
/// keeps its own.
final class SimdJSONParser {
    private let parser: OpaquePointer
    /// Texts made for the lines this parser read before, handed out again for equal bytes.
    private let texts = JSONTextCache.make()

    /// Bytes that must stay readable past a text's end (their values do not matter).
    static let padding = Int(cs_padding())

    init() {
        // The tokens are read as Swift's `JSONToken` where simdjson's side wrote them.
        precondition(MemoryLayout<JSONToken>.stride == MemoryLayout<cs_token>.stride
            && MemoryLayout<JSONToken>.offset(of: \.span) == MemoryLayout<cs_token>.offset(of: \.span)
            && MemoryLayout<JSONToken>.offset(of: \.kind) == MemoryLayout<cs_token>.offset(of: \.kind))
        parser = cs_parser_new()
    }
    deinit {
        cs_parser_free(parser)
        texts.free()
    }

    /// Parses `bytes`, which must be followed by `padding` readable bytes, and hands the
    /// document to `body`; simdjson's error message when it is not JSON.
    func parse<R>(padded bytes: UnsafeBufferPointer<UInt8>, _ body: (JSONDocument) -> R) -> Result<R, SimdJSONError> {
        var tokens: UnsafePointer<cs_token>?
        var count = 0
        var strings: UnsafePointer<UInt8>?
        var stringsLength = 0
        let code = cs_parse(parser, bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!, bytes.count, &tokens, &count,
                            &strings, &stringsLength)
        guard code == 0, let tokens else { return .failure(SimdJSONError(message: String(cString: cs_error_message(code)))) }
        let document = UnsafeRawPointer(tokens).withMemoryRebound(to: JSONToken.self, capacity: count) { t in
            JSONDocument(tokens: UnsafeBufferPointer(start: t, count: count),
                         strings: UnsafeBufferPointer(start: strings, count: stringsLength), texts: texts)
        }
        return .success(body(document))
    }

    /// As `parse(padded:_:)` for bytes without padding: copied once into a padded buffer.
    func parse<R>(_ bytes: some Collection<UInt8>, _ body: (JSONDocument) -> R) -> Result<R, SimdJSONError> {
        var padded = [UInt8](bytes)
        let count = padded.count
        padded.append(contentsOf: repeatElement(0, count: Self.padding))
        return padded.withUnsafeBufferPointer { parse(padded: UnsafeBufferPointer(rebasing: $0[0..<count]), body) }
    }
}

struct SimdJSONError: Error {
    var message: String
}
