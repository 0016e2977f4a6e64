/// The Swedish table: the language of the product.
enum Swedish {
    static func text(_ t: Text) -> String {
        switch t {
        case .organisation(let o):
            switch o {
            case .polis: return "polis"
            case .kommun: return "kommun"
            case .nattvandrare: return "nattvandrare"
            case .bostadsbolag: return "bostadsbolag"
            case .raddningstjanst: return "räddningstjänst"
            case .ovriga: return "övriga"
            }
        case .interventionKind(let k):
            switch k {
            case .narkotika: return "narkotika"
            case .trafik: return "trafik"
            case .vald: return "våld"
            case .bedrageri: return "bedrägeri"
            case .skadegorelse: return "skadegörelse"
            case .trygghet: return "trygghet"
            }
        case .incidentCategory(let c):
            switch c {
            case .skadegorelse: return "skadegörelse"
            case .klotter: return "klotter"
            case .nedskrapning: return "nedskräpning"
            case .otryggPlats: return "otrygg plats"
            case .ordningsstorning: return "ordningsstörning"
            case .narkotika: return "narkotika"
            case .vald: return "våld"
            case .buskorning: return "buskörning"
            case .inbrott: return "inbrott"
            case .bedrageri: return "bedrägeri"
            case .trafik: return "trafik"
            }
        case .incidentSource(let s):
            switch s {
            case .polis: return "polis"
            case .kommun: return "kommun"
            case .bostadsbolag: return "bostadsbolag"
            case .skola: return "skola"
            case .kollektivtrafik: return "kollektivtrafik"
            case .allmanhet: return "allmänhet"
            case .vaktbolag: return "väktarbolag"
            }
        case .observation(let o):
            switch o {
            case .trasigBelysning: return "trasig belysning"
            case .klotter: return "klotter"
            case .nedskrapning: return "nedskräpning"
            case .ungdomsgrupper: return "ungdomsgrupper"
            case .berusning: return "berusning"
            case .narkotikaindikationer: return "narkotikaindikationer"
            case .trafikproblem: return "trafikproblem"
            case .otryggMiljo: return "otrygg miljö"
            }
        case .measureStatus(let s):
            switch s {
            case .open: return "öppen"
            case .ongoing: return "pågående"
            case .done: return "klar"
            case .cancelled: return "struken"
            }
        case .promiseOwner(let o):
            switch o {
            case .polis: return "polisen"
            case .kommun: return "kommunen"
            case .gemensamt: return "gemensamt"
            }
        case .promiseState(let s):
            switch s {
            case .done: return "klart"
            case .onTrack: return "i fas"
            case .behind: return "efter plan"
            }
        case .metric(let m):
            switch m {
            case .rounds: return "Rundor"
            case .interventions(let k): return "Insatser " + text(.interventionKind(k))
            }
        case .periodKind(let k):
            switch k {
            case .week: return "vecka"
            case .tertial: return "tertial"
            case .year: return "år"
            }
        case .monthShort(let m):
            return ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"][(m - 1) % 12]
        case .periodName(let p):
            switch p.kind {
            case .year: return "\(p.year)"
            case .tertial: return "\(p.year) T\(p.index) \(text(.monthShort(p.start.month)))–\(text(.monthShort(p.end.month)))"
            case .week: return "\(p.year) v.\(p.index)"
            }

        case .severityError: return "fel"
        case .severityWarning: return "varning"
        case .diagnostic(let d):
            switch d {
            case .tornLastLine: return "sista raden är avbruten (en sparning som inte blev klar); raden hoppas över"
            case .tornLine: return "raden är avbruten (en sparning som inte blev klar); raden hoppas över"
            case .notJSON(let detail): return "raden är inte giltig JSON (\(detail))"
            case .badEvent(let problems): return "ogiltig händelse: " + problems.map { text(.field($0)) }.joined(separator: "; ")
            case .planSyntax(let detail): return "planfilen kan inte läsas: \(detail)"
            case .plan(let p): return text(.planProblem(p))
            case .record(let v): return text(.validation(v))
            case .replay(let w):
                switch w {
                case .unknownRecord(let k, let id): return "ändrar en post som inte finns (\(k.rawValue) \(id.uuidString.lowercased()))"
                case .duplicateRecord(let k, let id): return "posten finns redan (\(k.rawValue) \(id.uuidString.lowercased()))"
                }
            case .unreadable(let detail): return "kan inte läsas: \(detail)"
            case .missingFolder: return "datamappen finns inte"
            case .conflictCopy: return "konfliktkopia från synkroniseringen: händelserna räknas en gång (samma id), ta bort kopian när den är genomgången"
            case .outline(let file, let o): return (file.map { $0 + ": " } ?? "") + geo(.outline(o))
            case .survey(let p): return document(.surveyProblem(p))
            case .noPlanForRecords(let y, let n): return "ingen plan för \(y), men \(n) \(n == 1 ? "post" : "poster") från det året – de räknas utan mål; lagesbild init --year \(y) skapar en plan"
            }
        case .field(let f):
            switch f {
            case .missing(let k): return "fältet \"\(k)\" saknas"
            case .notText(let k): return "fältet \"\(k)\" ska vara text"
            case .notInteger(let k): return "fältet \"\(k)\" ska vara ett heltal"
            case .notDate(let k, let v): return "fältet \"\(k)\": \"\(v)\" är inget datum (ÅÅÅÅ-MM-DD)"
            case .notTime(let k, let v): return "fältet \"\(k)\": \"\(v)\" är ingen tid (TT:MM)"
            case .notIdentifier(let k, let v): return "fältet \"\(k)\": \"\(v)\" är inget giltigt id (UUID)"
            case .unknownValue(let k, let v): return "fältet \"\(k)\": okänt värde \"\(v)\""
            case .notList(let k): return "fältet \"\(k)\" ska vara en lista"
            case .notObject(let k): return "fältet \"\(k)\" ska vara ett objekt"
            case .notNumber(let k): return "fältet \"\(k)\" ska vara ett tal"
            case .position(let p): return geo(.position(p))
            }
        case .validation(let v):
            switch v {
            case .minutesPerPlace(let n): return "ange minuter för var och en av de \(n) platserna, i samma ordning (till exempel \(Array(repeating: "15", count: max(1, n)).joined(separator: " ")))"
            case .minutesOutOfRange(let m): return "\(m) minuter går inte – mellan 0 och 1440"
            case .endBeforeStart: return "sluttiden ligger före starttiden (en runda över midnatt får vara högst 12 timmar)"
            case .unknownHotSpot(let id): return "okänd plats \"\(id)\""
            case .noHotSpot: return "välj minst en plats"
            case .negativeCount(let k): return "\(k) kan inte vara negativt"
            case .dateInFuture(let d): return "datumet \(d.iso) ligger i framtiden"
            case .dueBeforeDecided: return "klart-datum ligger före beslutsdatum"
            case .emptyField(let k): return "\(k) får inte vara tomt"
            case .noParticipants: return "ange minst en deltagare"
            case .personalIdentityNumber(let s): return "\"\(s)\" ser ut som ett personnummer; lägesbilden handlar om platser, inte personer"
            }
        case .planProblem(let p):
            switch p {
            case .unknownFocusArea(let owner, let area): return "\(owner) hänvisar till okänt fokusområde \"\(area)\""
            case .duplicateID(let id): return "id \"\(id)\" förekommer flera gånger"
            case .fileYearMismatch(let f, let y): return "filen heter \(f) men planen gäller year: \(y) – byt namn eller rätta året"
            case .duplicateYear(let y, let kept): return "en plan till för \(y) – \(kept) gäller, den här läses inte"
            case .unexpectedPlanFile: return "läses inte: en plan i plans/ heter ÅÅÅÅ.yaml, till exempel plans/2024.yaml"
            case .badMetric(let promise, let metric): return "löftet \(promise): okänt mått \"\(metric)\" (rundor eller insatser:<slag>)"
            case .negativeTarget(let promise): return "löftet \(promise): målet kan inte vara negativt"
            case .emptyName(let id): return "platsen \(id) saknar namn"
            case .field(let f): return text(.field(f))
            }
        case .checkSummary(let errors, let warnings, let events):
            return "\(events) \(events == 1 ? "händelse läst" : "händelser lästa"), \(errors) fel, "
                + "\(warnings) \(warnings == 1 ? "varning" : "varningar")"
        case .planAlreadyExists(let path): return "det finns redan en plan i \(path); inget ändrades"
        case .initCreated(let f, let plan): return "Skapade \(f) med \(plan), journal/, drafts/ och minutes/.\nRedigera \(plan) och kör: lagesbild --data \(f)"
        case .initNextYear(let path, let y, let from): return "Skrev \(path): planen för \(y), gjord ur \(from). Granska löften, mål och platser, kör sedan lagesbild check."
        case .unknownGroup(let g): return "gruppen \"\(g)\" finns inte på den här datorn (groupadd \(g) skapar den); inget ändrades"
        case .partialShort(let n): return "⚠ \(n) \(n == 1 ? "fil oläslig" : "filer olästa")"
        case .partialPicture(let n): return "⚠ \(n) \(n == 1 ? "fil" : "filer") kan inte läsas – bilden är ofullständig"
        case .noPlanForDateShort(let y): return "Obs: ingen plan för \(y) – sparas och räknas, men utan mål"
        case .noPlanForDate(let y): return "Ingen plan för \(y): posten sparas och räknas, men utan mål att jämföra med (lagesbild init --year \(y) skapar en plan)"
        case .writeFailure(let f):
            switch f {
            case .diskFull(let path): return "disken är full eller filen för stor (\(path)); inget sparades, formuläret och utkastet finns kvar"
            case .readOnly(let path): return "datamappen är skrivskyddad (\(path)); inget sparades, formuläret finns kvar"
            case .folderMissing(let path): return "datamappen finns inte längre (\(path)); inget sparades"
            case .other(let operation, let path, let detail): return "\(operation) \(path): \(detail)"
            }
        case .missingDataFolder(let path):
            return "Datamappen \(path) finns inte. Skapa en med: lagesbild init \(path)  (eller ange --data / LAGESBILD_DATA)"
        case .option(let problem):
            switch problem {
            case .notAPeriod(let o, let v): return "\(o): \"\(v)\" är ingen period – skriv till exempel 2023, 2023-T2 eller 2023-W47"
            case .notATertialOrYear(let o, let v):
                return "\(o): \"\(v)\" går inte att följa upp – ange ett tertial som 2023-T3 eller ett år som 2023"
            case .notADate(let o, let v): return "\(o): \"\(v)\" är inget datum – skriv ÅÅÅÅ-MM-DD"
            case .unknownHotSpot(let o, let v): return "\(o): \"\(v)\" är ingen plats i planerna – ange id, namn eller alias"
            case .unknownRecord(let o, let v): return "\(o): ingen post med id \"\(v)\""
            case .notAYear(let o, let v): return "\(o): \"\(v)\" är inget år – skriv till exempel 2024"
            case .atLeast(let o, let minimum): return "\(o) måste vara minst \(minimum)"
            case .aboveZero(let o): return "\(o) måste vara större än 0"
            case .unknownPage(let v, let known): return "--pages: okänd sida \"\(v)\" (\(known.joined(separator: ", ")))"
            case .unknownKind(let v): return "--kind: \"\(v)\" är ingen posttyp (round, intervention, incident eller measure)"
            case .noCSVFile: return "ange minst en CSV-fil"
            case .incidentsTakeOneFile: return "import incidents: ange en CSV-fil"
            case .mapOnlyForIncidents: return "--map hör till `lagesbild import incidents FIL.csv`"
            case .mapMalformed(let part): return "--map: \"\(part)\" ska vara fält=Kolumn (t.ex. date=Datum)"
            case .mapUnknownField(let f, let known): return "--map: okänt fält \"\(f)\" (\(known.joined(separator: ", ")))"
            case .unknownChoice(let o, let v, let known):
                return "\(o): \"\(v)\" finns inte – välj \(known.dropLast().joined(separator: ", ")) eller \(known.last ?? "")"
            }
        case .generated(let path, let places, let events): return "\(path): \(places) platser, \(events) händelser"

        case .summaryTitle(let m, let y, let p): return "Lägesbild · \(m) \(y) · \(text(.periodName(p)))"
        case .summaryAsOf(let d): return "Per \(d.iso) (v.\(d.isoWeek.week))"
        case .summaryPromises: return "Fokusområden och löften"
        case .summaryHotSpots: return "Hot spots (prioritet)"
        case .summaryActivities: return "Aktiviteter"
        case .summaryMeasures: return "Öppna åtgärder"
        case .summaryHotSpotHeader: return "plats · händelser nu/före · trend · rundor · dagar sedan runda · prioritet"
        case .daysShort(let n): return "\(n) d"
        case .never: return "aldrig"
        case .overdue: return "försenad"
        case .none: return "inga"

        // Dashboard
        case .dashboard(let d): return dashboard(d)
        case .wall(let w): return wall(w)

        // Report
        case .report(let r): return report(r)

        // Entry
        case .entry(let e): return entry(e)
        case .meeting(let m): return meeting(m)
        case .years(let y): return years(y)
        case .analysis(let a): return analysis(a)
        case .effect(let e): return effect(e)
        case .area(let a): return area(a)
        case .document(let d): return document(d)
        case .geo(let g): return geo(g)
        }
    }
}

