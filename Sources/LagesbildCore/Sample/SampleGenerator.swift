import Foundation

/// Makes a realistic data folder's worth of events for the Vaggeryd plan: incidents with
/// summer and weekend peaks and flare-ups at single places, safety rounds steered to the
/// places that need them, interventions paced against the promises, and measures decided
/// at the weekly EST meeting that are later done, left ongoing or cancelled.
///
/// Deterministic: the same seed, years and scale give the same events, byte for byte.
public struct SampleGenerator {
    public struct Options: Sendable {
        public var seed: UInt64
        public var years: Int
        /// Multiplies every rate; 1 is a municipality the size of Vaggeryd.
        public var scale: Double
        public var startYear: Int
        /// With a converter, places and most incidents get positions, the plans name the
        /// outline, and a cluster and a possible duplicate are planted; without, none.
        public var positions: (any CoordinateConverter)?
        public var municipality: SampleMunicipality = .vaggeryd

        public init(seed: UInt64 = 2023, years: Int = 1, scale: Double = 1, startYear: Int = 2023,
                    positions: (any CoordinateConverter)? = nil) {
            self.positions = positions
            self.seed = seed
            self.years = years
            self.scale = scale
            self.startYear = startYear
        }
    }

    public let options: Options
    /// The last year's plan.
    public let plan: Plan
    /// Every year's plan, oldest first; each year's records use its own plan's places.
    public let plans: [Plan]
    var rng: SeededRandom
    var events: [JournalEvent] = []
    private var lastRound: [String: Day] = [:]
    private var recentIncidents: [String: [Day]] = [:]
    private var flareUntil: [String: Day] = [:]
    /// The active hot spots of the year being generated.
    private var yearSpots = Set<String>()
    /// A measure's effect on a place's incidents until a day: fewer where one worked (and
    /// flare-ups end), more next door where one only moved them.
    private var effects: [String: (until: Day, factor: Double)] = [:]
    /// Whether the one measure that moves incidents to a neighbouring place has been made.
    private var displaced = false
    /// The neighbour incidents were moved to gets no measure or intervention of its own in
    /// the two windows, so it stays a fair buffer and the move shows.
    private var leftAlone: [String: Day] = [:]
    /// The place whose incidents go next door instead, until a day.
    private var movedTo: [String: (neighbour: HotSpot, until: Day)] = [:]
    /// Positions draw from their own stream, so the events are the same with or without them.
    var placeRng: SeededRandom
    /// Positioned incidents by day and category, so scattering never makes a duplicate by chance.
    var placedToday: [DuplicateRule.GroupKey: [(GridPoint, IncidentSource)]] = [:]

    public init(options: Options) {
        self.options = options
        let last = options.startYear + max(options.years, 1) - 1
        var plans = options.municipality.plans(first: options.startYear, last: last)
        // Only Vaggeryd's places and outline are known here; another municipality has none.
        if let converter = options.positions, options.municipality == .vaggeryd {
            for k in plans.indices {
                plans[k].boundaryFile = SampleGenerator.outlineFile
                for j in plans[k].hotSpots.indices {
                    plans[k].hotSpots[j].position = SampleGenerator.position(of: plans[k].hotSpots[j], converter)
                }
            }
        }
        self.plans = plans
        self.plan = plans.last!
        self.rng = SeededRandom(seed: options.seed)
        self.placeRng = SeededRandom(seed: options.seed &+ 0x5EED_0F_6E0)
    }

    static func position(of spot: HotSpot, _ converter: any CoordinateConverter) -> GridPoint? {
        guard let centre = localityCentres[spot.locality].flatMap({ try? converter.grid($0) }),
              let offset = hotSpotOffsets[spot.id] else { return nil }
        return GridPoint(n: centre.n + offset.n, e: centre.e + offset.e).rounded
    }

    /// The writers of the sample, one journal file each.
    public enum Writer {
        public static let police = "polis.lpo@vaggeryd"
        public static let municipality = "trygghetssamordnare@vaggeryd"
        public static let chair = "est.ordforande@vaggeryd"
        public static let housing = "vaggerydsbostader@vaggeryd"
    }

    public mutating func generate() -> (plan: Plan, events: [JournalEvent]) {
        let made = generateYears()
        return (made.plans.last!, made.events)
    }

