import LagesbildCore

/// Everything a key can ask for.
public enum KeyAction: Hashable, Sendable, CaseIterable {
    // Dashboard and drill-down views
    case help, quit, nextPanel, previousPanel, up, down, pageUp, pageDown, first, last
    case open, back, previousPeriod, nextPeriod, today, cycleKind, filterName, filterFocus, newMeasure
    // Forms (line editor and field movement)
    case nextField, previousField, save, cancel
    case charLeft, charRight, lineStart, lineEnd, deleteBackward, deleteForward, clearLine
}

/// Where a binding applies.
public enum KeyScope: Sendable, Equatable {
    case dashboard
    case form
}

/// One row of the key table: the action, the keys that trigger it, and its label.
public struct KeyBinding: Sendable {
    public var action: KeyAction
    public var scope: KeyScope
    public var keys: [KeyEvent]
    public var label: DashboardText
    /// The shorter label of the one-line footer, for the few bindings shown there (the rest is one `?` away).
    public var footerLabel: DashboardText?

    /// The keys as the user reads them: `Tab l`.
    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }
}

/// The one key table. Key dispatch, the footer hints and the `?` overlay all read it,
/// so they can never disagree.
public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        b(.help, [.character("?"), .function(1)], .keyHelp, footer: .keyHelp),
        b(.quit, [.character("q")], .keyQuit, footer: .keyQuit),
        b(.nextPanel, [.tab, .character("l")], .keyNextPanel, footer: .footerPanel),
        b(.previousPanel, [.backTab, .character("h")], .keyPreviousPanel),
        b(.up, [.up, .character("k")], .keyUp),
        b(.down, [.down, .character("j")], .keyDown),
        b(.pageUp, [.pageUp], .keyPageUp),
        b(.pageDown, [.pageDown], .keyPageDown),
        b(.first, [.home, .character("g")], .keyFirst),
        b(.last, [.end, .character("G")], .keyLast),
        b(.open, [.enter], .keyOpen, footer: .keyOpen),
        b(.back, [.escape], .keyBack),
        b(.previousPeriod, [.left], .keyPreviousPeriod),
        b(.nextPeriod, [.right], .keyNextPeriod, footer: .footerPeriod),
        b(.today, [.character("t")], .keyToday),
        b(.cycleKind, [.character("p")], .keyCycleKind),
        b(.filterName, [.character("/")], .keyFilterName, footer: .keyFilterName),
        b(.filterFocus, [.character("f")], .keyFilterFocus),
        b(.newMeasure, [.character("m")], .keyNewMeasure, footer: .footerMeasure),

        f(.nextField, [.tab, .down], .keyNextField),
        f(.previousField, [.backTab, .up], .keyPreviousField),
        f(.save, [.enter, .control("s")], .keySave, footer: .keySave),
        f(.cancel, [.escape], .keyCancel, footer: .keyCancel),
        f(.charLeft, [.left], .keyCharLeft),
        f(.charRight, [.right], .keyCharRight),
        f(.lineStart, [.home, .control("a")], .keyLineStart),
        f(.lineEnd, [.end, .control("e")], .keyLineEnd),
        f(.deleteBackward, [.backspace], .keyDeleteBackward),
        f(.deleteForward, [.delete, .control("d")], .keyDeleteForward),
        f(.clearLine, [.control("u")], .keyClearLine),
    ]

    /// The action a key triggers in a scope, if any.
    public static func action(for key: KeyEvent, in scope: KeyScope) -> KeyAction? {
        bindings.first { $0.scope == scope && $0.keys.contains(key) }?.action
    }

    public static func bindings(in scope: KeyScope) -> [KeyBinding] { bindings.filter { $0.scope == scope } }

    public static func binding(for action: KeyAction, in scope: KeyScope) -> KeyBinding? {
        bindings.first { $0.action == action && $0.scope == scope }
    }

    private static func b(_ a: KeyAction, _ keys: [KeyEvent], _ label: DashboardText, footer: DashboardText? = nil) -> KeyBinding {
        KeyBinding(action: a, scope: .dashboard, keys: keys, label: label, footerLabel: footer)
    }

    private static func f(_ a: KeyAction, _ keys: [KeyEvent], _ label: DashboardText, footer: DashboardText? = nil) -> KeyBinding {
        KeyBinding(action: a, scope: .form, keys: keys, label: label, footerLabel: footer)
    }
}
