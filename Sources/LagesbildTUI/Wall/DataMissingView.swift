import LagesbildCore

/// The body while the data folder cannot be read: large, plain words and the path, so
/// whoever passes the screen sees at once that the figures are not current.
enum DataMissingView {
    static func draw(path: String, language: Language, in rect: Rect, on screen: Screen) {
        screen.box(rect, role: .bad)
        let inner = rect.inner
        var lines = [(language(.wall(.dataMissingTitle)), StyleRole.bad), ("", StyleRole.normal)]
        for line in TextWrap.lines(language(.wall(.dataMissingPath(TextWidth.sanitize(path)))), width: inner.width - 4) {
            lines.append((line, .warning))
        }
        for line in TextWrap.lines(language(.wall(.dataMissingHint)), width: inner.width - 4) {
            lines.append((line, .normal))
        }
        let top = inner.row + max(0, (inner.height - lines.count) / 2)
        for (offset, (text, role)) in lines.enumerated() where top + offset < inner.bottom {
            let col = inner.col + max(0, (inner.width - TextWidth.width(text)) / 2)
            screen.put(text, row: top + offset, col: col, width: inner.right - col, role: role)
        }
    }
}
