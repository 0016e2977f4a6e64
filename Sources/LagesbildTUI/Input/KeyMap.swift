import LagesbildCore

/// Everything a key can ask for.
public enum KeyAction: Hashable, Sendable, CaseIterable {
    // Dashboard and drill-down views
    case help, quit, nextPanel, previousPanel, up, down, pageUp, pageDown, first, last
    case open, back, previousPeriod, nextPeriod, today, cycleKind, filterName, filterFocus, newMeasure
    case newRound, newIntervention, newIncident, amend, void, openReport, saveReport, openYearsReport, saveDocument
    // Forms (line editor and field movement)
    case nextField, previousField, save, cancel, choose, toggle
    case charLeft, charRight, lineStart, lineEnd, deleteBackward, deleteForward, clearLine
    // Questions a form or the start asks (throw away what was typed, resume a draft)
    case accept, decline, discardDraft
    // The weekly EST meeting: open it, mark follow-ups, new hot spot, decide, close
    case openMeeting, markDone, markOngoing, markCancelled, makeHotSpot, newDecision, closeMeeting
    // The map: open it, move the selection by direction or rank, zoom
    case openMap, moveNorth, moveSouth, moveWest, moveEast, zoomIn, zoomOut, zoomReset, nextRank, previousRank
}

/// Where a binding applies.
public enum KeyScope: Sendable, Equatable {
    case dashboard
    case form
    /// A yes/no question on the footer line.
    case prompt
    /// The EST meeting view.
    case meeting
    /// The map view.
    case map
    /// The area view (several municipalities).
    case area
}

/// One row of the key table: the action, the keys that trigger it, and its label.
public struct KeyBinding: Sendable {
    public var action: KeyAction
    public var scope: KeyScope
    public var keys: [KeyEvent]
    public var label: DashboardText
    /// The shorter label of the one-line footer, for the few bindings shown there (the rest is one `?` away).
    public var footerLabel: DashboardText?
    /// How the footer writes the keys when not as the first key: `←→` for the period, whose
    /// ← is another binding; the yes key of a question in the user's language.
    public var footerKey: DashboardText?

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
        KeyBinding(action: .nextPeriod, scope: .dashboard, keys: [.right], label: .keyNextPeriod, footerLabel: .footerPeriod,
                   footerKey: .footerKeysPeriod),
        b(.today, [.character("t")], .keyToday),
        b(.cycleKind, [.character("p")], .keyCycleKind),
        b(.filterName, [.character("/")], .keyFilterName, footer: .keyFilterName),
        b(.filterFocus, [.character("f")], .keyFilterFocus),
        b(.newRound, [.character("n")], .keyNewRound, footer: .footerRound),
        b(.newMeasure, [.character("m")], .keyNewMeasure, footer: .footerMeasure),
        b(.openMeeting, [.character("M")], .meeting(.keyOpenMeeting), footer: .meeting(.footerMeeting)),
        b(.newIntervention, [.character("i")], .keyNewIntervention),
        b(.newIncident, [.character("H")], .keyNewIncident),
        b(.amend, [.character("e")], .keyAmend),
        b(.void, [.character("d")], .keyVoid),
        b(.openReport, [.character("r")], .keyOpenReport),
        b(.saveReport, [.character("s")], .keySaveReport),
        b(.openYearsReport, [.character("Y")], .keyYearsReport),
        KeyBinding(action: .saveDocument, scope: .dashboard, keys: [.character("D")], label: .document(.keySaveDocument),
                   footerLabel: .document(.footerDocument)),
        KeyBinding(action: .openMap, scope: .dashboard, keys: [.character("K")], label: .geo(.keyOpenMap), footerLabel: .geo(.footerMap)),

        f(.nextField, [.tab, .down], .keyNextField),
        f(.previousField, [.backTab, .up], .keyPreviousField),
        f(.save, [.control("s"), .function(2)], .keySave, footer: .keySave),
        f(.cancel, [.escape], .keyCancel, footer: .keyCancel),
        f(.choose, [.enter], .keyChoose, footer: .keyChoose),
        f(.toggle, [.character(" ")], .keyToggle, footer: .keyToggle),
        f(.charLeft, [.left], .keyCharLeft),
        f(.charRight, [.right], .keyCharRight),
        f(.lineStart, [.home, .control("a")], .keyLineStart),
        f(.lineEnd, [.end, .control("e")], .keyLineEnd),
        f(.deleteBackward, [.backspace], .keyDeleteBackward),
        f(.deleteForward, [.delete, .control("d")], .keyDeleteForward),
        f(.clearLine, [.control("u")], .keyClearLine),

        KeyBinding(action: .accept, scope: .prompt, keys: [.character("j"), .character("y"), .enter], label: .keyAccept,
                   footerLabel: .keyAccept, footerKey: .footerKeyAccept),
        KeyBinding(action: .decline, scope: .prompt, keys: [.character("n"), .escape], label: .keyDecline,
                   footerLabel: .keyDecline),
        KeyBinding(action: .discardDraft, scope: .prompt, keys: [.character("x")], label: .keyDiscardDraft,
                   footerLabel: .keyDiscardDraft),

