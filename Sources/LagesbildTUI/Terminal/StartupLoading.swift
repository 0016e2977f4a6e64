#if canImport(Glibc)
import Glibc
#endif
import LagesbildCore

/// Shows `LoadingView` on the terminal while `source` reads at start, redrawing only when
/// the percentage moves. A signal, q or Ctrl-C during the read ends the program at once:
/// nothing has been typed yet that could be lost, and a long read would otherwise hold
/// them back and act on them only once the data is there. Other keys typed meanwhile are
/// dropped, so they cannot act on a screen the user has not seen yet.
final class StartupLoading {
    private let terminal: CursesTerminal
    private let language: Language
    private var shownPercent = -1

    init(terminal: CursesTerminal, language: Language) {
        self.terminal = terminal
        self.language = language
    }

    /// Draws the first message and follows `source` until `finish`.
    func follow(_ source: EventSource) {
        LoadingView.draw(nil, language: language, on: terminal)
        terminal.present()
        source.progress = { [self] progress in update(progress) }
    }

    func finish(_ source: EventSource) {
        source.progress = nil
        terminal.discardTypedAhead()
    }

    private func update(_ progress: LoadProgress) {
        let signal = SignalFlag.raised
        if signal != 0 {
            terminal.close()
            exit(128 + signal)
        }
        terminal.setTimeout(milliseconds: 0)
        while case let key = terminal.readKey(), key != .timeout {
            if key == .character("q") || key == .control("c") {
                terminal.close()
                exit(0)
            }
        }
        guard progress.percent != shownPercent else { return }
        shownPercent = progress.percent
        LoadingView.draw(progress, language: language, on: terminal)
        terminal.present()
    }
}
