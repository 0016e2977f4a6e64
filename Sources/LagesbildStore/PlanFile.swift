import Glibc
import LagesbildCore
import Yams

/// The plan file of a data folder: `plan.yaml`, edited by people, read by Lägesbild.
/// Lägesbild never rewrites it (a program that rewrites its users' files loses their
/// edits and comments); `yaml(for:)` exists for exports and tests.
public enum PlanFile {
    public static let name = "plan.yaml"

    /// Reads and checks the plan file of `folder`. A missing or unreadable file is an error
    /// diagnostic, never a crash.
    public static func read(folder: String) -> (plan: Plan?, diagnostics: [Diagnostic]) {
        let loaded = load(folder: folder)
        return (loaded.plan, loaded.diagnostics)
    }

    /// As `read`, plus the identity of the version read, for change detection.
    static func load(folder: String, name: String = PlanFile.name) -> (plan: Plan?, diagnostics: [Diagnostic], identity: FileIdentity?) {
        let path = "\(folder)/\(name)"
        let bytes: [UInt8]
        let identity: FileIdentity
        do {
            (bytes, identity) = try PosixIO.readFile(path)
        } catch let StoreError.io(_, _, code) {
            return (nil, [Diagnostic(.error, file: name, .unreadable(String(cString: strerror(code))))], nil)
        } catch {
            return (nil, [Diagnostic(.error, file: name, .unreadable(String(describing: error)))], nil)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return (nil, [Diagnostic(.error, file: name, .planSyntax("not UTF-8"))], identity)
        }
        let result = PlanYAMLReader.read(text, file: name, folder: folder)
        return (result.plan, result.diagnostics, identity)
    }

    /// The plan as YAML in the plan file's layout (no comments). Reading it back gives the same plan.
    public static func yaml(for plan: Plan) throws -> String {
        func text(_ s: String) -> Node { .scalar(s.represented()) }
        func number(_ n: Int) -> Node { Node(String(n)) }
        func decimal(_ v: Double) -> Node { Node(v == v.rounded() ? String(Int(v)) : String((v * 10).rounded() / 10)) }
        func list(_ items: [String]) -> Node { .sequence(Node.Sequence(items.map(text), Tag(.implicit), .flow)) }
        let areas = plan.focusAreas.map { Node([(text("id"), text($0.id)), (text("name"), text($0.name))]) }
        let promises = plan.promises.map { p in
            Node([(text("id"), text(p.id)), (text("focus_area"), text(p.focusArea)), (text("text"), text(p.text)),
                  (text("owner"), text(p.owner.rawValue)), (text("metric"), text(p.metric.key)),
                  (text("target"), number(p.target)), (text("per"), text(p.per.rawValue))])
        }
        let spots = plan.hotSpots.map { h in
            Node([(text("id"), text(h.id)), (text("name"), text(h.name)), (text("locality"), text(h.locality)),
                  (text("focus_areas"), list(h.focusAreas)), (text("aliases"), list(h.aliases)),
                  (text("active"), Node(h.active ? "true" : "false"))]
                 + (h.weeklyVisitTarget.map { [(text("visits_per_week"), number($0))] } ?? [])
                 + (h.position.map { [(text("n"), decimal($0.n)), (text("e"), decimal($0.e))] } ?? [])
                 + (h.position != nil && h.radius != HotSpotLocator.defaultRadius ? [(text("radius"), decimal(h.radius))] : []))
        }
        let root = Node([
            (text("municipality"), text(plan.municipality)),
            (text("year"), number(plan.year)),
            (text("round_interval_days"), number(plan.roundIntervalDays)),
        ] + (plan.boundaryFile.map { [(text("boundary"), text($0))] } ?? []) + [
            (text("focus_areas"), Node(areas)),
            (text("promises"), Node(promises)),
            (text("hot_spots"), Node(spots)),
        ])
        return try Yams.serialize(node: root, allowUnicode: true)
    }
}