    /// The events with every year's plan.
    public mutating func generateYears() -> (plans: [Plan], events: [JournalEvent]) {
        events = []
        let spots = plan.hotSpots
        // Each place has its own base level of incidents per week.
        var baseRate: [String: Double] = [:]
        for spot in spots { baseRate[spot.id] = 0.1 + rng.unit() * 0.7 }
        var pendingMeasures: [(measure: Measure, resolveOn: Day, status: MeasureStatus)] = []

        for yearOffset in 0..<max(options.years, 1) {
            let year = options.startYear + yearOffset
            let period = Period.year(year)
            // A place has incidents and rounds in the years its plan follows it; a retired
            // place is quieter and no longer walked, a place not yet a hot spot has none.
            yearSpots = Set(plans[yearOffset].hotSpots.filter(\.active).map(\.id))
            var day = period.start
            while day <= period.end {
                let season = SampleGenerator.seasonFactor(month: day.month)
                let weekend = day.weekday >= 5 ? 1.5 : 0.85
                // Incidents at hot spots, with occasional flare-ups lasting a few weeks.
                for spot in spots {
                    guard yearSpots.contains(spot.id) || plans[yearOffset].hotSpot(id: spot.id) != nil else { continue }
                    if flareUntil[spot.id].map({ $0 < day }) ?? true, rng.chance(0.004) {
                        flareUntil[spot.id] = day.adding(days: rng.int(14...42))
                    }
                    let flare = (flareUntil[spot.id].map { $0 >= day } ?? false) ? 3.0 : 1.0
                    let retired = yearSpots.contains(spot.id) ? 1.0 : 0.3
                    let effect = effects[spot.id].map { $0.until >= day ? $0.factor : 1 } ?? 1
                    let mean = baseRate[spot.id]! / 7 * season * weekend * (effect < 1 ? 1 : flare) * retired * effect * options.scale
                    for _ in 0..<rng.poisson(mean) {
                        // Moved, not prevented: four in five happen at the place next door.
                        if let moved = movedTo[spot.id], moved.until >= day, rng.chance(0.8) { addIncident(at: moved.neighbour, on: day) }
                        else { addIncident(at: spot, on: day) }
                    }
                }
                // Reports from places that are not hot spots yet.
                for _ in 0..<rng.poisson(0.08 * season * options.scale) { addLooseIncident(on: day) }
                // Safety rounds, mostly Friday and Saturday evenings.
                let roundMean = (day.weekday == 5 || day.weekday == 6 ? 0.55 : 0.08) * (0.6 + 0.4 * season) * options.scale
                for _ in 0..<rng.poisson(roundMean) { addRound(on: day) }
                addInterventions(on: day, season: season)
                // The weekly EST meeting on Tuesdays decides measures for the hottest places.
                if day.weekday == 2 {
                    for m in decideMeasures(on: day) {
                        let roll = rng.unit()
                        let status: MeasureStatus = roll < 0.72 ? .done : (roll < 0.86 ? .ongoing : (roll < 0.92 ? .cancelled : .open))
                        let resolve = m.decided.adding(days: rng.int(5...(m.due.days(since: m.decided) + 10)))
                        pendingMeasures.append((m, resolve, status))
                    }
                }
                // Measures change status when the work is done; most ongoing ones finish later.
                var later: [(measure: Measure, resolveOn: Day, status: MeasureStatus)] = []
                pendingMeasures.removeAll { item in
                    guard item.resolveOn == day else { return false }
                    guard item.status != .open else { return true }
                    var m = item.measure
                    m.status = item.status
                    emit(.amended, .measure(m), author: Writer.chair, on: day, minute: 9 * 60 + rng.int(0...59))
                    if m.status == .ongoing, rng.chance(0.8) { later.append((m, day.adding(days: rng.int(14...56)), .done)) }
                    return true
                }
                pendingMeasures += later
                day = day.adding(days: 1)
            }
        }
        if options.positions != nil && options.municipality == .vaggeryd { plantPlaces() }
        if options.municipality != .vaggeryd {
            // The writers are the other municipality's: `polis.lpo@gnosjo`.
            events = events.map { e in
                var e = e
                e.author = e.author.replacingOccurrences(of: "@vaggeryd", with: "@" + options.municipality.rawValue)
                return e
            }
        }
        events.sort { $0.timestamp != $1.timestamp ? $0.timestamp < $1.timestamp : UUID.textOrdered($0.id, $1.id) }
        return (plans, events)
    }

    static func seasonFactor(month: Int) -> Double {
        [0.7, 0.7, 0.8, 0.95, 1.15, 1.45, 1.55, 1.4, 1.1, 1.0, 0.8, 0.85][month - 1]
    }

    private mutating func emit(_ action: EventAction, _ record: Record, author: String, on day: Day, minute: Int, reason: String? = nil) {
        let ts = Date(timeIntervalSince1970: TimeInterval(day.ordinal * 86_400 + minute * 60 + rng.int(0...59)))
        events.append(JournalEvent(id: rng.uuid(), timestamp: ts, author: author, action: action, record: record, reason: reason))
    }

