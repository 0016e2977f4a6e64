/// Finds text shaped like a Swedish personal identity number (personnummer or
/// samordningsnummer): `ÅÅMMDD-NNNN`, `ÅÅMMDD+NNNN`, `ÅÅÅÅMMDD-NNNN`, `ÅÅÅÅMMDDNNNN` or
/// `ÅÅMMDDNNNN`. The situation picture is about places, not people, so such text is
/// refused on entry.
///
/// A plausible date is enough with a separator or a century (a number typed with a wrong
/// check digit still points to a person); ten bare digits also need a valid Luhn check
/// digit, since other ten-digit numbers are common.
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
            if (run.count == 6 || run.count == 8), j + 5 <= chars.count, chars[j] == "-" || chars[j] == "+" {
                let tail = String(chars[(j + 1)..<(j + 5)])
                let tailEnds = j + 5 == chars.count || !(chars[j + 5].isASCII && chars[j + 5].isNumber)
                if tail.allSatisfy({ $0.isASCII && $0.isNumber }), tailEnds,
                   isPlausible(String(run.suffix(6)) + tail, checkDigit: false) {
                    return String(chars[i..<(j + 5)])
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
