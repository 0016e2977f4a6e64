// Lägesbild och åtgärdsplan, in Swedish.
extension Swedish {
    static func document(_ d: DocumentText) -> String {
        switch d {
        case .title(let m, let y): return "Lägesbild och åtgärdsplan \(y) – \(m)s kommun"
        case .meta(let a, let f, let l): return "Underlag till \(a.iso) · år \(f == l ? "\(f)" : "\(f)–\(l)") · skapad av Lägesbild ur samverkans egna data"
        case .footer(let d): return "Lägesbild och åtgärdsplan enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete · skapad \(d.iso) · ändras inte för hand, görs om med lagesbild document"
        case .contents: return "Innehåll"
        case .section(let n):
            return ["", "1. Sammanfattning", "2. Brott och ordningsstörningar", "3. Konsekvenser och trygghet", "4. Analys",
                    "5. Åtgärdsplan", "6. Årshjul", "7. Underlag"][min(max(n, 0), 7)]
        case .introduction: return "Inledning"
        case .causes: return "Orsaker"
        case .priorities: return "Prioriteringar"
        case .otherOwnTexts: return "Kommunens egna avsnitt"
        case .lawNote: return "Lagen (2023:196) kräver att kommunen har en lägesbild över brottsligheten – dess omfattning och konsekvenser, annan relevant information och en analys – och beslutar en åtgärdsplan utifrån den."
        case .incidentsYear(let n, let b, let t, let p):
            return "\(n) händelser i år mot \(b) under samma tid \(p): " + report(.trend(t))
        case .incidentsFirstYear(let n): return "\(n) händelser i år; inget tidigare år att jämföra med"
        case .promisesMet(let m, let o): return "\(m) av \(o) medborgarlöften nådde sitt mål"
        case .evaluationsLine(let d, let i, let u): return "Utvärderade åtgärder och insatser: \(d) minskning, \(i) ökning, \(u) ingen säker skillnad"
        case .surveyChange(let ind, let a, let f, let t, let fy, let ty): return "\(ind), \(a): \(f) (\(fy)) → \(t) (\(ty))"
        case .perFocusArea: return "Händelser per fokusområde och år"
        case .perCategory: return "Händelser per kategori och år"
        case .columnTrend: return "förändring"
        case .columnFocusArea: return "fokusområde"
        case .columnCategory: return "kategori"
        case .chartFocusAreas: return "Händelser per fokusområde, år för år"
        case .hotSpotsHeading: return "Platserna"
        case .columnKind: return "slag"
        case .whereHeading: return "Var"
        case .whenHeading: return "När"
        case .sourcesHeading: return "Vem som rapporterar"
        case .trendNote(let y, let p): return "Förändringen \(p)–\(y) är prövad: ▲ eller ▼ bara när skillnaden är för stor för att vara slumpen (p < 0,05), annars ≈."
        case .surveysHeading(let i): return i
        case .columnArea: return "område"
        case .surveySources(let s): return "Källa: \(s)."
        case .surveyAnswers(let s): return "Antal svar: \(s)."
        case .noSurveys(let f): return "Inga enkätvärden: lägg trygghetsmätningens och NTU:s värden i \(f)/ (år;område;indikator;värde;svar;källa)."
        case .surveyChart(let i): return "\(i), år för år"
        case .surveyProblem(let p):
            switch p {
            case .unreadable(let d): return "kan inte läsas: \(d)"
            case .notUTF8: return "filen är inte UTF-8"
            case .missingColumn(let c): return "kolumnen \"\(c)\" saknas (år;område;indikator;värde;svar;källa)"
            case .columnCount(let e, let f): return "raden har \(f) fält, rubriken \(e)"
            case .notYear(let v): return "\"\(v)\" är inget år"
            case .notNumber(let c, let v): return "\(c): \"\(v)\" är inget tal"
            case .empty(let c): return "\(c) saknas"
            }
        case .changesHeading: return "Vad har förändrats, och var"
        case .changeRise(let w, let n, let b): return "\(w): ökning, \(b) → \(n)"
        case .changeFall(let w, let n, let b): return "\(w): minskning, \(b) → \(n)"
        case .noChanges: return "Ingen prövad förändring mot förra året, vare sig per fokusområde eller plats."
        case .promisesHeading: return "Medborgarlöftena år för år"
        case .effectHeading: return "Har åtgärderna och insatserna verkat?"
        case .measuresHeading(let a): return a
        case .columnMeasure: return "åtgärd"
        case .columnResponsible: return "ansvarig"
        case .columnDue: return "klart senast"
        case .columnStatus: return "status"
        case .columnFollowUp: return "följs upp"
        case .followUpRule(let w): return "\(w) veckor före och efter mot jämförelseplatserna"
        case .noMeasures: return "Inga beslutade åtgärder är öppna."
        case .nextYearHeading(let y): return "Medborgarlöften \(y)"
        case .columnPromise: return "löfte"
        case .columnOwner: return "ansvar"
        case .columnTarget: return "mål"
        case .noNextYear(let y): return "Ingen plan för \(y) ännu; lagesbild init --year \(y) skapar en."
        case .withoutPlace: return "Utan plats"
        case .peakWeeksHeading: return "Veckor som toppar år efter år"
        case .columnWeek: return "vecka"
        case .columnYears: return "år"
        case .columnDates: return "datum"
        case .columnOccasion: return "tillfälle"
        case .peakRule: return "En vecka toppar ett år när dess händelser är för många för årets veckosnitt (Poisson, p < 0,05); här de veckor som toppar fler än ett år."
        case .noPeakWeeks: return "Ingen vecka toppar mer än ett år."
        case .occasion(let w):
            switch w {
            case 1: return "nyår"
            case 17, 18: return "valborg"
            case 23, 24, 25: return "skolavslutning, midsommar"
            case 26...32: return "sommarlov"
            case 44: return "höstlov"
            case 51, 52, 53: return "jul och nyår"
            default: return ""
            }
        case .rhythmHeading: return "Mötesrytm"
        case .meetingsHeld(let y, let m, let w): return "\(y): \(m) EST-möten under \(w) veckor"
        case .tertialFollowUps(let d): return "Uppföljning per tertial: \(d)"
        case .sourcesUsed: return "Poster som används"
        case .columnKindOfRecord: return "slag"
        case .columnCount: return "antal"
        case .recordKind(let k):
            switch k {
            case .round: return "trygghetsrundor"
            case .intervention: return "insatser"
            case .incident: return "händelser (dubbletter en gång)"
            case .measure: return "beslutade åtgärder"
            case .meeting: return "EST-möten"
            case .hotspot: return "nya hot spots"
            }
        case .periodsUsed(let f, let l): return "Perioder: \(f == l ? "\(f)" : "\(f)–\(l)"), per tertial och år."
        case .excludedVoided(let n): return "Makulerade poster räknas inte: \(n)."
        case .excludedDuplicates(let n): return "Möjliga dubbletter räknas en gång: \(n)."
        case .excludedUnreadable(let f): return "Kunde inte läsas och saknas i siffrorna: \(f)."
        case .diagnosticsNote(let e, let w): return "Kontroll av mappen: \(e) fel, \(w) varningar (lagesbild check)."
        case .surveyRows(let n): return "Enkätvärden: \(n)."
        case .texts(let f): return "Kommunens egna texter: \(f)."
        case .noTexts(let f): return "Inga egna texter (\(f))."
        case .keySaveDocument: return "spara lägesbild och åtgärdsplan för året (i rapportvyn)"
        case .footerDocument: return "lägesbild"
        case .surveyRefused(let at): return "Ingen lägesbild sparad: \(at)"
        }
    }
}
