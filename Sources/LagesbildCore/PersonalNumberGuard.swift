/// Finds text shaped like a Swedish personal identity number (personnummer or
/// samordningsnummer): `ÅÅMMDD-NNNN`, `ÅÅMMDD+NNNN`, `ÅÅÅÅMMDD-NNNN`, `ÅÅÅÅMMDDNNNN` or
/// `ÅÅMMDDNNNN`. The situation picture is about places, not people, so such text is
/// refused on entry.
///
/// The separator may be written as people write it: `-` or `+`, any Unicode dash
/// (‐ ‑ ‒ – — −), several of them, with spaces around, or only spaces (`811218 9876`,
/// `811218 - 9876`, `19811218 9876`). A plausible date is enough with a separator or a
/// century (a number typed with a wrong check digit still points to a person); ten bare
/// digits also need a valid Luhn check digit, since other ten-digit numbers are common.
/// Phone numbers (`070-123 45 67`), dates with times (`2023-05-05 21:00`) and case numbers
/// (`5000-K123456-23`) do not have the shape: no run of six or eight digits before the
/// separator and exactly four after it.
public enum PersonalNumberGuard {
    public static func firstMatch(in text: String) -> String? {
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isNumber, i == 0 || !(chars[i - 1].isASCII && chars[i - 1].isNumber) else { i += 1; continue }
            var j = i
            while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
            let run = String(chars[i..<j])
            // ÅÅMMDD-NNNN / ÅÅÅÅMMDD-NNNN with a separator.
            if run.count == 6 || run.count == 8, let tailStart = separatorEnd(chars, from: j), tailStart + 4 <= chars.count {
                let tail = String(chars[tailStart..<(tailStart + 4)])
                let tailEnds = tailStart + 4 == chars.count || !(chars[tailStart + 4].isASCII && chars[tailStart + 4].isNumber)
                if tail.allSatisfy({ $0.isASCII && $0.isNumber }), tailEnds,
                   isPlausible(String(run.suffix(6)) + tail, checkDigit: false) {
                    return String(chars[i..<(tailStart + 4)])
                }
            }
            if run.count == 12, run.hasPrefix("19") || run.hasPrefix("20"), isPlausible(String(run.suffix(10)), checkDigit: false) {
                return run
            }
            if run.count == 10, isPlausible(run, checkDigit: true) { return run }
            i = j
        }
        return nil
    }

    /// Characters people put between the date and the last four digits.
    static let dashes: Set<Character> = ["-", "+", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}", "\u{FE63}", "\u{FF0D}"]

    /// Where the four digits would start after a separator at `from`: spaces and dashes (at
    /// most three dashes and four spaces, so a list of numbers is not read as one); nil when
    /// there is no separator at all.
    static func separatorEnd(_ chars: [Character], from: Int) -> Int? {
        var k = from, spaces = 0, marks = 0
        while k < chars.count {
            if chars[k] == " " || chars[k] == "\u{00A0}" { spaces += 1 }
            else if dashes.contains(chars[k]) { marks += 1 }
            else { break }
            k += 1
        }
        guard k > from, spaces <= 4, marks <= 3 else { return nil }
        return k
    }

    /// Ten digits YYMMDDNNNC: a plausible date (day + 60 for samordningsnummer) and, when
    /// asked, a Luhn check digit.
    static func isPlausible(_ digits: String, checkDigit: Bool) -> Bool {
        let d = digits.compactMap { $0.wholeNumberValue }
        guard d.count == 10 else { return false }
        let month = d[2] * 10 + d[3]
        var day = d[4] * 10 + d[5]
        if day > 60 { day -= 60 }
        guard (1...12).contains(month), (1...31).contains(day) else { return false }
        guard checkDigit else { return true }
        var sum = 0
        for (k, v) in d.prefix(9).enumerated() {
            let p = v * (k % 2 == 0 ? 2 : 1)
            sum += p > 9 ? p - 9 : p
        }
        return (10 - sum % 10) % 10 == d[9]
    }
}