    private mutating func addIncident(at spot: HotSpot, on day: Day) {
        let category = rng.pick(spot.focusAreas.flatMap { SampleGenerator.categories[$0] ?? [] } + [.otryggPlats])
        let source = rng.pick(SampleGenerator.sources[category] ?? [.polis])
        let time = ClockTime(hour: rng.pick([14, 16, 18, 19, 20, 21, 22, 23, 0, 1]), minute: rng.int(0...59))
        let text = rng.pick(SampleGenerator.incidentTexts[category] ?? ["Händelse rapporterad"])
        var incident = Incident(id: rng.uuid(), date: day, time: time, hotSpot: spot.id, category: category, source: source, text: text)
        incident.position = scatter(around: plan.hotSpot(id: spot.id)?.position, incident)
        recentIncidents[spot.id, default: []].append(day)
        emit(.recorded, .incident(incident), author: SampleGenerator.writer(for: source), on: day, minute: 23 * 60 + rng.int(0...50))
    }

    private mutating func addLooseIncident(on day: Day) {
        let (place, category) = rng.pick(SampleGenerator.loosePlaces)
        let source = rng.pick(SampleGenerator.sources[category] ?? [.allmanhet])
        let incident = Incident(id: rng.uuid(), date: day, time: ClockTime(hour: rng.int(15...23), minute: rng.int(0...59)),
                                hotSpot: nil, place: place, category: category, source: source,
                                text: rng.pick(SampleGenerator.incidentTexts[category] ?? ["Händelse rapporterad"]))
        emit(.recorded, .incident(incident), author: SampleGenerator.writer(for: source), on: day, minute: 23 * 60 + rng.int(0...50))
    }

    /// Rounds go where the picture points: recent incidents and long gaps since the last round.
    private mutating func addRound(on day: Day) {
        let cutoff = day.adding(days: -28)
        var weighted: [(String, Double)] = []
        for spot in plan.hotSpots where yearSpots.contains(spot.id) {
            recentIncidents[spot.id]?.removeAll { $0 < cutoff }
            let gap = Double(min(day.days(since: lastRound[spot.id] ?? day.adding(days: -60)), 60))
            weighted.append((spot.id, 0.2 + Double(recentIncidents[spot.id]?.count ?? 0) / 2 + gap * gap / 100))
        }
        var chosen: [String] = []
        for _ in 0..<rng.int(2...3) {
            let total = weighted.reduce(0) { $0 + $1.1 }
            var roll = rng.unit() * total
            for (i, item) in weighted.enumerated() {
                roll -= item.1
                if roll <= 0 { chosen.append(item.0); weighted.remove(at: i); break }
            }
        }
        for id in chosen { lastRound[id] = day }
        var participants: [Organisation: Int] = [.polis: rng.int(1...2)]
        if rng.chance(0.85) { participants[.kommun] = rng.int(1...2) }
        if day.weekday >= 5, rng.chance(0.5) { participants[.nattvandrare] = rng.int(2...4) }
        if rng.chance(0.2) { participants[.bostadsbolag] = 1 }
        if rng.chance(0.05) { participants[.raddningstjanst] = 1 }
        var observations = Set<Observation>()
        for _ in 0..<rng.int(0...3) { observations.insert(rng.pick(Observation.allCases)) }
        let startHour = rng.pick([18, 19, 20, 21])
        let start = ClockTime(hour: startHour, minute: rng.pick([0, 15, 30]))!
        let end = ClockTime(hour: startHour + rng.int(1...2), minute: start.minute)
        var followUps: [FollowUp] = []
        if rng.chance(0.2) { followUps.append(rng.pick(SampleGenerator.followUps)) }
        // Four rounds in ten note the minutes at each place; the rest leave it to the estimate.
        let minutes = rng.chance(0.4) ? chosen.map { _ in rng.int(4...25) } : []
        let round = Round(id: rng.uuid(), date: day, start: start, end: end, hotSpots: chosen, participants: participants,
                          observations: observations, notes: rng.pick(SampleGenerator.roundNotes),
                          citizenContacts: rng.int(0...12), interventions: rng.poisson(0.4), followUps: followUps, minutes: minutes)
        let author = participants[.kommun] != nil && rng.chance(0.5) ? Writer.municipality : Writer.police
        emit(.recorded, .round(round), author: author, on: day, minute: end.map { $0.minutes + 20 } ?? 23 * 60)
        // Now and then a round is corrected afterwards, or entered twice and the copy voided.
        if rng.chance(0.03) {
            var fixed = round
            fixed.citizenContacts += 1
            emit(.amended, .round(fixed), author: author, on: day.adding(days: 1), minute: 8 * 60 + rng.int(0...120),
                 reason: "Rättat antal medborgarkontakter")
        } else if rng.chance(0.04) {
            var copy = round
            copy.id = rng.uuid()
            emit(.recorded, .round(copy), author: author, on: day.adding(days: 1), minute: 8 * 60)
            emit(.voided, .round(copy), author: author, on: day.adding(days: 1), minute: 8 * 60 + 5, reason: "Dubbelregistrering")
        }
    }

