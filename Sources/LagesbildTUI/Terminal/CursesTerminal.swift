#if canImport(Glibc)
import Glibc
#endif
import CNcursesw
import LagesbildCore

/// The only file that talks to ncurses: locale, terminal setup and teardown, colours,
/// drawing cells and reading keys. Everything else draws on `Screen`.
final class CursesTerminal: Screen {
    enum OpenError: Error {
        case noTerminal(String)
        case cannotPositionCursor(String)

        /// Why, in the user's language.
        func text(_ language: Language) -> String {
            switch self {
            case .noTerminal(let term): return language(.dashboard(.terminalCannotOpen(term: term)))
            case .cannotPositionCursor(let term): return language(.dashboard(.terminalCannotPosition(term: term)))
            }
        }
    }

    private let screenPointer: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let colour: Bool
    private let inputDescriptor: Int32
    private var cursor: (row: Int, col: Int)?
    private var closed = false

    /// Sets LC_CTYPE to a UTF-8 locale: the environment's, or C.UTF-8 when the environment's
    /// is not UTF-8 or not installed. Without it ncursesw drops å, ä, ö on output and
    /// garbles input. Must run before `newterm`.
    static func prepareLocale() {
        _ = setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// Opens the terminal on stdin/stdout (or given streams, for tests).
    /// `newterm` rather than `initscr`, which exits the process on an unknown TERM.
    init(terminalType: String? = nil, output: UnsafeMutablePointer<FILE>? = nil, input: UnsafeMutablePointer<FILE>? = nil,
         colour wantColour: Bool) throws {
        let out = output ?? cn_stdout()
        let inp = input ?? cn_stdin()
        let term = terminalType ?? getenv("TERM").map { String(cString: $0) } ?? ""
        var screen = newterm(terminalType, out, inp)
        if screen == nil { screen = newterm("xterm-256color", out, inp) }
        guard let screen, let window = cn_stdscr() else { throw OpenError.noTerminal(term) }
        screenPointer = screen
        self.window = window
        inputDescriptor = fileno(inp)
        let cup = tigetstr("cup")
        if cup == nil || cup == UnsafeMutablePointer(bitPattern: -1) {
            _ = endwin()
            delscreen(screen)
            throw OpenError.cannotPositionCursor(term)
        }
        _ = set_escdelay(25)          // the default 1 s makes Esc feel broken
        // cbreak keeps Ctrl-C and Ctrl-Z as signals; the dashboard then lets Ctrl-S through
        // (`passFlowControlKeys`) and the wall takes every key (`takeAllKeys`).
        _ = cbreak()
        _ = noecho()
        _ = keypad(window, true)
        // All eight bits of input count: without it a terminal (or pipe) set up for 7-bit
        // input turns the UTF-8 bytes of "ö" into "C" and "6".
        _ = meta(window, true)
        _ = curs_set(0)
        colour = wantColour && has_colors()
        if colour { CursesTerminal.setUpColours() }
    }

    /// Opens the terminal the way both programs need it: the locale first (ncursesw decides
    /// how to read and write characters when the screen is created), colour unless turned
    /// off or `NO_COLOR` is set. Prints why and returns nil when there is no usable terminal.
    static func start(colour wantColour: Bool, language: Language) -> CursesTerminal? {
        // Without a terminal on both ends (input from a file or /dev/null, output to a file
        // or a pipe) a full-screen program would write screen codes nobody sees and wait
        // for keys that never come: say so and stop at once.
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            FileHandleText.writeError("lagesbild: " + language(.dashboard(.noTerminal)) + "\n")
            return nil
        }
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else {
            FileHandleText.writeError("lagesbild: " + language(.dashboard(.terminalUnset)) + "\n")
            return nil
        }
        prepareLocale()
        let noColour = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
        do {
            return try CursesTerminal(colour: wantColour && !noColour)
        } catch let error as OpenError {
            FileHandleText.writeError("lagesbild: " + error.text(language) + "\n")
            return nil
        } catch {
            FileHandleText.writeError("lagesbild: \(error)\n")
            return nil
        }
    }

    deinit { close() }

    /// Restores the terminal. Safe to call more than once.
    func close() {
        guard !closed else { return }
        closed = true
        _ = curs_set(1)
        _ = endwin()
        delscreen(screenPointer)
    }

    func setTimeout(milliseconds: Int32) { wtimeout(window, milliseconds) }

    /// Forgets keys typed but not yet read.
    func discardTypedAhead() { _ = flushinp() }

    /// Every key reaches the program, none acts on the terminal: Ctrl-S no longer freezes
    /// the output (XON/XOFF), Ctrl-Z cannot suspend and Ctrl-C arrives as a key instead of
    /// SIGINT. For the wall display, where a stray key must not stop the screen.
    func takeAllKeys() { _ = raw() }

    /// Ctrl-S reaches the program (it saves a form) instead of pausing the output (XON/XOFF);
    /// Ctrl-C and Ctrl-Z keep their meaning. ncurses is told the new mode so it keeps it.
    func passFlowControlKeys() {
        var settings = termios()
        guard tcgetattr(inputDescriptor, &settings) == 0 else { return }
        settings.c_iflag &= ~tcflag_t(IXON)
        guard tcsetattr(inputDescriptor, TCSANOW, &settings) == 0 else { return }
        _ = def_prog_mode()
    }

