import Foundation
import LagesbildCore
import Testing
@testable import LagesbildStore

@Suite struct PlanFileTests {
    @Test func planRoundTripsThroughYAML() throws {
        var plan = VaggerydPlan.make()
        plan.hotSpots[0].active = false
        plan.municipality = "Vaggeryd: \"kommun\""  // needs quoting
        let yaml = try PlanFile.yaml(for: plan)
        let (read, diagnostics) = PlanYAMLReader.read(yaml)
        #expect(diagnostics.isEmpty)
        #expect(read == plan)
    }

    @Test func starterPlanReadsCleanly() throws {
        let (plan, diagnostics) = PlanYAMLReader.read(StarterPlan.yaml(year: 2024))
        #expect(diagnostics.isEmpty)
        #expect(plan?.year == 2024)
        #expect(plan?.roundIntervalDays == 14)
        #expect(plan?.focusAreas.count == 6)
        #expect(plan?.focusAreas.first?.name == "Ökad trygghet för kommuninvånarna")
        #expect(plan?.promises.map(\.metric) == [.rounds, .interventions(.trafik)])
        #expect(plan?.hotSpots.count == 3)
        #expect(plan?.hotSpots.first?.aliases == ["Resecentrum Vaggeryd", "stationen"])
    }

    @Test func syntaxErrorNamesFileAndLine() {
        let yaml = "municipality: Vaggeryd\nyear: 2023\nfocus_areas: [trygghet\npromises: []\n"
        let (plan, diagnostics) = PlanYAMLReader.read(yaml)
        #expect(plan == nil)
        #expect(diagnostics.count == 1)
        let d = diagnostics[0]
        #expect(d.severity == .error)
        #expect(d.file == "plan.yaml")
        if case .planSyntax = d.problem {} else { Issue.record("expected planSyntax, got \(d.problem)") }
        #expect(d.line != nil && d.line! >= 3)
    }

    @Test func duplicateKeyIsASyntaxErrorWithLine() {
        let (_, diagnostics) = PlanYAMLReader.read("municipality: A\nyear: 2023\nyear: 2024\n")
        #expect(diagnostics.count == 1)
        if case .planSyntax = diagnostics.first?.problem {} else { Issue.record("got \(diagnostics)") }
        #expect(diagnostics.first?.line != nil)
    }

    static let broken = """
        municipality: Vaggeryd
        year: 2023
        focus_areas:
          - id: trygghet
            name: Ökad trygghet
        promises:
          - id: p1
            focus_area: trygg
            text: Rundor
            owner: polis
            metric: rundor
            target: 3
            per: tertial
          - id: p2
            focus_area: trygghet
            text: Kontroller
            owner: polisen
            metric: insatser:cykel
            target: tre
            per: tertial
          - id: p1
            focus_area: trygghet
            text: Negativt
            owner: kommun
            metric: insatser:trafik
            target: -2
            per: year
        hot_spots:
          - id: p1
            name: Torget
            focus_areas: [trygghet, okänd]
          - id: utan-namn
            locality: Hok
          - just text

        """

    /// Every problem at once, each on the line of the node it is about.
    @Test func contentProblemsCarryTheirLines() {
        let (plan, diagnostics) = PlanYAMLReader.read(Self.broken)
        #expect(plan != nil, "a plan with bad entries still loads the rest")
        let found = diagnostics.map { "\($0.line ?? 0) \($0.problem)" }
        func expect(_ line: Int, _ problem: PlanProblem, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(diagnostics.contains(Diagnostic(.error, file: "plan.yaml", line: line, .plan(problem))),
                    "missing line \(line): \(problem) in \(found)", sourceLocation: sourceLocation)
        }
        expect(8, .unknownFocusArea(owner: "p1", focusArea: "trygg"))
        expect(17, .field(.unknownValue("owner", "polisen")))
        expect(18, .badMetric(promise: "p2", metric: "insatser:cykel"))
        expect(19, .field(.notInteger("target")))
        expect(21, .duplicateID("p1"))
        expect(26, .negativeTarget(promise: "p1"))
        expect(31, .unknownFocusArea(owner: "p1", focusArea: "okänd"))
        expect(32, .field(.missing("name")))
        expect(34, .field(.notObject("hot_spots")))
        #expect(diagnostics.count == 9, "\(found)")
        #expect(plan?.promises.map(\.id) == ["p1", "p1"])
        #expect(plan?.hotSpots.map(\.id) == ["p1"])
    }

    @Test func missingTopLevelKeysAreReported() {
        let (plan, diagnostics) = PlanYAMLReader.read("# tom\nfocus_areas: []\n")
        #expect(plan == nil)
        #expect(diagnostics.contains(Diagnostic(.error, file: "plan.yaml", line: 2, .plan(.field(.missing("municipality"))))))
        #expect(diagnostics.contains(Diagnostic(.error, file: "plan.yaml", line: 2, .plan(.field(.missing("year"))))))
    }

    @Test func missingPlanFileIsAnErrorNotACrash() {
        let folder = TempFolder()
        let (plan, diagnostics) = PlanFile.read(folder: folder.path)
        #expect(plan == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.file == "plan.yaml")
        #expect(diagnostics.first?.severity == .error)
    }
}