// Dashboard
extension Swedish {
    static func dashboard(_ d: DashboardText) -> String {
        switch d {
        case .keyHelp: return "hjälp"
        case .keyQuit: return "avsluta"
        case .keyNextPanel: return "nästa panel"
        case .keyPreviousPanel: return "föregående panel"
        case .keyUp: return "upp"
        case .keyDown: return "ned"
        case .keyPageUp: return "sida upp"
        case .keyPageDown: return "sida ned"
        case .keyFirst: return "först"
        case .keyLast: return "sist"
        case .keyOpen: return "visa"
        case .keyBack: return "tillbaka"
        case .keyPreviousPeriod: return "föregående period"
        case .keyNextPeriod: return "nästa period"
        case .keyToday: return "i dag"
        case .keyCycleKind: return "vecka/tertial/år"
        case .keyFilterName: return "sök"
        case .keyFilterFocus: return "fokusområde"
        case .keyNewMeasure: return "ny åtgärd"
        case .keyNextField: return "nästa fält"
        case .keyPreviousField: return "föregående fält"
        case .keySave: return "spara"
        case .keyCancel: return "avbryt"
        case .keyLineStart: return "radens början"
        case .keyLineEnd: return "radens slut"
        case .keyDeleteBackward: return "radera bakåt"
        case .keyDeleteForward: return "radera framåt"
        case .keyClearLine: return "töm fältet"
        case .keyCharLeft: return "tecken vänster"
        case .keyCharRight: return "tecken höger"
        case .keyNewRound: return "ny runda"
        case .keyNewIntervention: return "ny insats"
        case .keyNewIncident: return "ny händelse"
        case .keyAmend: return "rätta runda"
        case .keyVoid: return "makulera runda"
        case .keyOpenReport: return "uppföljning"
        case .keySaveReport: return "spara rapporten"
        case .keyYearsReport: return "flera år i rad"
        case .yearsReportTitle(let a, let b): return "Uppföljning \(a)–\(b)"
        case .reportTitle(let p): return "Uppföljning " + text(.periodName(p))
        case .reportCompleting: return "  Tider, närvaro, rapportörer och effekt räknas fram …"
        case .reportSaved(let paths): return "Rapporten är sparad: \(paths)"
        case .keyChoose: return "välj / nästa fält"
        case .keyToggle: return "kryssa"
        case .keyAccept: return "ja / fortsätt utkast"
        case .keyDecline: return "nej / senare"
        case .keyDiscardDraft: return "kasta utkast"
        case .footerRound: return "runda"
        case .helpSectionPrompt: return "Frågor"
        case .footerPanel: return "panel"
        case .meeting(let m): return meeting(m)
        case .geo(let g): return geo(g)
        case .document(let d): return document(d)
        case .area(let a): return area(a)
        case .literal(let text): return text
        case .footerPeriod: return "period"
        case .footerKeysPeriod: return "←→"
        case .footerKeyAccept: return "j"
        case .footerMeasure: return "åtgärd"
        case .focusAreas: return "Fokusområden"
        case .hotSpots: return "Hot spots"
        case .activities: return "Aktiviteter"
        case .weekShort(let w): return "v.\(w)"
        case .tooSmall(let c, let r, let nc, let nr):
            return "Fönstret är för litet (\(c)×\(r)). Lägesbild behöver minst \(nc)×\(nr)."
        case .dataMissing: return "data saknas"
        case .loading: return "Läser datamappen …"
        case .loadingJournals(let percent, let read, let total): return "Läser journaler: \(percent) % (\(read) av \(total) MB)"
        case .noPlan: return "ingen plan inläst"
        case .noPlanTargets(let y): return "Ingen plan för \(y) – inga mål att jämföra med; lagesbild init --year \(y) skapar en"
        case .noPlanShort(let y): return "ingen plan för \(y)"
        case .openedLatestData(let y): return "Ingen plan för \(y) – visar senaste perioden med data; t går till i dag"
        case .noDataBefore(let y): return "Inga planer eller poster före \(y)"
        case .noDataAfter(let y): return "Inga planer eller poster efter \(y)"
        case .noMatches: return "inga träffar"
        case .columnPlace: return "plats"
        case .columnIncidents: return "händ"
        case .columnLastRound: return "runda"
        case .noTerminal: return "ingen terminal – vyn behöver en terminal för in- och utdata; som text: lagesbild summary eller lagesbild report"
        case .terminalUnset: return "TERM är inte satt, så terminalen är okänd – sätt till exempel TERM=xterm-256color"
        case .terminalCannotOpen(let t): return "terminalen kan inte öppnas (TERM=\(t))"
        case .terminalCannotPosition(let t): return "terminalen TERM=\(t) kan inte flytta markören – vyn behöver en fullskärmsterminal, till exempel TERM=xterm-256color"
        case .readOnly: return "skrivskyddat läge: inget kan sparas här"
        case .helpTitle: return "Tangenter"
        case .helpSectionDashboard: return "Översikt"
        case .helpSectionForm: return "Formulär"
        case .helpClose: return "Esc eller ? stänger"
        case .helpSectionMarks: return "Tecken"
        case .legendTrend: return "▲ ▼  ökning, minskning: mer än slumpen (test 5 %)"
        case .legendUnclear: return "≈ =  ingen säker förändring (= lika många)"
        case .legendOverdue: return "!    försenad runda eller åtgärd"
        case .legendAdded: return "+    hot spot tillagd på ett möte"
        case .filterNamePrompt: return "Sök: "
        case .filterFocusPrompt: return "Fokusområde: "
        case .filterShown(let f): return "filter: \(f)"
        case .detailIncidentsNowBefore(let n, let b): return "Händelser i perioden: \(n) (före: \(b))"
        case .detailRounds(let n): return "Rundor i perioden: \(n)"
        case .detailLastRound(let days): return "Senaste runda: " + (days.map { "\($0) d sedan" } ?? "aldrig")
        case .detailPriority(let p): return "Prioritet: \(p)"
        case .detailWeeklyIncidents: return "Händelser per vecka"
        case .detailWeeklyRounds: return "Rundor per vecka"
        case .detailMeasures: return "Beslutade åtgärder"
        case .detailIncidentList: return "Händelser"
        case .detailRoundList: return "Rundor"
        case .detailCounted: return "Räknas mot löftet"
        case .detailProgress(let d, let t): return "Utfört \(d) av \(t)"
        case .detailSpan(let p): return "Period: \(text(.periodName(p)))"
        case .participants(let n): return "\(n) deltagare"
        case .round: return "runda"
        case .intervention: return "insats"
        case .saveFailed(let why): return "Kunde inte spara: \(why)"
        }
    }
}