        KeyBinding(action: .help, scope: .meeting, keys: [.character("?"), .function(1)], label: .keyHelp),
        m(.markDone, [.character("x")], .keyMarkDone, footer: .footerDone),
        m(.markOngoing, [.character("o")], .keyMarkOngoing, footer: .footerOngoing),
        m(.markCancelled, [.character("s")], .keyMarkCancelled, footer: .footerCancelled),
        m(.makeHotSpot, [.character("h")], .keyMakeHotSpot, footer: .footerHotSpot),
        m(.newDecision, [.character("b")], .keyNewDecision, footer: .footerDecision),
        m(.closeMeeting, [.character("a")], .keyClose, footer: .footerClose),
        m(.back, [.escape, .character("q")], .keyLeave, footer: .footerLeave),
        m(.nextPanel, [.tab], .keyNextSection),
        KeyBinding(action: .up, scope: .meeting, keys: [.up, .character("k")], label: .keyUp),
        KeyBinding(action: .down, scope: .meeting, keys: [.down, .character("j")], label: .keyDown),
        KeyBinding(action: .pageUp, scope: .meeting, keys: [.pageUp], label: .keyPageUp),
        KeyBinding(action: .pageDown, scope: .meeting, keys: [.pageDown], label: .keyPageDown),
        KeyBinding(action: .first, scope: .meeting, keys: [.home, .character("g")], label: .keyFirst),
        KeyBinding(action: .last, scope: .meeting, keys: [.end, .character("G")], label: .keyLast),

        KeyBinding(action: .help, scope: .map, keys: [.character("?"), .function(1)], label: .keyHelp),
        g(.moveNorth, [.up, .character("k")], .keyNorth, footer: .footerMove, footerKey: "←↑↓→"),
        g(.moveSouth, [.down, .character("j")], .keySouth),
        g(.moveWest, [.left, .character("h")], .keyWest),
        g(.moveEast, [.right, .character("l")], .keyEast),
        g(.open, [.enter], .keyOpenSpot, footer: .footerOpen),
        g(.zoomIn, [.character("+")], .keyZoomIn, footer: .footerZoom, footerKey: "+-"),
        g(.zoomOut, [.character("-")], .keyZoomOut),
        g(.zoomReset, [.character("0")], .keyZoomReset),
        g(.nextRank, [.tab], .keyNextRank),
        g(.previousRank, [.backTab], .keyPreviousRank),
        g(.back, [.escape, .character("q")], .keyLeave, footer: .footerLeave),

        KeyBinding(action: .help, scope: .area, keys: [.character("?"), .function(1)], label: .keyHelp, footerLabel: .keyHelp),
        KeyBinding(action: .open, scope: .area, keys: [.enter], label: .area(.keyOpen), footerLabel: .area(.footerOpen)),
        KeyBinding(action: .up, scope: .area, keys: [.up, .character("k")], label: .keyUp),
        KeyBinding(action: .down, scope: .area, keys: [.down, .character("j")], label: .keyDown),
        KeyBinding(action: .pageUp, scope: .area, keys: [.pageUp], label: .keyPageUp),
        KeyBinding(action: .pageDown, scope: .area, keys: [.pageDown], label: .keyPageDown),
        KeyBinding(action: .previousPeriod, scope: .area, keys: [.left], label: .keyPreviousPeriod),
        KeyBinding(action: .nextPeriod, scope: .area, keys: [.right], label: .keyNextPeriod, footerLabel: .footerPeriod,
                   footerKey: .footerKeysPeriod),
        KeyBinding(action: .quit, scope: .area, keys: [.character("q")], label: .keyQuit, footerLabel: .area(.footerLeave)),
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

    /// A binding of the meeting view; its labels are the meeting's words.
    private static func m(_ a: KeyAction, _ keys: [KeyEvent], _ label: MeetingText, footer: MeetingText? = nil) -> KeyBinding {
        KeyBinding(action: a, scope: .meeting, keys: keys, label: .meeting(label), footerLabel: footer.map { .meeting($0) })
    }

    /// A binding of the map view; `footerKey` writes several keys as one hint.
    private static func g(_ a: KeyAction, _ keys: [KeyEvent], _ label: GeoText, footer: GeoText? = nil,
                          footerKey: String? = nil) -> KeyBinding {
        KeyBinding(action: a, scope: .map, keys: keys, label: .geo(label), footerLabel: footer.map { .geo($0) },
                   footerKey: footerKey.map { .literal($0) })
    }

    private static func f(_ a: KeyAction, _ keys: [KeyEvent], _ label: DashboardText, footer: DashboardText? = nil) -> KeyBinding {
        KeyBinding(action: a, scope: .form, keys: keys, label: label, footerLabel: footer)
    }
}
