/// The English table.
enum English {
    static func text(_ t: Text) -> String {
        switch t {
        case .organisation(let o):
            switch o {
            case .polis: return "police"
            case .kommun: return "municipality"
            case .nattvandrare: return "night walkers"
            case .bostadsbolag: return "housing company"
            case .raddningstjanst: return "rescue service"
            case .ovriga: return "others"
            }
        case .interventionKind(let k):
            switch k {
            case .narkotika: return "narcotics"
            case .trafik: return "traffic"
            case .vald: return "violence"
            case .bedrageri: return "fraud"
            case .skadegorelse: return "vandalism"
            case .trygghet: return "safety"
            }
        case .incidentCategory(let c):
            switch c {
            case .skadegorelse: return "vandalism"
            case .klotter: return "graffiti"
            case .nedskrapning: return "littering"
            case .otryggPlats: return "unsafe place"
            case .ordningsstorning: return "public disorder"
            case .narkotika: return "narcotics"
            case .vald: return "violence"
            case .buskorning: return "reckless driving"
            case .inbrott: return "burglary"
            case .bedrageri: return "fraud"
            case .trafik: return "traffic"
            }
        case .incidentSource(let s):
            switch s {
            case .polis: return "police"
            case .kommun: return "municipality"
            case .bostadsbolag: return "housing company"
            case .skola: return "school"
            case .kollektivtrafik: return "public transport"
            case .allmanhet: return "public"
            case .vaktbolag: return "security company"
            }
        case .observation(let o):
            switch o {
            case .trasigBelysning: return "broken lighting"
            case .klotter: return "graffiti"
            case .nedskrapning: return "littering"
            case .ungdomsgrupper: return "groups of youths"
            case .berusning: return "intoxication"
            case .narkotikaindikationer: return "signs of drugs"
            case .trafikproblem: return "traffic problems"
            case .otryggMiljo: return "unsafe environment"
            }
        case .measureStatus(let s):
            switch s {
            case .open: return "open"
            case .ongoing: return "ongoing"
            case .done: return "done"
            case .cancelled: return "cancelled"
            }
        case .promiseOwner(let o):
            switch o {
            case .polis: return "the police"
            case .kommun: return "the municipality"
            case .gemensamt: return "joint"
            }
        case .promiseState(let s):
            switch s {
            case .done: return "done"
            case .onTrack: return "on track"
            case .behind: return "behind"
            }
        case .metric(let m):
            switch m {
            case .rounds: return "Rounds"
            case .interventions(let k): return "Interventions " + text(.interventionKind(k))
            }
        case .periodKind(let k):
            switch k {
            case .week: return "week"
            case .tertial: return "tertial"
            case .year: return "year"
            }
        case .monthShort(let m):
            return ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][(m - 1) % 12]
        case .periodName(let p):
            switch p.kind {
            case .year: return "\(p.year)"
            case .tertial: return "\(p.year) T\(p.index) \(text(.monthShort(p.start.month)))–\(text(.monthShort(p.end.month)))"
            case .week: return "\(p.year) w.\(p.index)"
            }

        case .severityError: return "error"
        case .severityWarning: return "warning"
        case .diagnostic(let d):
            switch d {
            case .tornLastLine: return "the last line is cut off (a save that did not finish); the line is skipped"
            case .tornLine: return "the line is cut off (a save that did not finish); the line is skipped"
            case .notJSON(let detail): return "the line is not valid JSON (\(detail))"
            case .badEvent(let problems): return "invalid event: " + problems.map { text(.field($0)) }.joined(separator: "; ")
            case .planSyntax(let detail): return "the plan file cannot be read: \(detail)"
            case .plan(let p): return text(.planProblem(p))
            case .record(let v): return text(.validation(v))
            case .replay(let w):
                switch w {
                case .unknownRecord(let k, let id): return "changes a record that does not exist (\(k.rawValue) \(id.uuidString.lowercased()))"
                case .duplicateRecord(let k, let id): return "the record already exists (\(k.rawValue) \(id.uuidString.lowercased()))"
                }
            case .unreadable(let detail): return "cannot be read: \(detail)"
            case .missingFolder: return "the data folder does not exist"
            case .conflictCopy: return "a sync tool's conflict copy: its events count once (same ids); remove the copy once it has been looked through"
            case .outline(let file, let o): return (file.map { $0 + ": " } ?? "") + geo(.outline(o))
            case .survey(let p): return document(.surveyProblem(p))
            case .noPlanForRecords(let y, let n): return "no plan for \(y), but \(n) \(n == 1 ? "record" : "records") from that year – counted without targets; lagesbild init --year \(y) makes a plan"
            }
        case .field(let f):
            switch f {
            case .missing(let k): return "field \"\(k)\" is missing"
            case .notText(let k): return "field \"\(k)\" must be text"
            case .notInteger(let k): return "field \"\(k)\" must be a whole number"
            case .notDate(let k, let v): return "field \"\(k)\": \"\(v)\" is not a date (YYYY-MM-DD)"
            case .notTime(let k, let v): return "field \"\(k)\": \"\(v)\" is not a time (HH:MM)"
            case .notIdentifier(let k, let v): return "field \"\(k)\": \"\(v)\" is not a valid id (UUID)"
            case .unknownValue(let k, let v): return "field \"\(k)\": unknown value \"\(v)\""
            case .notList(let k): return "field \"\(k)\" must be a list"
            case .notObject(let k): return "field \"\(k)\" must be an object"
            case .notNumber(let k): return "field \"\(k)\" must be a number"
            case .position(let p): return geo(.position(p))
            }
        case .validation(let v):
            switch v {
            case .minutesPerPlace(let n): return "give minutes for each of the \(n) places, in the same order (for example \(Array(repeating: "15", count: max(1, n)).joined(separator: " ")))"
            case .minutesOutOfRange(let m): return "\(m) minutes cannot be – between 0 and 1440"
            case .endBeforeStart: return "the end time is before the start time (a round past midnight may last at most 12 hours)"
            case .unknownHotSpot(let id): return "unknown place \"\(id)\""
            case .noHotSpot: return "choose at least one place"
            case .negativeCount(let k): return "\(k) cannot be negative"
            case .dateInFuture(let d): return "the date \(d.iso) is in the future"
            case .dueBeforeDecided: return "the due date is before the decision date"
            case .emptyField(let k): return "\(k) must not be empty"
            case .noParticipants: return "give at least one participant"
            case .personalIdentityNumber(let s): return "\"\(s)\" looks like a personal identity number; the situation picture is about places, not people"
            }
        case .planProblem(let p):
            switch p {
            case .unknownFocusArea(let owner, let area): return "\(owner) refers to unknown focus area \"\(area)\""
            case .duplicateID(let id): return "id \"\(id)\" occurs more than once"
            case .fileYearMismatch(let f, let y): return "the file is named \(f) but the plan says year: \(y) – rename it or fix the year"
            case .duplicateYear(let y, let kept): return "another plan for \(y) – \(kept) applies, this one is not read"
            case .unexpectedPlanFile: return "not read: a plan in plans/ is named YYYY.yaml, for example plans/2024.yaml"
            case .badMetric(let promise, let metric): return "promise \(promise): unknown measure \"\(metric)\" (rundor or insatser:<kind>)"
            case .negativeTarget(let promise): return "promise \(promise): the target cannot be negative"
            case .emptyName(let id): return "place \(id) has no name"
            case .field(let f): return text(.field(f))
            }
        case .checkSummary(let errors, let warnings, let events):
            return "\(events) \(events == 1 ? "event" : "events") read, \(errors) \(errors == 1 ? "error" : "errors"), "
                + "\(warnings) \(warnings == 1 ? "warning" : "warnings")"
        case .planAlreadyExists(let path): return "there is already a plan at \(path); nothing was changed"
        case .initCreated(let f, let plan): return "Created \(f) with \(plan), journal/, drafts/ and minutes/.\nEdit \(plan) and run: lagesbild --data \(f)"
        case .initNextYear(let path, let y, let from): return "Wrote \(path): the plan for \(y), made from \(from). Review promises, targets and places, then run lagesbild check."
        case .unknownGroup(let g): return "there is no group \"\(g)\" on this computer (groupadd \(g) makes one); nothing was changed"
        case .partialShort(let n): return "⚠ \(n) \(n == 1 ? "file unread" : "files unread")"
        case .partialPicture(let n): return "⚠ \(n) \(n == 1 ? "file" : "files") cannot be read – the picture is incomplete"
        case .noPlanForDateShort(let y): return "Note: no plan for \(y) – saved and counted, but without targets"
        case .noPlanForDate(let y): return "No plan for \(y): the record is saved and counted, but with no targets to compare with (lagesbild init --year \(y) makes a plan)"
        case .writeFailure(let f):
            switch f {
            case .diskFull(let path): return "the disk is full or the file too large (\(path)); nothing was saved, the form and its draft remain"
            case .readOnly(let path): return "the data folder is read-only (\(path)); nothing was saved, the form remains"
            case .folderMissing(let path): return "the data folder is gone (\(path)); nothing was saved"
            case .other(let operation, let path, let detail): return "\(operation) \(path): \(detail)"
            }
        case .missingDataFolder(let path):
            return "The data folder \(path) does not exist. Create one with: lagesbild init \(path)  (or give --data / LAGESBILD_DATA)"
        case .option(let problem):
            switch problem {
            case .notAPeriod(let o, let v): return "\(o): \"\(v)\" is not a period – write for example 2023, 2023-T2 or 2023-W47"
            case .notATertialOrYear(let o, let v):
                return "\(o): \"\(v)\" cannot be followed up – give a tertial such as 2023-T3 or a year such as 2023"
            case .notADate(let o, let v): return "\(o): \"\(v)\" is not a date – write YYYY-MM-DD"
            case .unknownHotSpot(let o, let v): return "\(o): \"\(v)\" is no place in the plans – give an id, name or alias"
            case .unknownRecord(let o, let v): return "\(o): no record with id \"\(v)\""
            case .notAYear(let o, let v): return "\(o): \"\(v)\" is not a year – write for example 2024"
            case .atLeast(let o, let minimum): return "\(o) must be at least \(minimum)"
            case .aboveZero(let o): return "\(o) must be greater than 0"
            case .unknownPage(let v, let known): return "--pages: unknown page \"\(v)\" (\(known.joined(separator: ", ")))"
            case .unknownKind(let v): return "--kind: \"\(v)\" is no kind of record (round, intervention, incident or measure)"
            case .noCSVFile: return "give at least one CSV file"
            case .incidentsTakeOneFile: return "import incidents: give one CSV file"
            case .mapOnlyForIncidents: return "--map belongs to `lagesbild import incidents FILE.csv`"
            case .mapMalformed(let part): return "--map: \"\(part)\" should be field=Column (e.g. date=Date)"
            case .mapUnknownField(let f, let known): return "--map: unknown field \"\(f)\" (\(known.joined(separator: ", ")))"
            case .unknownChoice(let o, let v, let known):
                return "\(o): there is no \"\(v)\" – choose \(known.dropLast().joined(separator: ", ")) or \(known.last ?? "")"
            }
        case .generated(let path, let places, let events): return "\(path): \(places) places, \(events) events"

        case .summaryTitle(let m, let y, let p): return "Lägesbild · \(m) \(y) · \(text(.periodName(p)))"
        case .summaryAsOf(let d): return "As of \(d.iso) (w.\(d.isoWeek.week))"
        case .summaryPromises: return "Focus areas and promises"
        case .summaryHotSpots: return "Hot spots (priority)"
        case .summaryActivities: return "Activities"
        case .summaryMeasures: return "Open measures"
        case .summaryHotSpotHeader: return "place · incidents now/before · trend · rounds · days since round · priority"
        case .daysShort(let n): return "\(n) d"
        case .never: return "never"
        case .overdue: return "overdue"
        case .none: return "none"

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
extension English {
    static func dashboard(_ d: DashboardText) -> String {
        switch d {
        case .keyHelp: return "help"
        case .keyQuit: return "quit"
        case .keyNextPanel: return "next panel"
        case .keyPreviousPanel: return "previous panel"
        case .keyUp: return "up"
        case .keyDown: return "down"
        case .keyPageUp: return "page up"
        case .keyPageDown: return "page down"
        case .keyFirst: return "first"
        case .keyLast: return "last"
        case .keyOpen: return "open"
        case .keyBack: return "back"
        case .keyPreviousPeriod: return "previous period"
        case .keyNextPeriod: return "next period"
        case .keyToday: return "today"
        case .keyCycleKind: return "week/tertial/year"
        case .keyFilterName: return "filter"
        case .keyFilterFocus: return "focus area"
        case .keyNewMeasure: return "new measure"
        case .keyNextField: return "next field"
        case .keyPreviousField: return "previous field"
        case .keySave: return "save"
        case .keyCancel: return "cancel"
        case .keyLineStart: return "start of line"
        case .keyLineEnd: return "end of line"
        case .keyDeleteBackward: return "delete backward"
        case .keyDeleteForward: return "delete forward"
        case .keyClearLine: return "clear field"
        case .keyCharLeft: return "character left"
        case .keyCharRight: return "character right"
        case .keyNewRound: return "new round"
        case .keyNewIntervention: return "new intervention"
        case .keyNewIncident: return "new incident"
        case .keyAmend: return "correct round"
        case .keyVoid: return "void round"
        case .keyOpenReport: return "follow-up report"
        case .keySaveReport: return "save the report"
        case .keyYearsReport: return "several years side by side"
        case .yearsReportTitle(let a, let b): return "Follow-up \(a)–\(b)"
        case .reportTitle(let p): return "Follow-up " + text(.periodName(p))
        case .reportCompleting: return "  Times, presence, reporters and effect are being worked out …"
        case .reportSaved(let paths): return "The report is saved: \(paths)"
        case .keyChoose: return "choose / next field"
        case .keyToggle: return "tick"
        case .keyAccept: return "yes / resume draft"
        case .keyDecline: return "no / later"
        case .keyDiscardDraft: return "discard draft"
        case .footerRound: return "round"
        case .helpSectionPrompt: return "Questions"
        case .footerPanel: return "panel"
        case .meeting(let m): return meeting(m)
        case .geo(let g): return geo(g)
        case .document(let d): return document(d)
        case .area(let a): return area(a)
        case .literal(let text): return text
        case .footerPeriod: return "period"
        case .footerKeysPeriod: return "←→"
        case .footerKeyAccept: return "y"
        case .footerMeasure: return "measure"
        case .focusAreas: return "Focus areas"
        case .hotSpots: return "Hot spots"
        case .activities: return "Activities"
        case .weekShort(let w): return "w.\(w)"
        case .tooSmall(let c, let r, let nc, let nr):
            return "The window is too small (\(c)×\(r)). Lägesbild needs at least \(nc)×\(nr)."
        case .dataMissing: return "no data"
        case .loading: return "Reading the data folder …"
        case .loadingJournals(let percent, let read, let total): return "Reading journals: \(percent) % (\(read) of \(total) MB)"
        case .noPlan: return "no plan loaded"
        case .noPlanTargets(let y): return "No plan for \(y) – no targets to compare with; lagesbild init --year \(y) makes one"
        case .noPlanShort(let y): return "no plan for \(y)"
        case .openedLatestData(let y): return "No plan for \(y) – showing the latest period with data; t goes to today"
        case .noDataBefore(let y): return "No plans or records before \(y)"
        case .noDataAfter(let y): return "No plans or records after \(y)"
        case .noMatches: return "no matches"
        case .columnPlace: return "place"
        case .columnIncidents: return "inc."
        case .columnLastRound: return "round"
        case .noTerminal: return "no terminal – the view needs a terminal for input and output; as text: lagesbild summary or lagesbild report"
        case .terminalUnset: return "TERM is not set, so the terminal is unknown – set for example TERM=xterm-256color"
        case .terminalCannotOpen(let t): return "cannot open the terminal (TERM=\(t))"
        case .terminalCannotPosition(let t): return "the terminal TERM=\(t) cannot position the cursor – the view needs a full-screen terminal, for example TERM=xterm-256color"
        case .readOnly: return "read-only mode: nothing can be saved here"
        case .helpTitle: return "Keys"
        case .helpSectionDashboard: return "Overview"
        case .helpSectionForm: return "Forms"
        case .helpClose: return "Esc or ? closes"
        case .helpSectionMarks: return "Marks"
        case .legendTrend: return "▲ ▼  rise, fall: more than chance (test 5 %)"
        case .legendUnclear: return "≈ =  no clear change (= as many)"
        case .legendOverdue: return "!    round or measure overdue"
        case .legendAdded: return "+    hot spot added at a meeting"
        case .filterNamePrompt: return "Filter: "
        case .filterFocusPrompt: return "Focus area: "
        case .filterShown(let f): return "filter: \(f)"
        case .detailIncidentsNowBefore(let n, let b): return "Incidents in the period: \(n) (before: \(b))"
        case .detailRounds(let n): return "Rounds in the period: \(n)"
        case .detailLastRound(let days): return "Last round: " + (days.map { "\($0) d ago" } ?? "never")
        case .detailPriority(let p): return "Priority: \(p)"
        case .detailWeeklyIncidents: return "Incidents per week"
        case .detailWeeklyRounds: return "Rounds per week"
        case .detailMeasures: return "Decided measures"
        case .detailIncidentList: return "Incidents"
        case .detailRoundList: return "Rounds"
        case .detailCounted: return "Counted toward the promise"
        case .detailProgress(let d, let t): return "Done \(d) of \(t)"
        case .detailSpan(let p): return "Period: \(text(.periodName(p)))"
        case .participants(let n): return "\(n) participants"
        case .round: return "round"
        case .intervention: return "intervention"
        case .saveFailed(let why): return "Could not save: \(why)"
        }
    }
}

// Report
extension English {
    static func report(_ r: ReportText) -> String {
        switch r {
        case .title(let m, _, let p): return "Follow-up of the citizen promises · \(m) · \(text(.periodName(p)))"
        case .asOf(let d): return "Data up to and including \(d.iso)"
        case .summary: return "Summary"
        case .promises: return "Focus areas and promises"
        case .rounds: return "Safety rounds per hot spot"
        case .interventions: return "Interventions per kind"
        case .incidents: return "Incidents per hot spot"
        case .measures: return "Measures decided"
        case .chartPromises: return "Done against target per promise"
        case .chartIncidents: return "Incidents per week and focus area"
        case .footer(let d): return "Compiled by Lägesbild from the journal, data up to and including \(d.iso)."
        case .columnPromise: return "Promise"
        case .columnOwner: return "Owner"
        case .columnDone: return "Done"
        case .columnTarget: return "Target"
        case .columnStatus: return "Status"
        case .columnPeriod(let p): return p.kind == .tertial ? "T\(p.index)" : p.description
        case .columnYearToDate: return "Year to date"
        case .columnHotSpot: return "Place"
        case .columnLocality: return "Locality"
        case .columnKind: return "Kind"
        case .columnTrend: return "Trend"
        case .columnChange: return "Change"
        case .columnWhat: return "Measure"
        case .columnResponsible: return "Responsible"
        case .columnDecided: return "Decided"
        case .columnDue: return "Due"
        case .columnFocusArea: return "Focus area"
        case .week: return "week"
        case .target: return "target"
        case .visitsTotal: return "Visits in all"
        case .roundsTotal: return "Rounds in all"
        case .visitsNote: return "One round may visit several places: visits count once per place, rounds once each."
        case .status(let s):
            switch s {
            case .achieved: return "achieved"
            case .inProgress: return "in progress"
            case .notStarted: return "not started"
            case .behind: return "behind plan"
            case .missed: return "not reached"
            }
        case .trend(let t):
            // The tested rule (`TrendTest`): a rise or a fall only when it is more than chance.
            switch t {
            case .rising: return "rise"
            case .falling: return "fall"
            case .steady, .unclear: return "no clear change"
            }
        case .columnAll: return "The whole municipality"
        case .trendRule:
            return "▲ rise and ▼ fall are changes larger than chance gives (exact binomial test, 5 %); ≈ and = are no clear change."
        case .percentChange(let now, let before):
            guard before > 0 else { return now > 0 ? "new" : "±0 %" }
            let pct = Int((Double(now - before) * 100 / Double(before)).rounded())
            return pct > 0 ? "+\(pct) %" : (pct < 0 ? "−\(-pct) %" : "±0 %")
        case .carriedOver: return "from an earlier period"
        case .comparedOver(let c, let p, let asOf):
            let span = p.kind == .year ? "year" : "tertial"
            return "The \(span) is in progress: \(report(.columnPeriod(p))) (\(p.start.iso) – \(asOf.iso)) is compared with the same number of days of "
                + "\(report(.columnPeriod(c.previous))) (\(c.previous.start.iso) – \(c.previousThrough.iso)), \(c.days) \(c.days == 1 ? "day" : "days")."
        case .finding(let f, let kind): return finding(f, kind)
        case .importProblem(let p): return importProblem(p)
        case .imported(let n, let there):
            return "\(n) \(n == 1 ? "record" : "records") imported" + (there > 0 ? ", \(there) already there and skipped" : "")
        case .importRefused(let n):
            return "Nothing imported: \(n) \(n == 1 ? "row" : "rows") with errors. Fix them, or import the rest with --skip-bad."
        case .badRowsSkipped(let n): return "\(n) \(n == 1 ? "row" : "rows") with errors skipped"
        case .exported(let n, let path): return "\(path): \(n) \(n == 1 ? "row" : "rows")"
        }
    }

    static func finding(_ f: ReportFinding, _ kind: PeriodKind) -> String {
        let span = kind == .year ? "the year" : "the tertial"
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        switch f {
        case .notBegun(let p): return "The period has not begun: \(text(.periodName(p))) begins on \(p.start.iso)."
        case .promises(let total, let achieved, let inProgress, let behind, let notStarted, let missed):
            var parts: [String] = []
            if achieved > 0 { parts.append("\(achieved) achieved") }
            if inProgress > 0 { parts.append("\(inProgress) in progress") }
            if behind > 0 { parts.append("\(behind) behind plan") }
            if notStarted > 0 { parts.append("\(notStarted) not started") }
            if missed > 0 { parts.append("\(missed) not reached") }
            return "Of \(count(total, "promise", "promises")), \(list(parts))."
        case .needsAttention(let texts):
            return "Needs attention: " + texts.joined(separator: "; ") + "."
        case .rounds(let done, let target, let visited, let spots):
            let goal = target.map { " (target \($0))" } ?? ""
            return "During \(span), \(count(done, "safety round was", "safety rounds were")) walked\(goal), at \(visited) of \(spots) hot spots."
        case .interventions(let total):
            return "In all, \(count(total, "intervention was", "interventions were")) made during \(span)."
        case .incidents(let now, let before, let comparison):
            let name = text(.periodName(comparison.previous))
            let against = comparison.partial ? "the same number of days of \(name)" : name
            if before == 0 { return "\(count(now, "incident was", "incidents were")) reported at hot spots; there are none in \(against) to compare with." }
            if now == before { return "Incidents at hot spots were as many as in \(against): \(now)." }
            let verb = now > before ? "rose" : "fell"
            return "Incidents at hot spots \(verb) from \(before) in \(against) to \(now) (\(report(.percentChange(now: now, before: before))))."
        case .largestRise(let spot, let now, let before):
            return "Largest rise: \(spot), from \(before) to \(count(now, "incident", "incidents"))."
        case .measures(let decided, let done, let open, let overdue):
            var s = "The EST meetings decided \(count(decided, "measure", "measures")) during \(span)"
            if decided > 0 { s += ", of which \(done) done and \(open) open" }
            s += "."
            if overdue > 0 { s += " \(count(overdue, "measure is", "measures are")) overdue." }
            return s
        }
    }

    /// `a, b and c`.
    static func list(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + parts.last!
    }

    static func importProblem(_ p: ImportProblem) -> String {
        switch p {
        case .unreadable(let why): return "the file cannot be read: \(why)"
        case .notUTF8: return "the file is not UTF-8"
        case .empty: return "the file has no header row"
        case .unknownKind: return "the header row fits no record kind; give --kind round, intervention, incident or measure"
        case .missingColumn(let c): return "column \"\(c)\" is missing"
        case .unknownColumn(let c): return "unknown column \"\(c)\""
        case .columnCount(let expected, let found): return "the row has \(found) \(found == 1 ? "field" : "fields"), the header \(expected)"
        case .field(let f): return text(.field(f))
        case .validation(let v): return text(.validation(v))
        case .conflict(let id): return "record \(id.uuidString.lowercased()) already exists with other content; import never overwrites"
        case .voided(let id): return "record \(id.uuidString.lowercased()) was voided and is not imported again"
        case .duplicateInFile(let id, let line): return "record \(id.uuidString.lowercased()) is already on line \(line) with other content"
        }
    }
}

// Wall display
extension English {
    static func wall(_ w: WallText) -> String {
        switch w {
        case .banner: return "WALL DISPLAY · view only · q quits"
        case .dataUpdated(let time, let day):
            return "data updated " + (day.map { "\($0.components.day) \(text(.monthShort($0.month))) " } ?? "") + time
        case .dataNeverRead: return "no data read yet"
        case .dataMissingTitle: return "DATA MISSING"
        case .dataMissingPath(let path): return "The data folder cannot be read: \(path)"
        case .dataMissingHint: return "The display keeps running and shows the data again as soon as the folder is back."
        case .pageKeyFigures: return "Key figures"
        case .pageOverview: return "Overview"
        case .pageHotSpots: return "Hot spots by priority"
        case .pageActivities: return "Promises and activities"
        case .pageMeasures: return "Open measures"
        case .pageMap: return "Map"
        case .figureRounds(let period): return "safety rounds \(period) against target"
        case .figureOverdueSpots(let days): return "hot spots without a round for \(days) d"
        case .figureOpenMeasures(let overdue): return "open measures, \(overdue) overdue"
        case .figureOverdueList(let names): return "Waiting for a round: \(names)"
        case .columnTrend: return "Trend"
        case .columnIncidents: return "Inc."
        case .columnBefore: return "Before"
        case .columnRounds: return "Rounds"
        case .columnLastRound: return "Last"
        case .columnDue: return "Due"
        case .columnPlace: return "Place"
        case .noOpenMeasures: return "No open measures"
        case .measureOverdue: return "overdue"
        case .promiseHeading: return "Promises"
        case .activityHeading: return "Activities per week"
        }
    }
}
