extension TextWidth {
    /// Fits each name into `columns` cells so that different names still read differently.
    ///
    /// A name that fits is kept as it is, and a cut name whose label is unique keeps the
    /// plain trailing `…`. Only where different names would get the same label (say
    /// `Skillinga…` for both Skillingaryds resecentrum and Skillingaryds centrum) is the
    /// part that tells them apart brought into view: first by shortening the leading words
    /// they share to an initial (`S. resece…`, `S. centrum`), then, where labels still
    /// clash, by cutting in the middle so that both ends show (`Hjor…kolan`). Equal names
    /// get equal labels. Every label is at most `columns` cells; graphemes stay whole.
    public static func distinctLabels(_ names: [String], columns: Int) -> [String] {
        var labels = names.map { truncate($0, to: columns) }
        for pass in 0..<2 {
            // Different names that share a label; a name shown whole is left as it is.
            let clashing = Dictionary(grouping: names.indices) { labels[$0] }.values
                .filter { group in Set(group.map { names[$0] }).count > 1 }
            if clashing.isEmpty { break }
            for group in clashing {
                let shared = sharedLeadingWords(group.map { names[$0] })
                for i in group where labels[i] != names[i] {
                    let shorter = pass == 0 ? abbreviating(leadingWords: shared, of: names[i], to: columns)
                                            : elidingMiddle(names[i], to: columns)
                    if let shorter { labels[i] = shorter }
                }
            }
        }
        return labels
    }

    /// How many leading words all `names` begin with, leaving each name at least one word of its own.
    private static func sharedLeadingWords(_ names: [String]) -> Int {
        let words = names.map { $0.split(separator: " ", omittingEmptySubsequences: false) }
        let most = (words.map(\.count).min() ?? 1) - 1
        var count = 0
        while count < most, words.allSatisfy({ $0[count] == words[0][count] }) { count += 1 }
        return count
    }

    /// `Skillingaryds resecentrum` → `S. resecentrum` (cut to `columns`): the first `count`
    /// words shortened to their first letter and a full stop. Nil when there is nothing to shorten.
    private static func abbreviating(leadingWords count: Int, of name: String, to columns: Int) -> String? {
        guard count > 0 else { return nil }
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        let initials = words.prefix(count).map { word -> String in
            // Up to and including the first letter, so a `+` before a name stays.
            guard let letter = word.firstIndex(where: \.isLetter) else { return String(word) }
            return String(word[...letter]) + "."
        }
        return truncate((initials + words.dropFirst(count).map(String.init)).joined(separator: " "), to: columns)
    }

    /// `Hjortsjöskolan` → `Hjor…kolan`: the beginning and the end, the end given the odd cell.
    private static func elidingMiddle(_ name: String, to columns: Int) -> String? {
        guard columns >= 3, width(name) > columns else { return nil }
        let tail = suffix(name, columns: columns / 2)
        return truncate(name, to: columns - width(tail)) + tail
    }
}
