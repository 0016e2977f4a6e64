import Testing
@testable import LagesbildCore

/// Journal values matched by their bytes find what `init(rawValue:)` finds from the text:
/// every case, and texts next to them (longer, shorter, other case, spaced, empty, not ASCII).
@Suite struct JournalEnumTests {
    static func expectAgrees<E: JournalEnum & Equatable>(_ type: E.Type) {
        let values = E.allCases.map(\.rawValue)
        // ASCII values: equal bytes are then what equal texts are (no other spelling of a
        // Swedish letter can match).
        #expect(values.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } })
        let near = values.flatMap { [$0 + "x", String($0.dropLast()), $0.uppercased(), " " + $0, $0 + "\u{301}"] }
        for text in values + near + ["", "å", "e\u{301}"] {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { #expect(E.matching($0) == E(rawValue: text), "\(text)") }
        }
    }

    @Test func bytesFindWhatTheTextFinds() {
        Self.expectAgrees(EventAction.self)
        Self.expectAgrees(RecordKind.self)
        Self.expectAgrees(Organisation.self)
        Self.expectAgrees(InterventionKind.self)
        Self.expectAgrees(IncidentCategory.self)
        Self.expectAgrees(IncidentSource.self)
        Self.expectAgrees(MeasureStatus.self)
        Self.expectAgrees(Observation.self)
    }

    /// Arrays kept per category are indexed by `ordinal`: each case's place among all cases.
    @Test func aCategorysOrdinalIsItsPlaceAmongAllCases() {
        #expect(IncidentCategory.allCases.map(\.ordinal) == Array(IncidentCategory.allCases.indices))
    }
}
