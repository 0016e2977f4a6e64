import ArgumentParser
import Foundation
import LagesbildCore
import LagesbildGeo
import LagesbildStore

/// `lagesbild add round|intervention|incident|measure …`: scripted entry. The options
/// fill the same fields as the forms and go through the same checks; every problem is
/// printed as `fel: --option: …`, the exit status is 1 and nothing is written. On success
/// the new record's id is printed.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Registrerar en post från kommandoraden (scripted entry of a record).",
        subcommands: [AddRoundCommand.self, AddInterventionCommand.self, AddIncidentCommand.self, AddMeasureCommand.self])
}

/// Options every `add` shares: the folder, the language and who writes.
struct AddOptions: ParsableArguments {
    @OptionGroup var data: DataOptions

    @Option(name: .long, help: "Vem som registrerar (annars användare@dator).")
    var author: String?

    /// Checks the fields and appends one `recorded` event; prints the record id.
    func record(_ kind: RecordKind, _ fields: (Plan) -> EntryFields) throws {
        let L = data.language
        let (folder, today, loaded, plans) = try data.loadWithPlans()
        try data.refuseBrokenOutline(loaded)
        let plan = plans.allHotSpots!
        let id = UUID()
        switch EntryBuilder(plan: plan, today: today, positions: try? ProjCoordinates.shared.get()).build(kind, id: id, fields(plan)) {
        case .failure(let problems):
            for (field, problem) in problems.items {
                Console.error("\(L(.severityError)): \(AddOptions.option(for: field)): \(L(.entry(.problem(problem))))")
            }
            throw ExitCode(1)
        case .success(let record):
            // Said before saving, and saved all the same: the year may get its plan later.
            if let day = RecordIndex.yearDay(of: record), !plans.hasPlan(forYear: day.year) {
                Console.error(L(.noPlanForDate(year: day.year)))
            }
            let writer = author ?? JournalNames.defaultWriter(environment: ProcessInfo.processInfo.environment)
            let access = try DataFolder.open(at: folder, mode: .readWrite, writer: writer)
            guard let sink = access.sink else { throw ExitCode(1) }
            try sink.append(JournalEvent(timestamp: Date(), author: writer, action: .recorded, record: record))
            Console.out(record.id.uuidString.lowercased() + "\n")
        }
    }

    /// The option a field is given with, so a problem names what to change.
    static func option(for field: String) -> String {
        switch field {
        case EntryKey.hotSpots: return "--hotspot"
        case EntryKey.followUps: return "--followup"
        case EntryKey.position: return "--lat/--lon (--n/--e)"
        default: return "--" + field
        }
    }

    /// A hot spot by id, name or alias; an unknown one is kept as typed so the check names it.
    static func hotSpotID(_ text: String, in plan: Plan) -> String { plan.resolveHotSpot(text)?.id ?? text }

    /// A vocabulary value by its key or by its Swedish or English word, ignoring case.
    static func value<T: CaseIterable & RawRepresentable>(_ text: String, _ word: (T) -> Text) -> String where T.RawValue == String {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        let found = T.allCases.first { v in
            [v.rawValue, Language.sv(word(v)), Language.en(word(v))].contains { $0.lowercased() == key || $0.lowercased().replacingOccurrences(of: " ", with: "_") == key }
        }
        return found?.rawValue ?? text
    }

    /// `klotter,berusning` or repeated options, each resolved.
    static func list(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

struct AddRoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: "Registrerar en trygghetsrunda.",
        discussion: "Exempel: lagesbild add round --date 2023-05-05 --start 19:00 --end 21:00 --hotspot vgd-torget --hotspot \"Hoks centrum\" --participants polis=2,kommun=1 --observations klotter,berusning --notes \"Lugnt\" --contacts 3")

    @OptionGroup var options: AddOptions
    @Option(name: .long, help: "Datum, ÅÅÅÅ-MM-DD (annars i dag).") var date: String?
    @Option(name: .long, help: "Starttid, TT:MM.") var start: String?
    @Option(name: .long, help: "Sluttid, TT:MM.") var end: String?
    @Option(name: .long, help: "Plats: id, namn eller alias (upprepa för flera).") var hotspot: [String] = []
    @Option(name: .long, help: "Deltagare per organisation, t.ex. polis=2,kommun=1.") var participants: String = ""
    @Option(name: .long, help: "Iakttagelser, t.ex. klotter,berusning,trasig_belysning.") var observations: [String] = []
    @Option(name: .long, help: "Anteckningar (fritext; inga personnummer).") var notes: String = ""
    @Option(name: .long, help: "Antal medborgarkontakter.") var contacts: String = ""
    @Option(name: .long, help: "Antal ingripanden.") var interventions: String = ""
    @Option(name: .long, help: "Uppföljning: \"vad / ansvarig\" (upprepa för flera).") var followup: [String] = []
    @Option(name: .long, help: "Minuter per plats, i platsernas ordning: 15,10 (annars delas rundans tid lika).") var minutes: String = ""

    func run() throws {
        try options.record(.round) { plan in
            EntryFields(texts: [EntryKey.date: date ?? ((try? options.data.todayDay())?.iso ?? ""), EntryKey.start: start ?? "",
                                EntryKey.end: end ?? "", EntryKey.participants: participants, EntryKey.notes: notes,
                                EntryKey.contacts: contacts, EntryKey.interventions: interventions, EntryKey.minutes: minutes],
                        choices: [EntryKey.hotSpots: hotspot.map { AddOptions.hotSpotID($0, in: plan) },
                                  EntryKey.observations: AddOptions.list(observations).map { AddOptions.value($0, Text.observation) as String },
                                  EntryKey.followUps: followup])
        }
    }
}

