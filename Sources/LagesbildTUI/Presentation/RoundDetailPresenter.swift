import Foundation
import LagesbildCore

/// The detail view of one round: every field, then its history (recorded, corrected,
/// voided, by whom and when), oldest first. A voided round still shows its history.
extension DetailPresenter {
    public func round(_ id: UUID) -> DetailModel? {
        let history = ledger.history(of: id)
        guard !history.isEmpty else { return nil }
        func e(_ text: EntryText) -> String { language(.entry(text)) }
        var round: Round? = nil
        if case .round(let r)? = ledger.lastContent(kind: .round, id: id) { round = r }
        var lines: [DetailLine] = []
        let voided = ledger.rounds[id] == nil
        if voided { lines += [DetailLine(e(.detailVoided), role: .bad), DetailLine("")] }
        if let r = round {
            let width = [EntryText.fieldDate, .fieldHotSpots, .fieldParticipants, .fieldObservations, .fieldNotes,
                         .fieldContacts, .fieldInterventions, .fieldFollowUps].map { TextWidth.width(e($0)) }.max()! + 2
            func row(_ label: EntryText, _ value: String) {
                lines.append(DetailLine(TextWidth.pad(e(label), to: width) + value, hangingIndent: width))
            }
            let time = [r.start, r.end].compactMap { $0?.description }.joined(separator: "–")
            row(.fieldDate, r.date.iso + (time.isEmpty ? "" : "  " + time))
            row(.fieldHotSpots, r.hotSpots.map { plan.hotSpot(id: $0)?.name ?? $0 }.joined(separator: ", "))
            row(.fieldParticipants, r.participants.sorted { $0.key < $1.key }
                .map { language(.organisation($0.key)) + " \($0.value)" }.joined(separator: ", "))
            row(.fieldObservations, r.observations.sorted().map { language(.observation($0)) }.joined(separator: ", "))
            row(.fieldNotes, r.notes)
            row(.fieldContacts, String(r.citizenContacts))
            row(.fieldInterventions, String(r.interventions))
            row(.fieldFollowUps, r.followUps.isEmpty ? e(.detailNoFollowUps) : "")
            for f in r.followUps {
                lines.append(DetailLine(String(repeating: " ", count: width) + "• \(f.text) / \(f.responsible)", hangingIndent: width + 2))
            }
        }
        lines.append(DetailLine(""))
        lines.append(DetailLine(e(.history), role: .title))
        for event in history {
            let at = EventTime.format(event.timestamp).replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
            lines.append(DetailLine("  " + e(.historyLine(action: event.action, at: at, author: event.author)),
                                    role: event.action == .voided ? .bad : .normal))
            if let reason = event.reason { lines.append(DetailLine("    " + e(.historyReason(reason)), role: .dim, hangingIndent: 6)) }
        }
        lines.append(DetailLine(""))
        lines.append(DetailLine(e(voided ? .detailHintVoided : .detailHint), role: .dim))
        let title = e(.kindName(.round)).capitalized(with: nil) + " " + (round?.date.iso ?? "")
        return DetailModel(title: title, lines: lines)
    }
}
