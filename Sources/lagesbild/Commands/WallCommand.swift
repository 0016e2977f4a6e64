import ArgumentParser
import Foundation
import LagesbildCore
import LagesbildStore
import LagesbildTUI

/// `lagesbild wall`: the read-only, self-refreshing, rotating view for the office screen.
struct WallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wall",
        abstract: "Visningsskärm för kontoret: endast läsning, byter sida själv och visar nya data utan knapptryck (the wall display).",
        discussion: """
            Datamappen öppnas bara för läsning: inget skrivs, inget låses. q eller Ctrl-C avslutar; \
            alla andra tangenter ignoreras. Sidor: \(WallPage.allCases.map(\.rawValue).joined(separator: ", ")).
            """)

    @OptionGroup var options: DataOptions

    @Option(name: .long, help: "Perioden som visas: 2023, 2023-T2 eller 2023-W47 (annars innevarande tertial).")
    var period: String?

    // Unconditional: `--rotate -5` is a value to explain, not an unknown option.
    @Option(name: .long, parsing: .unconditional, help: "Sekunder per sida (0 = byt inte sida).")
    var rotate: Int = 15

    @Option(name: .long, help: "Sidorna i tur och ordning, kommaseparerade (standard: alla).")
    var pages: String?

    @Flag(name: .long, help: "Visa sekunder i klockan.")
    var seconds = false

    @Flag(name: .customLong("no-color"), help: "Utan färger (som NO_COLOR).")
    var noColor = false

    /// Polling much faster than once a second packs weeks of polls into a short test run.
    @Option(name: .customLong("poll-ms"), help: ArgumentHelp("Millisekunder mellan titt i datamappen.", visibility: .hidden))
    var pollMilliseconds: Int = 1000

    func validate() throws {
        if rotate < 0 { throw options.refuse(.atLeast(option: "--rotate", minimum: 0)) }
        _ = try options.period(period)
        if let pages, case .failure(let unknown) = WallPage.parseList(pages) {
            throw options.refuse(.unknownPage(value: unknown.name, known: WallPage.allCases.map(\.rawValue)))
        }
    }

    func run() throws {
        // A missing folder is not an error here: the wall shows "data saknas" and waits,
        // as it must when a network share is mounted after the display has started.
        try options.refuseArea(command: "lagesbild wall")
        let folder = options.folder
        let access = try DataFolder.open(at: folder, mode: .readOnly, writer: "wall")
        let pageList = try pages.map { try WallPage.parseList($0).get() } ?? WallPage.standard
        var wall = WallOptions(language: options.language, today: try options.today.map { _ in try options.todayDay() },
                               period: period.flatMap { Period($0) }, rotateSeconds: rotate, pages: pageList,
                               dataPath: WallCommand.absolute(folder), showSeconds: seconds, color: !noColor,
                               pollMilliseconds: pollMilliseconds)
        wall.unicode = TimeMatrixLines.terminalIsUTF8(environment: ProcessInfo.processInfo.environment)
        let status = runWall(source: access.source, options: wall)
        if status != 0 { throw ExitCode(status) }
    }

    /// The path as the wall shows it when the data is missing: absolute, so it means the
    /// same to whoever reads it off the screen.
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}