struct AddInterventionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "intervention", abstract: "Registrerar en insats.")

    @OptionGroup var options: AddOptions
    @Option(name: .long, help: "Datum, ÅÅÅÅ-MM-DD (annars i dag).") var date: String?
    @Option(name: .long, help: "Slag: narkotika, trafik, vald, bedrageri, skadegorelse, trygghet.") var kind: String
    @Option(name: .long, help: "Plats: id, namn eller alias.") var hotspot: String?
    @Option(name: .long, help: "Annan plats (fritext).") var place: String = ""
    @Option(name: .long, help: "Organisation (annars polis).") var organisation: String = "polis"
    @Option(name: .long, help: "Resultat, t.ex. kontroller=40,rapporter=3.") var results: String = ""
    @Option(name: .long, help: "Anteckningar.") var notes: String = ""

    func run() throws {
        try options.record(.intervention) { plan in
            EntryFields(texts: [EntryKey.date: date ?? ((try? options.data.todayDay())?.iso ?? ""), EntryKey.place: place,
                                EntryKey.results: results, EntryKey.notes: notes],
                        choices: [EntryKey.kind: [AddOptions.value(kind, Text.interventionKind) as String],
                                  EntryKey.hotSpot: hotspot.map { [AddOptions.hotSpotID($0, in: plan)] } ?? [],
                                  EntryKey.organisation: [AddOptions.value(organisation, Text.organisation) as String]])
        }
    }
}

struct AddIncidentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "incident", abstract: "Registrerar en händelse.")

    @OptionGroup var options: AddOptions
    @Option(name: .long, help: "Datum, ÅÅÅÅ-MM-DD (annars i dag).") var date: String?
    @Option(name: .long, help: "Tid, TT:MM.") var time: String = ""
    @Option(name: .long, help: "Plats: id, namn eller alias.") var hotspot: String?
    @Option(name: .long, help: "Annan plats (fritext) när ingen hot spot passar.") var place: String = ""
    @Option(name: .long, help: "Kategori, t.ex. klotter, skadegorelse, narkotika.") var category: String
    @Option(name: .long, help: "Källa: polis, kommun, bostadsbolag, skola, kollektivtrafik, allmanhet, vaktbolag.") var source: String
    @Option(name: .long, help: "Beskrivning (inga personnummer).") var text: String = ""
    @Option(name: .long, help: "Latitud, WGS 84 (med --lon), t.ex. 57.498.") var lat: String?
    @Option(name: .long, help: "Longitud, WGS 84 (med --lat), t.ex. 14.147.") var lon: String?
    @Option(name: .long, help: "Northing, SWEREF 99 TM (med --e), meter.") var n: String?
    @Option(name: .long, help: "Easting, SWEREF 99 TM (med --n), meter.") var e: String?

    func run() throws {
        // Given in part, the position is refused whole rather than guessed.
        let given = [lat, lon, n, e].compactMap { $0 }
        let pair = [(lat, lon), (n, e)].first { $0.0 != nil || $0.1 != nil }
        let position: String
        if given.isEmpty {
            position = ""
        } else if given.count == 2, let pair, let a = pair.0, let b = pair.1 {
            position = a + " " + b
        } else {
            Console.error("\(options.data.language(.severityError)): --lat/--lon (--n/--e): \(options.data.language(.geo(.position(.incomplete))))")
            throw ExitCode(1)
        }
        try options.record(.incident) { plan in
            EntryFields(texts: [EntryKey.date: date ?? ((try? options.data.todayDay())?.iso ?? ""), EntryKey.time: time,
                                EntryKey.place: place, EntryKey.text: text, EntryKey.position: position],
                        choices: [EntryKey.hotSpot: hotspot.map { [AddOptions.hotSpotID($0, in: plan)] } ?? [],
                                  EntryKey.category: [AddOptions.value(category, Text.incidentCategory) as String],
                                  EntryKey.source: [AddOptions.value(source, Text.incidentSource) as String]])
        }
    }
}

struct AddMeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "measure", abstract: "Registrerar en beslutad åtgärd.")

    @OptionGroup var options: AddOptions
    @Option(name: .long, help: "Plats: id, namn eller alias.") var hotspot: String?
    @Option(name: .long, help: "Vad som ska göras.") var what: String
    @Option(name: .long, help: "Vem som ansvarar.") var responsible: String
    @Option(name: .long, help: "Beslutsdatum (annars i dag).") var decided: String?
    @Option(name: .long, help: "Klart senast, ÅÅÅÅ-MM-DD.") var due: String
    @Option(name: .long, help: "Status: oppen, pagaende, klar, struken (annars oppen).") var status: String = "oppen"

    func run() throws {
        try options.record(.measure) { plan in
            EntryFields(texts: [EntryKey.what: what, EntryKey.responsible: responsible, EntryKey.due: due,
                                EntryKey.decided: decided ?? ""],
                        choices: [EntryKey.hotSpot: hotspot.map { [AddOptions.hotSpotID($0, in: plan)] } ?? [],
                                  EntryKey.status: [AddOptions.value(status, Text.measureStatus) as String]])
        }
    }
}