    /// Forces a size (tests on an in-memory stream have no real size).
    func resize(rows: Int, cols: Int) { _ = resizeterm(Int32(rows), Int32(cols)) }

    // MARK: Screen

    var rows: Int { Int(cn_lines()) }
    var cols: Int { Int(cn_cols()) }

    func clear() { _ = werase(window) }

    func put(_ text: String, row: Int, col: Int, role: StyleRole) {
        let style = CursesTerminal.style(for: role, colour: colour)
        _ = wattr_set(window, style.attributes, style.pair, nil)
        var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        _ = mvwaddnwstr(window, Int32(row), Int32(col), wide, -1)
        _ = wattr_set(window, CN_A_NORMAL, 0, nil)
    }

    func placeCursor(row: Int, col: Int) { cursor = (row, col) }
    func hideCursor() { cursor = nil }

    /// Sends the frame: one refresh per frame, so only changed cells go out.
    func present() {
        if let cursor {
            _ = wmove(window, Int32(cursor.row), Int32(cursor.col))
            _ = curs_set(1)
        } else {
            _ = curs_set(0)
        }
        _ = wrefresh(window)
    }

    /// The text of one screen row as ncurses holds it (for tests against the real library).
    func readRow(_ row: Int) -> String {
        var buffer = [wchar_t](repeating: 0, count: cols * 4 + 1)
        let n = mvwinnwstr(window, Int32(row), 0, &buffer, Int32(cols))
        guard n != ERR else { return "" }
        return String(String.UnicodeScalarView(buffer.prefix(Int(n)).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
    }

    // MARK: Keys

    /// Waits for one key (up to the timeout). An interrupted read (a signal) is a timeout.
    func readKey() -> KeyEvent {
        var value: wint_t = 0
        errno = 0
        let status = wget_wch(window, &value)
        if status == KEY_CODE_YES { return CursesTerminal.functionKey(Int32(bitPattern: value)) }
        if status == OK, let scalar = Unicode.Scalar(value) { return KeyEvent.fromScalar(scalar) }
        if status == ERR, errno != EINTR, terminalIsGone() {
            // The terminal closed without a SIGHUP reaching us (a program in between, such as
            // runuser or sudo, does not pass it on): every read now fails at once, and the
            // loop would spin. Take the hang-up way out, which keeps an open form's draft.
            _ = raise(SIGHUP)
        }
        return .timeout
    }

    /// True when input can no longer come: the read side reports end of file or an error.
    private func terminalIsGone() -> Bool {
        var probe = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&probe, 1, 0) == 1 else { return false }
        if probe.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return true }
        // Readable but nothing read: a zero-byte read means the other side has gone.
        var byte: UInt8 = 0
        return read(inputDescriptor, &byte, 0) < 0 && (errno == EIO || errno == EBADF)
    }

    private static func functionKey(_ code: Int32) -> KeyEvent {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        default:
            for n in 1...12 where code == cn_key_f(Int32(n)) { return .function(n) }
            return .timeout
        }
    }

    // MARK: Colours

    /// Colour pair numbers per role; 0 is the terminal's default colours.
    private static func pair(for role: StyleRole) -> Int16 {
        switch role {
        case .header: return 1
        case .frame: return 2
        case .focusedFrame: return 3
        case .good: return 4
        case .warning: return 5
        case .bad, .error: return 6
        case .hintKey: return 7
        default: return 0
        }
    }

    private static func setUpColours() {
        _ = start_color()
        _ = use_default_colors()   // -1 below: the terminal's own background
        _ = init_pair(1, Int16(COLOR_WHITE), Int16(COLOR_BLUE))
        _ = init_pair(2, Int16(COLOR_CYAN), -1)
        _ = init_pair(3, Int16(COLOR_YELLOW), -1)
        _ = init_pair(4, Int16(COLOR_GREEN), -1)
        _ = init_pair(5, Int16(COLOR_YELLOW), -1)
        _ = init_pair(6, Int16(COLOR_RED), -1)
        _ = init_pair(7, Int16(COLOR_BLACK), Int16(COLOR_CYAN))
    }

    /// Attributes and pair for a role. In monochrome the roles that carry meaning fall
    /// back to bold, reverse and underline (the text also carries marks such as `!`).
    private static func style(for role: StyleRole, colour: Bool) -> (attributes: attr_t, pair: Int16) {
        switch role {
        case .normal, .good, .warning, .frame, .hint: return (CN_A_NORMAL, colour ? pair(for: role) : 0)
        case .header: return (colour ? CN_A_BOLD : CN_A_REVERSE, colour ? pair(for: role) : 0)
        case .title: return (CN_A_BOLD, 0)
        case .focusedFrame: return (CN_A_BOLD, colour ? pair(for: role) : 0)
        case .selected: return (CN_A_REVERSE, 0)
        case .dim: return (CN_A_DIM, 0)
        case .bad, .error: return (CN_A_BOLD, colour ? pair(for: role) : 0)
        case .hintKey: return (colour ? CN_A_BOLD : CN_A_REVERSE, colour ? pair(for: role) : 0)
        case .input: return (CN_A_UNDERLINE, 0)
        }
    }
}

/// Writes to standard error; the stream is a C global, reached through the shim's accessor.
enum FileHandleText {
    static func writeError(_ text: String) { fputs(text, cn_stderr()) }
}