// Report
extension Swedish {
    static func report(_ r: ReportText) -> String {
        switch r {
        case .title(let m, _, let p): return "Uppföljning av medborgarlöften · \(m) · \(text(.periodName(p)))"
        case .asOf(let d): return "Underlag till och med \(d.iso)"
        case .summary: return "Sammanfattning"
        case .promises: return "Fokusområden och löften"
        case .rounds: return "Trygghetsrundor per hot spot"
        case .interventions: return "Insatser per slag"
        case .incidents: return "Händelser per hot spot"
        case .measures: return "Beslutade åtgärder"
        case .chartPromises: return "Utfört mot mål per löfte"
        case .chartIncidents: return "Händelser per vecka och fokusområde"
        case .footer(let d): return "Sammanställt av Lägesbild ur journalen, underlag till och med \(d.iso)."
        case .columnPromise: return "Löfte"
        case .columnOwner: return "Ansvar"
        case .columnDone: return "Utfört"
        case .columnTarget: return "Mål"
        case .columnStatus: return "Status"
        case .columnPeriod(let p): return p.kind == .tertial ? "T\(p.index)" : p.description
        case .columnYearToDate: return "Året hittills"
        case .columnHotSpot: return "Plats"
        case .columnLocality: return "Ort"
        case .columnKind: return "Slag"
        case .columnTrend: return "Trend"
        case .columnChange: return "Förändring"
        case .columnWhat: return "Åtgärd"
        case .columnResponsible: return "Ansvarig"
        case .columnDecided: return "Beslutad"
        case .columnDue: return "Klart senast"
        case .columnFocusArea: return "Fokusområde"
        case .week: return "vecka"
        case .target: return "mål"
        case .visitsTotal: return "Besök totalt"
        case .roundsTotal: return "Rundor totalt"
        case .visitsNote: return "En runda kan besöka flera platser: besöken räknas per plats, rundorna en gång var."
        case .status(let s):
            switch s {
            case .achieved: return "genomfört"
            case .inProgress: return "pågående"
            case .notStarted: return "ej påbörjat"
            case .behind: return "efter plan"
            case .missed: return "ej nått"
            }
        case .trend(let t):
            // The tested rule (`TrendTest`): a rise or a fall only when it is more than chance.
            switch t {
            case .rising: return "ökning"
            case .falling: return "minskning"
            case .steady, .unclear: return "ingen säker förändring"
            }
        case .columnAll: return "Hela kommunen"
        case .trendRule:
            return "▲ ökning och ▼ minskning är förändringar större än slumpen ger (exakt binomialtest, 5 %); ≈ och = är ingen säker förändring."
        case .percentChange(let now, let before):
            guard before > 0 else { return now > 0 ? "ny" : "±0 %" }
            let pct = Int((Double(now - before) * 100 / Double(before)).rounded())
            return pct > 0 ? "+\(pct) %" : (pct < 0 ? "−\(-pct) %" : "±0 %")
        case .carriedOver: return "från tidigare period"
        case .comparedOver(let c, let p, let asOf):
            let span = p.kind == .year ? "Året" : "Tertialet"
            return "\(span) pågår: \(report(.columnPeriod(p))) (\(p.start.iso) – \(asOf.iso)) jämförs med samma antal dagar av "
                + "\(report(.columnPeriod(c.previous))) (\(c.previous.start.iso) – \(c.previousThrough.iso)), \(c.days) \(c.days == 1 ? "dag" : "dagar")."
        case .finding(let f, let kind): return finding(f, kind)
        case .importProblem(let p): return importProblem(p)
        case .imported(let n, let there):
            return "\(n) \(n == 1 ? "post importerad" : "poster importerade")" + (there > 0 ? ", \(there) fanns redan och hoppades över" : "")
        case .importRefused(let n):
            return "Inget importerades: \(n) \(n == 1 ? "rad" : "rader") med fel. Rätta dem, eller importera resten med --skip-bad."
        case .badRowsSkipped(let n): return "\(n) \(n == 1 ? "rad" : "rader") med fel hoppades över"
        case .exported(let n, let path): return "\(path): \(n) \(n == 1 ? "rad" : "rader")"
        }
    }