    private mutating func addInterventions(on day: Day, season: Double) {
        let s = options.scale
        let schoolTraffic = (day.month == 8 || day.month == 9 || day.month == 1) ? 2.0 : 1.0
        let kinds: [(InterventionKind, Double)] = [
            (.narkotika, 0.05 * season),
            (.trafik, 0.06 * schoolTraffic),
            (.vald, 0.022),
            (.skadegorelse, 0.035 * season),
            (.bedrageri, [6, 7, 12].contains(day.month) ? 0.0 : 0.028),
            (.trygghet, 0.02 * season),
        ]
        for (kind, rate) in kinds {
            let weekdayFactor = day.weekday <= 5 ? 1.2 : 0.5
            for _ in 0..<rng.poisson(rate * weekdayFactor * s) {
                let candidates = plan.hotSpots.filter { yearSpots.contains($0.id) && $0.focusAreas.contains(SampleGenerator.focusArea(of: kind))
                    && (leftAlone[$0.id].map { $0 < day } ?? true) }
                let spot = candidates.isEmpty || kind == .bedrageri ? nil : rng.pick(candidates)
                let org: Organisation = [.narkotika, .trafik].contains(kind) ? .polis : rng.pick([.polis, .kommun])
                let intervention = Intervention(id: rng.uuid(), date: day, kind: kind, hotSpot: spot?.id,
                                                place: spot == nil ? rng.pick(SampleGenerator.meetingPlaces) : "",
                                                organisation: org, results: results(for: kind),
                                                notes: rng.pick(SampleGenerator.interventionNotes[kind] ?? [""]))
                emit(.recorded, .intervention(intervention), author: org == .polis ? Writer.police : Writer.municipality,
                     on: day, minute: 17 * 60 + rng.int(0...300))
            }
        }
    }

    private mutating func results(for kind: InterventionKind) -> [String: Int] {
        switch kind {
        case .narkotika: return ["kontroller": rng.int(3...15), "beslag": rng.int(0...3), "rapporter": rng.int(0...4)]
        case .trafik: return ["kontroller": rng.int(15...80), "rapporter": rng.int(0...7)]
        case .vald: return ["samtal": rng.int(2...20)]
        case .skadegorelse: return ["sanerade_platser": rng.int(1...4)]
        case .bedrageri: return ["deltagare": rng.int(8...45)]
        case .trygghet: return ["kontakter": rng.int(5...40)]
        }
    }

    private mutating func decideMeasures(on day: Day) -> [Measure] {
        let ranked = plan.hotSpots.filter { yearSpots.contains($0.id) && (leftAlone[$0.id].map { $0 < day } ?? true) }.map { ($0, recentIncidents[$0.id]?.filter { $0 >= day.adding(days: -14) }.count ?? 0) }
            .sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }
        var out: [Measure] = []
        for (spot, count) in ranked.prefix(2) where count >= 2 && rng.chance(0.55 * min(options.scale, 3)) {
            let (what, who) = rng.pick(SampleGenerator.measureTemplates)
            let m = Measure(id: rng.uuid(), hotSpot: spot.id, what: what, responsible: who, decided: day,
                            due: day.adding(days: rng.pick([14, 21, 28, 42])))
            emit(.recorded, .measure(m), author: Writer.chair, on: day, minute: 10 * 60 + rng.int(0...50))
            out.append(m)
            // Some measures work for the eight weeks after (a quarter of the incidents), most
            // do not; once, in the last year, one moves the incidents to a place nearby.
            let until = day.adding(days: 55)
            let neighbour = plan.hotSpots.first { $0.locality == spot.locality && $0.id != spot.id && yearSpots.contains($0.id) }
            if !displaced, day.year == options.startYear + max(options.years, 1) - 1, day.month >= 5, count >= 5, let neighbour {
                displaced = true
                movedTo[spot.id] = (neighbour, until)
                leftAlone[neighbour.id] = until
            } else if rng.chance(0.35) {
                effects[spot.id] = (until, 0.25)
            }
        }
        return out
    }

    static func focusArea(of kind: InterventionKind) -> String {
        switch kind {
        case .narkotika: return "narkotika"
        case .trafik: return "trafik"
        case .vald: return "vald"
        case .skadegorelse: return "skadegorelse"
        case .bedrageri: return "bedragerier"
        case .trygghet: return "trygghet"
        }
    }

    static func writer(for source: IncidentSource) -> String {
        switch source {
        case .polis: return Writer.police
        case .bostadsbolag: return Writer.housing
        default: return Writer.municipality
        }
    }
}
