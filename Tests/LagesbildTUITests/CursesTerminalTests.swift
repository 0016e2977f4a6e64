#if canImport(Glibc)
import Glibc
#endif
import Testing
import LagesbildCore
@testable import LagesbildTUI

/// The real ncurses as the screen: `newterm` on an in-memory output stream and a pipe
/// for input, so the curses adapter is exercised without a terminal.
@Suite(.serialized) struct CursesTerminalTests {
    @Test func drawsSwedishLettersAndReadsKeys() throws {
        CursesTerminal.prepareLocale()
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var length = 0
        let output = try #require(open_memstream(&buffer, &length))
        let input = try #require(fdopen(fds[0], "r"))
        defer {
            fclose(output)
            free(buffer)
            fclose(input)
            close(fds[1])
        }
        let terminal = try CursesTerminal(terminalType: "xterm-256color", output: output, input: input, colour: true)
        terminal.resize(rows: 24, cols: 80)
        #expect(terminal.rows == 24 && terminal.cols == 80)

        let app = Fixture.app()
        app.render(on: terminal)
        terminal.present()
        #expect(terminal.readRow(0).hasPrefix(" Lägesbild · Vaggeryd 2023 · 2023 T3 sep–dec · v.47"))
        #expect(terminal.readRow(1).hasPrefix("┌─ Fokusområden ─"))
        #expect(terminal.readRow(2).contains("Ökad trygghet"))
        // The grid and ncurses agree cell for cell.
        let grid = Fixture.frame(app)
        for row in 0..<24 { #expect(terminal.readRow(row) == grid.line(row), "row \(row)") }

        // Keys written to the input pipe arrive decoded: ö as one character, and a tab as a key.
        terminal.setTimeout(milliseconds: 200)
        let bytes: [UInt8] = Array("ö".utf8) + [0x09, 0x71]   // ö, Tab, q
        #expect(write(fds[1], bytes, bytes.count) == bytes.count)
        // resizeterm queued a KEY_RESIZE first.
        #expect(terminal.readKey() == .resize)
        #expect(terminal.readKey() == .character("ö"))
        #expect(terminal.readKey() == .tab)
        #expect(terminal.readKey() == .character("q"))
        terminal.close()
    }
}
