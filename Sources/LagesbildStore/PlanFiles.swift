import Foundation
import LagesbildCore

/// Every plan of a data folder: `plans/YYYY.yaml`, one file a year, and the older single
/// `plan.yaml`, read as the plan of the year it names. People write these files; Lägesbild
/// only reads them (and `init --year` adds a new one, never touching the others).
public enum PlanFiles {
    public static let directory = "plans"

    /// The path inside the folder of the plan file for `year`.
    public static func name(forYear year: Int) -> String { "\(directory)/\(year).yaml" }

    /// Every plan file, `plan.yaml` first, then `plans/` by name.
    static func files(folder: String) -> [String] {
        var names: [String] = []
        if PosixIO.exists("\(folder)/\(PlanFile.name)") { names.append(PlanFile.name) }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "\(folder)/\(directory)")) ?? []
        names += entries.filter { !$0.hasPrefix(".") }.sorted().map { "\(directory)/\($0)" }
        return names
    }

    /// The plans and every problem in them. A folder with neither `plan.yaml` nor a plan in
    /// `plans/` reports `plan.yaml` missing, as a folder always did.
    public static func read(folder: String) -> (plans: PlanBook?, diagnostics: [Diagnostic]) {
        let loaded = load(folder: folder)
        return (loaded.plans, loaded.diagnostics)
    }

    /// As `read`, plus the identity of each file read, for change detection.
    static func load(folder: String) -> (plans: PlanBook?, diagnostics: [Diagnostic], identity: [String: FileIdentity]) {
        let names = files(folder: folder)
        guard !names.isEmpty else {
            let missing = PlanFile.load(folder: folder)
            return (nil, missing.diagnostics, [:])
        }
        var plans: [Plan] = []
        var fileOfYear: [Int: String] = [:]
        var diagnostics: [Diagnostic] = []
        var identity: [String: FileIdentity] = [:]
        for name in names {
            let isDated = name.hasPrefix(directory + "/")
            let fileYear = isDated ? yearInName(name) : nil
            guard !isDated || fileYear != nil else {
                // Editors' backups and notes beside the plans are left alone, but said, so a
                // plan saved under a wrong name is not silently missing.
                if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                    diagnostics.append(Diagnostic(.warning, file: name, .plan(.unexpectedPlanFile)))
                }
                continue
            }
            let one = PlanFile.load(folder: folder, name: name)
            identity[name] = one.identity
            diagnostics += one.diagnostics
            guard let plan = one.plan else { continue }
            if let fileYear, fileYear != plan.year {
                diagnostics.append(Diagnostic(.error, file: name, .plan(.fileYearMismatch(fileYear: fileYear, planYear: plan.year))))
                continue
            }
            if let kept = fileOfYear[plan.year] {
                diagnostics.append(Diagnostic(.error, file: name, .plan(.duplicateYear(year: plan.year, keptFile: kept))))
                continue
            }
            fileOfYear[plan.year] = name
            plans.append(plan)
        }
        return (plans.isEmpty ? nil : PlanBook(plans), diagnostics, identity)
    }

    /// The identities the last `load` would see now: when equal, nothing needs reading again.
    static func identities(folder: String) -> [String: FileIdentity?] {
        var out: [String: FileIdentity?] = [:]
        for name in files(folder: folder) { out[name] = FileIdentity.of("\(folder)/\(name)") }
        // Boundary files a plan names lie beside the plans; any change to one reads the plans again.
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in entries where name.hasSuffix(".geojson") { out[name] = FileIdentity.of("\(folder)/\(name)") }
        return out
    }

    /// `plans/2024.yaml` → 2024.
    static func yearInName(_ name: String) -> Int? {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        guard base.hasSuffix(".yaml") else { return nil }
        let stem = base.dropLast(5)
        guard stem.count == 4, stem.allSatisfy(\.isASCII), let year = Int(stem), year >= 1900 else { return nil }
        return year
    }
}
