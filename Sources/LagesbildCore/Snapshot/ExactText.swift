import Foundation

/// A text as a table key, hashed and compared byte for byte. A `String` hashes and compares
/// by canonical equivalence, which normalises every text with a Swedish letter in it (a
/// tenth of replaying a journal) and would hand back a differently composed "å" than the
/// one that was written. Tables that share or number texts use this instead.
struct ExactText: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: ExactText, b: ExactText) -> Bool {
        var x = a.text, y = b.text
        return x.withUTF8 { p in
            y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) }
        }
    }
}
