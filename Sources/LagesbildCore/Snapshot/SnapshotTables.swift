import Foundation

/// The closed sets a snapshot numbers by position, read back by name (`BinaryWriter.table`).
struct SnapshotTables {
    var organisations: [Organisation]
    var observations: [Observation]
    var interventionKinds: [InterventionKind]
    var categories: [IncidentCategory]
    var sources: [IncidentSource]
    var statuses: [MeasureStatus]
    var actions: [EventAction]
    var kinds: [RecordKind]

    static func write(_ w: inout BinaryWriter) throws {
        try w.table(Organisation.self)
        try w.table(Observation.self)
        try w.table(InterventionKind.self)
        try w.table(IncidentCategory.self)
        try w.table(IncidentSource.self)
        try w.table(MeasureStatus.self)
        try w.table(EventAction.self)
        try w.table(RecordKind.self)
    }

    init(_ r: inout BinaryReader) throws {
        organisations = try r.table(Organisation.self)
        observations = try r.table(Observation.self)
        interventionKinds = try r.table(InterventionKind.self)
        categories = try r.table(IncidentCategory.self)
        sources = try r.table(IncidentSource.self)
        statuses = try r.table(MeasureStatus.self)
        actions = try r.table(EventAction.self)
        kinds = try r.table(RecordKind.self)
    }
}
