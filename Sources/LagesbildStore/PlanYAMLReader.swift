import Foundation
import LagesbildCore
import LagesbildGeo
import Yams

/// Reads the human-edited plan file. Built on Yams' node tree rather than Decodable so
/// that every problem carries the line of the node it is about, and so that one pass
/// reports all problems instead of stopping at the first.
public enum PlanYAMLReader {
    /// The plan and every problem found. The plan is returned whenever the municipality
    /// and year could be read, with the entries that could not be read left out, so one
    /// typo never hides the rest of the plan.
    /// `folder` is where a `boundary:` file is looked for; without one the boundary is not read.
    public static func read(_ text: String, file: String = PlanFile.name, folder: String? = nil)
        -> (plan: Plan?, diagnostics: [Diagnostic]) {
        let root: Node?
        do {
            // No implicit tags: every value is read by its field's own rule (`YAMLFields`), and
            // the default resolver ran its regular expressions on both sides of every key
            // comparison of every mapping lookup.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            return (nil, [syntaxDiagnostic(error, text: text, file: file)])
        } catch {
            return (nil, [Diagnostic(.error, file: file, .planSyntax(String(describing: error)))])
        }
        var reader = Reading(file: file)
        var plan = reader.plan(root ?? Node.mapping(Node.Mapping([])))
        if plan != nil { reader.placeBoundary(&plan!, folder: folder) }
        if let plan { reader.locate(Validator.problems(in: plan)) }
        return (plan, reader.diagnostics)
    }

    static func syntaxDiagnostic(_ error: YamlError, text: String, file: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return Diagnostic(.error, file: file, line: mark.line, .planSyntax(problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(.error, file: file, line: context.mark.line,
                              .planSyntax("duplicate key: " + duplicates.sorted().joined(separator: ", ")))
        case .reader(let problem, let offset, _, _):
            let line = offset.map { o in text.utf8.prefix(o).filter { $0 == UInt8(ascii: "\n") }.count + 1 }
            return Diagnostic(.error, file: file, line: line, .planSyntax(problem))
        default:
            return Diagnostic(.error, file: file, .planSyntax(String(describing: error)))
        }
    }
}

/// One pass over the node tree: builds the plan, collects diagnostics, and remembers
/// where each entry was written so problems found later by the Validator get lines too.
private struct Reading {
    let file: String
    var diagnostics: [Diagnostic] = []

    private struct PromiseSite { var id: String; var focusArea: String; var target: Int; var focusAreaLine: Int; var targetLine: Int }
    private struct HotSpotSite { var id: String; var line: Int; var nameLine: Int; var areas: [(text: String, line: Int)] }
    /// The id lines of focus areas, promises and hot spots, one list per kind: ids must be
    /// unique within their kind.
    private var idLines: [[(id: String, line: Int)]] = [[], [], []]
    private var promiseSites: [PromiseSite] = []
    private var hotSpotSites: [HotSpotSite] = []
    /// The line of each hot spot's position, by id, to point at when it lies outside the outline.
    private var positionLines: [String: Int] = [:]
    private var boundaryLine = 1

    init(file: String) { self.file = file }

    mutating func plan(_ root: Node) -> Plan? {
        guard var top = YAMLFields(root, line: 1) else {
            error(root.mark?.line ?? 1, .field(.notObject("plan")))
            return nil
        }
        let municipality = top.string("municipality")
        let year = top.int("year")
        let interval = top.int("round_interval_days", default: 14) ?? 14
        let areaNodes = top.list("focus_areas")
        let promiseNodes = top.list("promises")
        let spotNodes = top.list("hot_spots")
        let boundary = top.string("boundary", required: false)
        boundaryLine = top.line(of: "boundary")
        collect(top)

        let areas = areaNodes.compactMap { focusArea($0, fallback: top.line) }
        let promises = promiseNodes.compactMap { promise($0, fallback: top.line) }
        let spots = spotNodes.compactMap { hotSpot($0, fallback: top.line) }
        guard let municipality, let year else { return nil }
        var plan = Plan(municipality: municipality, year: year, roundIntervalDays: interval,
                        focusAreas: areas, promises: promises, hotSpots: spots)
        plan.boundaryFile = boundary
        return plan
    }

