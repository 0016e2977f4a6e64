import Foundation

extension Ledger {
    /// Replays each record that received an event out of its order, from all its entries:
    /// presence and warnings follow the full order, content is the newest record written.
    mutating func replayRecords(_ batch: Batch) {
        for id in batch.dirty {
            let ordered = chain(of: id).sorted { entries[Int($1)].isAfter(entries[Int($0)]) }
            guard var state = states[id], let newest = ordered.last else { continue }
            var exists = false
            // The kind of the record the id holds: voiding it as another kind voids nothing,
            // as when the events arrive in order (`replay`).
            var heldKind: RecordKind?
            var lastWritten: Int32 = -1
            for at in ordered {
                let entry = entries[Int(at)]
                var warning = HistoryEntryStorage.Warning.none
                switch entry.action {
                case .recorded:
                    if exists { warning = .duplicate }
                case .amended:
                    if !exists { warning = .unknown }
                case .voided:
                    if !exists || entry.kind != heldKind { warning = .unknown }
                }
                entries[Int(at)].warning = warning
                if entry.action == .voided {
                    if entry.kind == heldKind { exists = false }
                } else if entry.carries {
                    exists = true
                    heldKind = entry.kind
                    lastWritten = at
                }
            }
            let before = placed(state)
            var content = before?.record ?? voidedContent[id]
            if let pending = batch.pending[id], pending.entry == lastWritten { content = pending.record }
            _ = take(&state)
            voidedContent[id] = nil
            if let content {
                if exists { put(content, &state) } else { voidedContent[id] = content }
            }
            state.content = lastWritten
            state.latest = newest
            states.put(id, state)
            if indexing { index.replace(before, with: placed(state)) }
        }
    }
}