    static func finding(_ f: ReportFinding, _ kind: PeriodKind) -> String {
        let span = kind == .year ? "året" : "tertialet"
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        switch f {
        case .notBegun(let p): return "Perioden har inte börjat: \(text(.periodName(p))) börjar \(p.start.iso)."
        case .promises(let total, let achieved, let inProgress, let behind, let notStarted, let missed):
            var parts: [String] = []
            if achieved > 0 { parts.append(count(achieved, "genomfört", "genomförda")) }
            if inProgress > 0 { parts.append("\(inProgress) pågående") }
            if behind > 0 { parts.append("\(behind) efter plan") }
            if notStarted > 0 { parts.append(count(notStarted, "ej påbörjat", "ej påbörjade")) }
            if missed > 0 { parts.append(count(missed, "ej nått", "ej nådda")) }
            return "Av \(count(total, "löfte", "löften")) är \(list(parts))."
        case .needsAttention(let texts):
            return "Behöver uppmärksamhet: " + texts.joined(separator: "; ") + "."
        case .rounds(let done, let target, let visited, let spots):
            let goal = target.map { " (mål \($0))" } ?? ""
            return "Under \(span) genomfördes \(count(done, "trygghetsrunda", "trygghetsrundor"))\(goal), vid \(visited) av \(spots) hot spots."
        case .interventions(let total):
            return "Totalt gjordes \(count(total, "insats", "insatser")) under \(span)."
        case .incidents(let now, let before, let comparison):
            let name = text(.periodName(comparison.previous))
            let against = comparison.partial ? "samma antal dagar av \(name)" : name
            if before == 0 { return "Vid hot spots rapporterades \(count(now, "händelse", "händelser")); under \(against) finns inga att jämföra med." }
            if now == before { return "Händelserna vid hot spots var lika många som under \(against): \(now)." }
            let verb = now > before ? "ökade" : "minskade"
            return "Händelserna vid hot spots \(verb) från \(before) under \(against) till \(now) (\(report(.percentChange(now: now, before: before))))."
        case .largestRise(let spot, let now, let before):
            return "Störst ökning: \(spot), från \(before) till \(count(now, "händelse", "händelser"))."
        case .measures(let decided, let done, let open, let overdue):
            var s = "EST-mötena beslutade \(count(decided, "åtgärd", "åtgärder")) under \(span)"
            if decided > 0 { s += ", varav \(count(done, "klar", "klara")) och \(count(open, "öppen", "öppna"))" }
            s += "."
            if overdue > 0 { s += " \(count(overdue, "åtgärd är försenad", "åtgärder är försenade"))." }
            return s
        }
    }