    /// Reads the boundary the plan names and checks every hot spot's position against it;
    /// a position outside is an error at its line and is not used.
    mutating func placeBoundary(_ plan: inout Plan, folder: String?) {
        guard let name = plan.boundaryFile, let folder else { return }
        let converter: CoordinateConverter
        switch ProjCoordinates.shared {
        case .success(let c): converter = c
        case .failure(let p): error(boundaryLine, .field(.position(p))); return
        }
        switch OutlineFile.read(folder: folder, name: name, municipality: plan.municipality, converter: converter) {
        case .failure(.syntax(let line?, let detail)):
            diagnostics.append(Diagnostic(.error, file: name, line: line, .outline(file: nil, .syntax(line: line, detail))))
        case .failure(let problem):
            diagnostics.append(Diagnostic(.error, file: file, line: boundaryLine, .outline(file: name, problem)))
        case .success(let outline):
            plan.outline = outline
            for k in plan.hotSpots.indices {
                guard let p = plan.hotSpots[k].position, !outline.contains(p) else { continue }
                error(positionLines[plan.hotSpots[k].id] ?? 1, .field(.position(.outsideOutline(municipality: plan.municipality))))
                plan.hotSpots[k].position = nil
            }
        }
    }

    private mutating func focusArea(_ node: Node, fallback: Int) -> FocusArea? {
        guard var f = entry(node, "focus_areas", fallback) else { return nil }
        let id = f.string("id"), name = f.string("name")
        collect(f)
        guard let id, let name else { return nil }
        idLines[0].append((id, f.line(of: "id")))
        return FocusArea(id: id, name: name)
    }

    private mutating func promise(_ node: Node, fallback: Int) -> Promise? {
        guard var f = entry(node, "promises", fallback) else { return nil }
        let id = f.string("id")
        let area = f.string("focus_area")
        let text = f.string("text")
        let owner = f.string("owner")
        let metricKey = f.string("metric")
        let target = f.int("target")
        let perKey = f.string("per")
        collect(f)
        var ok = true
        let ownerValue = owner.flatMap(PromiseOwner.init(rawValue:))
        if let owner, ownerValue == nil { ok = false; error(f.line(of: "owner"), .field(.unknownValue("owner", owner))) }
        let per = perKey.flatMap(TargetSpan.init(rawValue:))
        if let perKey, per == nil { ok = false; error(f.line(of: "per"), .field(.unknownValue("per", perKey))) }
        let metric = metricKey.flatMap(PromiseMetric.init(key:))
        if let metricKey, metric == nil {
            ok = false
            error(f.line(of: "metric"), .badMetric(promise: id ?? "?", metric: metricKey))
        }
        guard ok, let id, let area, let text, let ownerValue, let metric, let target, let per else { return nil }
        idLines[1].append((id, f.line(of: "id")))
        promiseSites.append(PromiseSite(id: id, focusArea: area, target: target, focusAreaLine: f.line(of: "focus_area"),
                                        targetLine: f.line(of: "target")))
        return Promise(id: id, focusArea: area, text: text, owner: ownerValue, metric: metric, target: target, per: per)
    }

    private mutating func hotSpot(_ node: Node, fallback: Int) -> HotSpot? {
        guard var f = entry(node, "hot_spots", fallback) else { return nil }
        let id = f.string("id")
        let name = f.string("name")
        let locality = f.string("locality", required: false) ?? ""
        let areas = f.strings("focus_areas")
        let aliases = f.strings("aliases").map(\.text)
        let active = f.bool("active", default: true)
        // Optional: the visits a week the cooperation aims for at this place (presence).
        let visits = f.int("visits_per_week", default: -1).flatMap { $0 < 0 ? nil : $0 }
        let position = self.position(&f)
        let radius = f.number("radius")
        if let radius, radius <= 0 { f.fail("radius", .notNumber("radius")) }
        collect(f)
        guard let id, let name else { return nil }
        idLines[2].append((id, f.line(of: "id")))
        hotSpotSites.append(HotSpotSite(id: id, line: f.line, nameLine: f.line(of: "name"), areas: areas))
        var spot = HotSpot(id: id, name: name, locality: locality, focusAreas: areas.map(\.text), aliases: aliases, active: active)
        spot.weeklyVisitTarget = visits
        spot.position = position
        if let radius, radius > 0 { spot.radius = radius }
        return spot
    }

