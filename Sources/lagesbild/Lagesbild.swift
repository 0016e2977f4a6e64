import ArgumentParser
import Glibc

/// `lagesbild`: the situation picture of the local crime-prevention cooperation.
@main
struct Lagesbild: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lagesbild",
        abstract: "Lägesbild – gemensam lägesbild för kommun och polis (medborgarlöften, EST, trygghetsrundor).",
        discussion: "Utan underkommando startar instrumentpanelen. Datamappen tas från --data, annars $LAGESBILD_DATA, annars XDG-datamappen.",
        subcommands: [
            DashboardCommand.self, CheckCommand.self, SummaryCommand.self, InitCommand.self, GenerateCommand.self,
            WallCommand.self,
            StressAppendCommand.self,
            ReportCommand.self, ExportCommand.self, ImportCommand.self,
            MeetingCommand.self,
            RoundCommand.self, AddCommand.self, EffectCommand.self, DocumentCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    static func main() {
        // A write past a file-size limit (`ulimit -f`) then fails with EFBIG, which every
        // writer reports and survives, instead of the signal ending the program mid-form.
        signal(SIGXFSZ, SIG_IGN)
        main(nil)
    }
}
