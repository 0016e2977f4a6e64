/// One key press (or a resize or an idle tick), independent of curses so that tests
/// can drive the dashboard with key sequences.
public enum KeyEvent: Hashable, Sendable {
    case character(Character)
    /// Ctrl plus a letter, lower case: `.control("u")` is Ctrl-U.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab
    case backspace, delete
    case function(Int)
    /// The terminal changed size; curses has already updated its idea of the size.
    case resize
    /// No key within the poll interval: time to refresh data and the clock.
    case timeout

    /// Decodes a character read by `wget_wch` with status OK: control bytes become keys.
    public static func fromScalar(_ scalar: Unicode.Scalar) -> KeyEvent {
        switch scalar.value {
        case 0x0A, 0x0D: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(scalar.value + 0x60)!))
        default: return .character(Character(scalar))
        }
    }

    /// How the key is written in the help overlay and the footer.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + String(c).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .function(let n): return "F\(n)"
        case .resize, .timeout: return ""
        }
    }
}