    /// `lat`/`lon` (WGS 84) or `n`/`e` (SWEREF 99 TM), converted and checked to lie in Sweden.
    private mutating func position(_ f: inout YAMLFields) -> GridPoint? {
        let lat = f.number("lat"), lon = f.number("lon"), n = f.number("n"), e = f.number("e")
        let keys = ["lat", "lon", "n", "e"].filter { f.node($0) != nil }
        guard let first = keys.first else { return nil }
        let line = f.line(of: first)
        if let id = f.mapping["id"]?.scalar?.string { positionLines[id] = line }
        let input: PositionInput
        if let lat, let lon, n == nil, e == nil {
            input = .geographic(GeoPoint(latitude: lat, longitude: lon))
        } else if let n, let e, lat == nil, lon == nil {
            input = .grid(GridPoint(n: n, e: e))
        } else {
            error(line, .field(.position(.incomplete)))
            return nil
        }
        do {
            return try ProjCoordinates.resolve(input, outline: nil)
        } catch let p as PositionProblem {
            error(line, .field(.position(p)))
        } catch let other {
            error(line, .field(.position(.conversion(String(describing: other)))))
        }
        return nil
    }

    private mutating func entry(_ node: Node, _ list: String, _ fallback: Int) -> YAMLFields? {
        guard let fields = YAMLFields(node, line: node.mark?.line ?? fallback) else {
            error(node.mark?.line ?? fallback, .field(.notObject(list)))
            return nil
        }
        return fields
    }

    private mutating func collect(_ fields: YAMLFields) {
        for p in fields.problems { error(p.line, .field(p.problem)) }
    }

    private mutating func error(_ line: Int, _ problem: PlanProblem) {
        diagnostics.append(Diagnostic(.error, file: file, line: line, .plan(problem)))
    }

    /// Gives each Validator problem the line of the node it is about. Problems come in
    /// plan order, and each site is used once, so repeated ids land on distinct lines.
    mutating func locate(_ problems: [PlanProblem]) {
        // Every repeated id after its first use, in plan order: the lines duplicates point at.
        var repeats: [(id: String, line: Int)] = []
        for kind in idLines {
            var seen = Set<String>()
            repeats += kind.filter { !seen.insert($0.id).inserted }
        }
        var usedPromiseAreas = Set<Int>(), usedTargets = Set<Int>(), usedNames = Set<Int>()
        var usedSpotAreas = Set<[Int]>()
        for problem in problems {
            var line: Int?
            switch problem {
            case .duplicateID(let id):
                if let i = repeats.firstIndex(where: { $0.id == id }) { line = repeats.remove(at: i).line }
            case .unknownFocusArea(let owner, let area):
                if let i = promiseSites.indices.first(where: {
                    promiseSites[$0].id == owner && promiseSites[$0].focusArea == area && !usedPromiseAreas.contains($0)
                }) {
                    usedPromiseAreas.insert(i)
                    line = promiseSites[i].focusAreaLine
                } else {
                    outer: for (i, site) in hotSpotSites.enumerated() where site.id == owner {
                        for (j, a) in site.areas.enumerated() where a.text == area && !usedSpotAreas.contains([i, j]) {
                            usedSpotAreas.insert([i, j])
                            line = a.line
                            break outer
                        }
                    }
                }
            case .negativeTarget(let id):
                if let i = promiseSites.indices.first(where: {
                    promiseSites[$0].id == id && promiseSites[$0].target < 0 && !usedTargets.contains($0)
                }) {
                    usedTargets.insert(i)
                    line = promiseSites[i].targetLine
                }
            case .emptyName(let id):
                if let i = hotSpotSites.indices.first(where: { hotSpotSites[$0].id == id && !usedNames.contains($0) }) {
                    usedNames.insert(i)
                    line = hotSpotSites[i].nameLine
                }
            case .badMetric, .field:
                break  // found while reading, already located
            case .fileYearMismatch, .duplicateYear, .unexpectedPlanFile:
                break  // about the file as a whole, found by the folder's reader
            }
            diagnostics.append(Diagnostic(.error, file: file, line: line, .plan(problem)))
        }
    }
}
