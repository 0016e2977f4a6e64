import Foundation
import LagesbildCore

/// An unfinished form as kept in `drafts/`: what was typed in every field (valid or not),
/// which record it is for, and where the cursor was. Written as JSON through `DraftKeeper`.
public struct EntryDraft: Sendable, Equatable, Codable {
    public static let version = 1

    public var v = EntryDraft.version
    public var kind: RecordKind
    public var recordID: UUID
    public var amending: Bool
    public var fields: EntryFields
    public var focus: Int

    public init(kind: RecordKind, recordID: UUID, amending: Bool, fields: EntryFields, focus: Int) {
        self.kind = kind
        self.recordID = recordID
        self.amending = amending
        self.fields = fields
        self.focus = focus
    }

    /// One draft per form: `round-<record id>`.
    public var name: String { "\(kind.rawValue)-\(recordID.uuidString.lowercased())" }

    public var bytes: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array((try? encoder.encode(self)) ?? Data())
    }

    public static func decode(_ bytes: [UInt8]) -> EntryDraft? {
        try? JSONDecoder().decode(EntryDraft.self, from: Data(bytes))
    }

    /// Every readable draft a keeper holds, in name order; unreadable files are left alone.
    public static func all(in keeper: DraftKeeper) -> [EntryDraft] {
        keeper.drafts().compactMap { decode($0.contents) }.filter { EntryBuilder.kinds.contains($0.kind) }
    }

    /// A line that tells the officer which form this was: `2023-11-20 · Torget, Resecentrum`.
    public func summary(plan: Plan?) -> String {
        var parts: [String] = []
        let date = fields.text(EntryKey.date)
        if !date.isEmpty { parts.append(date) }
        let spots = (fields.chosen(EntryKey.hotSpots) + fields.chosen(EntryKey.hotSpot)).map { plan?.hotSpot(id: $0)?.name ?? $0 }
        if !spots.isEmpty { parts.append(spots.joined(separator: ", ")) }
        for key in [EntryKey.notes, EntryKey.what, EntryKey.text] where !fields.text(key).isEmpty {
            parts.append("“" + String(fields.text(key).prefix(30)) + "”")
        }
        return parts.joined(separator: " · ")
    }
}
