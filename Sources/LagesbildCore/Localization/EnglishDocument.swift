// Lägesbild och åtgärdsplan, in English.
extension English {
    static func document(_ d: DocumentText) -> String {
        switch d {
        case .title(let m, let y): return "Situation picture and action plan \(y) – \(m) municipality"
        case .meta(let a, let f, let l): return "Data up to \(a.iso) · years \(f == l ? "\(f)" : "\(f)–\(l)") · made by Lägesbild from the cooperation's own data"
        case .footer(let d): return "Situation picture and action plan under the Act (2023:196) on municipalities' responsibility for crime prevention · made \(d.iso) · not edited by hand, made again with lagesbild document"
        case .contents: return "Contents"
        case .section(let n):
            return ["", "1. Summary", "2. Crime and disorder", "3. Consequences and safety", "4. Analysis",
                    "5. Action plan", "6. Year wheel", "7. Sources"][min(max(n, 0), 7)]
        case .introduction: return "Introduction"
        case .causes: return "Causes"
        case .priorities: return "Priorities"
        case .otherOwnTexts: return "The municipality's own sections"
        case .lawNote: return "The Act (2023:196) requires the municipality to keep a picture of crime – its extent and consequences, other relevant information and an analysis – and to decide an action plan from it."
        case .incidentsYear(let n, let b, let t, let p):
            return "\(n) incidents this year against \(b) in the same days of \(p): " + report(.trend(t))
        case .incidentsFirstYear(let n): return "\(n) incidents this year; no earlier year to compare with"
        case .promisesMet(let m, let o): return "\(m) of \(o) citizen promises reached their target"
        case .evaluationsLine(let d, let i, let u): return "Measures and interventions evaluated: \(d) decrease, \(i) increase, \(u) no clear difference"
        case .surveyChange(let ind, let a, let f, let t, let fy, let ty): return "\(ind), \(a): \(f) (\(fy)) → \(t) (\(ty))"
        case .perFocusArea: return "Incidents per focus area and year"
        case .perCategory: return "Incidents per category and year"
        case .columnTrend: return "change"
        case .columnFocusArea: return "focus area"
        case .columnCategory: return "category"
        case .chartFocusAreas: return "Incidents per focus area, year by year"
        case .hotSpotsHeading: return "The places"
        case .columnKind: return "kind"
        case .whereHeading: return "Where"
        case .whenHeading: return "When"
        case .sourcesHeading: return "Who reports"
        case .trendNote(let y, let p): return "The change \(p)–\(y) is tested: ▲ or ▼ only when the difference is too large to be chance (p < 0.05), else ≈."
        case .surveysHeading(let i): return i
        case .columnArea: return "area"
        case .surveySources(let s): return "Source: \(s)."
        case .surveyAnswers(let s): return "Answers: \(s)."
        case .noSurveys(let f): return "No survey values: put the safety survey's and NTU's values in \(f)/ (year;area;indicator;value;answers;source)."
        case .surveyChart(let i): return "\(i), year by year"
        case .surveyProblem(let p):
            switch p {
            case .unreadable(let d): return "cannot be read: \(d)"
            case .notUTF8: return "the file is not UTF-8"
            case .missingColumn(let c): return "the column \"\(c)\" is missing (year;area;indicator;value;answers;source)"
            case .columnCount(let e, let f): return "the row has \(f) fields, the header \(e)"
            case .notYear(let v): return "\"\(v)\" is not a year"
            case .notNumber(let c, let v): return "\(c): \"\(v)\" is not a number"
            case .empty(let c): return "\(c) is missing"
            }
        case .changesHeading: return "What changed, and where"
        case .changeRise(let w, let n, let b): return "\(w): rise, \(b) → \(n)"
        case .changeFall(let w, let n, let b): return "\(w): fall, \(b) → \(n)"
        case .noChanges: return "No tested change against last year, per focus area or per place."
        case .promisesHeading: return "The citizen promises year by year"
        case .effectHeading: return "Did the measures and interventions work?"
        case .measuresHeading(let a): return a
        case .columnMeasure: return "measure"
        case .columnResponsible: return "responsible"
        case .columnDue: return "due"
        case .columnStatus: return "status"
        case .columnFollowUp: return "followed up"
        case .followUpRule(let w): return "\(w) weeks before and after against the comparison places"
        case .noMeasures: return "No decided measure is open."
        case .nextYearHeading(let y): return "Citizen promises \(y)"
        case .columnPromise: return "promise"
        case .columnOwner: return "owner"
        case .columnTarget: return "target"
        case .noNextYear(let y): return "No plan for \(y) yet; lagesbild init --year \(y) makes one."
        case .withoutPlace: return "Without a place"
        case .peakWeeksHeading: return "Weeks that peak year after year"
        case .columnWeek: return "week"
        case .columnYears: return "years"
        case .columnDates: return "dates"
        case .columnOccasion: return "occasion"
        case .peakRule: return "A week peaks in a year when its incidents are too many for the year's weekly mean (Poisson, p < 0.05); listed are the weeks that peak in more than one year."
        case .noPeakWeeks: return "No week peaks in more than one year."
        case .occasion(let w):
            switch w {
            case 1: return "New Year"
            case 17, 18: return "Walpurgis Night"
            case 23, 24, 25: return "end of school, Midsummer"
            case 26...32: return "summer holidays"
            case 44: return "autumn half-term"
            case 51, 52, 53: return "Christmas and New Year"
            default: return ""
            }
        case .rhythmHeading: return "Meeting rhythm"
        case .meetingsHeld(let y, let m, let w): return "\(y): \(m) EST meetings in \(w) weeks"
        case .tertialFollowUps(let d): return "Follow-up per tertial: \(d)"
        case .sourcesUsed: return "Records used"
        case .columnKindOfRecord: return "kind"
        case .columnCount: return "count"
        case .recordKind(let k):
            switch k {
            case .round: return "safety rounds"
            case .intervention: return "interventions"
            case .incident: return "incidents (duplicates once)"
            case .measure: return "measures decided"
            case .meeting: return "EST meetings"
            case .hotspot: return "new hot spots"
            }
        case .periodsUsed(let f, let l): return "Periods: \(f == l ? "\(f)" : "\(f)–\(l)"), per tertial and year."
        case .excludedVoided(let n): return "Voided records are not counted: \(n)."
        case .excludedDuplicates(let n): return "Possible duplicates counted once: \(n)."
        case .excludedUnreadable(let f): return "Could not be read and is missing from the numbers: \(f)."
        case .diagnosticsNote(let e, let w): return "Check of the folder: \(e) errors, \(w) warnings (lagesbild check)."
        case .surveyRows(let n): return "Survey values: \(n)."
        case .texts(let f): return "The municipality's own texts: \(f)."
        case .noTexts(let f): return "No own texts (\(f))."
        case .keySaveDocument: return "save the year's situation picture and action plan (in the report view)"
        case .footerDocument: return "document"
        case .surveyRefused(let at): return "No document saved: \(at)"
        }
    }
}