    /// `a, b och c`.
    static func list(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " och " + parts.last!
    }

    static func importProblem(_ p: ImportProblem) -> String {
        switch p {
        case .unreadable(let why): return "filen kan inte läsas: \(why)"
        case .notUTF8: return "filen är inte UTF-8"
        case .empty: return "filen saknar rubrikrad"
        case .unknownKind: return "rubrikraden passar ingen posttyp; ange --kind round, intervention, incident eller measure"
        case .missingColumn(let c): return "kolumnen \"\(c)\" saknas"
        case .unknownColumn(let c): return "okänd kolumn \"\(c)\""
        case .columnCount(let expected, let found): return "raden har \(found) fält, rubrikraden \(expected)"
        case .field(let f): return text(.field(f))
        case .validation(let v): return text(.validation(v))
        case .conflict(let id): return "posten \(id.uuidString.lowercased()) finns redan med annat innehåll; import skriver aldrig över"
        case .voided(let id): return "posten \(id.uuidString.lowercased()) är makulerad och importeras inte igen"
        case .duplicateInFile(let id, let line): return "posten \(id.uuidString.lowercased()) finns redan på rad \(line) med annat innehåll"
        }
    }
}

// Wall display
extension Swedish {
    static func wall(_ w: WallText) -> String {
        switch w {
        case .banner: return "VISNINGSSKÄRM · endast visning · q avslutar"
        case .dataUpdated(let time, let day):
            return "data uppdaterad " + (day.map { "\($0.components.day) \(text(.monthShort($0.month))) " } ?? "") + time
        case .dataNeverRead: return "data ej inläst"
        case .dataMissingTitle: return "DATA SAKNAS"
        case .dataMissingPath(let path): return "Datamappen går inte att läsa: \(path)"
        case .dataMissingHint: return "Visningen fortsätter och visar data igen så snart mappen finns."
        case .pageKeyFigures: return "Nyckeltal"
        case .pageOverview: return "Översikt"
        case .pageHotSpots: return "Hot spots efter prioritet"
        case .pageActivities: return "Löften och aktiviteter"
        case .pageMeasures: return "Öppna åtgärder"
        case .pageMap: return "Karta"
        case .figureRounds(let period): return "trygghetsrundor \(period) mot mål"
        case .figureOverdueSpots(let days): return "hot spots utan runda på \(days) d"
        case .figureOpenMeasures(let overdue): return "öppna åtgärder, varav \(overdue) \(overdue == 1 ? "försenad" : "försenade")"
        case .figureOverdueList(let names): return "Väntar på runda: \(names)"
        case .columnTrend: return "Trend"
        case .columnIncidents: return "Händ."
        case .columnBefore: return "Före"
        case .columnRounds: return "Rundor"
        case .columnLastRound: return "Senast"
        case .columnDue: return "Klart senast"
        case .columnPlace: return "Plats"
        case .noOpenMeasures: return "Inga öppna åtgärder"
        case .measureOverdue: return "försenad"
        case .promiseHeading: return "Löften"
        case .activityHeading: return "Aktiviteter per vecka"
        }
    }
}
