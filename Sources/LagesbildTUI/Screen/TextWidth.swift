#if canImport(Glibc)
import Glibc
#endif

/// glibc's `wcwidth`. Its declaration in <wchar.h> hides behind _XOPEN_SOURCE, which the
/// Glibc module is not built with, so the symbol is bound by name (it takes and returns
/// plain ints, so the calling conventions agree).
@_silgen_name("wcwidth")
private func glibcWcwidth(_ character: Int32) -> Int32

/// Terminal cell widths, truncation by columns, and making user text safe to draw.
///
/// Widths follow glibc's `wcwidth`, because that is what ncursesw uses to place
/// characters: if we measured differently, a wide character or an emoji would push a
/// panel's right edge out of line. A grapheme's width is the sum of its scalars'
/// widths (a combining mark adds 0).
public enum TextWidth {
    /// `wcwidth` only knows non-ASCII characters in a UTF-8 LC_CTYPE. The process locale
    /// may still be "C" (tests, or before the terminal is set up), so widths are
    /// measured in a private C.UTF-8 locale switched in for this thread only.
    nonisolated(unsafe) private static let utf8Locale: locale_t? = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)

    /// Columns one scalar takes; controls count 0 (they are sanitized before drawing).
    public static func width(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if v < 0x20 || v == 0x7F { return 0 }
        if v < UInt32(latinWidths.count) { return Int(latinWidths[Int(v)]) }
        return wcwidth(v)
    }

    static func wcwidth(_ v: UInt32) -> Int {
        let previous = utf8Locale.map { uselocale($0) }
        defer { if let previous { _ = uselocale(previous) } }
        return max(0, Int(glibcWcwidth(Int32(bitPattern: v))))
    }

    /// `wcwidth` of the scalars below U+0300 (Latin letters with their marks, å, ä, ö):
    /// looked up, not asked of glibc with a locale switch for every letter.
    private static let latinWidths: [Int8] = (0..<0x300).map { Int8(wcwidth(UInt32($0))) }

    public static func width(_ character: Character) -> Int {
        character.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    /// The sum of the scalars' widths, which is the sum of the graphemes' widths (each is
    /// the sum of its scalars'), measured without breaking the text into graphemes.
    public static func width(_ text: some StringProtocol) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += width(scalar) }
        return total
    }

    /// Cuts `text` to at most `columns` cells, ending with `…` when something was cut.
    /// Graphemes stay whole: a wide character that no longer fits is left out.
    public static func truncate(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        if width(text) <= columns { return text }
        let room = columns - width(ellipsis)
        guard room >= 0 else { return String(repeating: " ", count: columns) }
        var out = ""
        var used = 0
        for ch in text {
            let w = width(ch)
            if used + w > room { break }
            out.append(ch)
            used += w
        }
        // "Hoksjöns…", not "Hoksjöns …": the cut reads as part of the word.
        while let last = out.last, last == " " { out.removeLast() }
        return out + ellipsis
    }

    /// The last cells of `text` that fit in `columns` (a sparkline keeps its newest weeks).
    public static func suffix(_ text: String, columns: Int) -> String {
        var out: [Character] = []
        var used = 0
        for ch in text.reversed() {
            let w = width(ch)
            if used + w > columns { break }
            out.append(ch)
            used += w
        }
        return String(out.reversed())
    }

    /// Pads with spaces (or truncates) to exactly `columns` cells.
    public static func pad(_ text: String, to columns: Int) -> String {
        let cut = truncate(text, to: columns)
        return cut + String(repeating: " ", count: max(0, columns - width(cut)))
    }

    /// Right-aligns in exactly `columns` cells.
    public static func padLeft(_ text: String, to columns: Int) -> String {
        let cut = truncate(text, to: columns)
        return String(repeating: " ", count: max(0, columns - width(cut))) + cut
    }

    /// User text made safe to draw: control characters would move the cursor or start
    /// escape sequences, so they are shown escaped instead. C0 controls and DEL use
    /// caret notation (`^[`, `^I`); C1 controls, bidirectional overrides and other
    /// invisible format characters use `\u{…}`.
    public static func sanitize(_ text: String) -> String {
        // Most lines have nothing to replace, so one pass over the bytes returns them as they
        // are instead of rebuilding each: no control byte, and none of the sequences below
        // (C1 controls are 0xC2 0x80–0x9F; the format characters 0xE2 0x80 or 0x81 and a
        // third byte). A "·", "–" or "−" shares those lead bytes and is let through.
        var bytes = text
        if bytes.withUTF8({ !hasReplaceable($0) }) { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x20 {
                out += "^" + String(Unicode.Scalar(UInt8(v + 0x40)))
            } else if v == 0x7F {
                out += "^?"
            } else if isInvisibleFormat(v) {
                out += "\\u{" + String(v, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether valid UTF-8 holds a scalar `sanitize` replaces.
    private static func hasReplaceable(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let x = b[i]
            if x < 0x20 || x == 0x7F { return true }
            if x == 0xC2, i + 1 < b.count, b[i + 1] < 0xA0 { return true }
            if x == 0xE2, i + 2 < b.count {
                let (y, z) = (b[i + 1], b[i + 2])
                if y == 0x80, z == 0x8E || z == 0x8F || (0xA8...0xAE).contains(z) { return true }
                if y == 0x81, (0xA6...0xA9).contains(z) { return true }
            }
            i += 1
        }
        return false
    }

    private static func isInvisibleFormat(_ v: UInt32) -> Bool {
        (0x80...0x9F).contains(v)          // C1 controls
            || (0x202A...0x202E).contains(v)   // bidi embeddings and overrides
            || (0x2066...0x2069).contains(v)   // bidi isolates
            || v == 0x200E || v == 0x200F      // directional marks
            || v == 0x2028 || v == 0x2029      // line and paragraph separators
    }
}
