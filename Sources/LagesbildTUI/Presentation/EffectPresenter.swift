import Foundation
import LagesbildCore

/// The Effekt blocks of the drill-downs: a hot spot's measures and interventions with their
/// verdicts (each opens its own view), and a measure's or an intervention's own evaluation.
extension DetailPresenter {
    var evaluator: Evaluator { Evaluator(plan: plan, ledger: ledger, today: today) }

    /// Every measure and intervention at `spot` that started in the viewed period.
    func effectLines(at spot: String) -> [DetailLine] {
        let evaluations = evaluator.evaluations(startingIn: picture.period, at: spot).filter { $0.treated.first == spot }
        var lines = [DetailLine(""), DetailLine(language(.effect(.heading)), role: .title)]
        if evaluations.isEmpty { lines.append(DetailLine("  " + language(.effect(.noneToEvaluate)), role: .dim)) }
        // Treatments evaluated alike say the same after their titles: said once.
        var bodies: [EffectLines.Said: [DetailLine]] = [:]
        for e in evaluations {
            let target: ListRow.Target
            switch e.subject {
            case .measure(let m): target = .measure(m.id)
            case .intervention(let i): target = .intervention(i.id)
            }
            lines.append(DetailLine("  " + EffectLines.title(e, plan: plan, language: language), target: target,
                                    hangingIndent: 4, maxLines: DetailLine.listLines))
            let said = EffectLines.Said(e)
            let body = bodies[said] ?? EffectLines.body(e, language: language).map { DetailLine("  " + $0, role: role(e.verdict)) }
            bodies[said] = body
            lines += body
        }
        return lines
    }

    func role(_ v: EffectVerdict) -> StyleRole {
        switch v {
        case .decrease: return .good
        case .increase: return .bad
        default: return .normal
        }
    }

    public func measure(_ id: UUID) -> DetailModel? {
        guard let m = ledger.measures[id] else { return nil }
        var lines = [
            DetailLine(m.hotSpot.flatMap { plan.hotSpot(id: $0)?.name } ?? "–", role: .dim),
            DetailLine(m.responsible + " · " + language(.measureStatus(m.status))),
            DetailLine(language(.meeting(.columnDue)) + ": " + m.due.iso + " · " + language(.report(.columnDecided)) + ": " + m.decided.iso),
        ]
        lines += evaluationBlock(.measure(m))
        return DetailModel(title: m.what, lines: lines)
    }

    public func intervention(_ id: UUID) -> DetailModel? {
        guard let i = ledger.interventions[id] else { return nil }
        var lines = [
            DetailLine((i.hotSpot.flatMap { plan.hotSpot(id: $0)?.name } ?? i.place) + " · " + i.date.iso, role: .dim),
            DetailLine(language(.organisation(i.organisation)) + (i.notes.isEmpty ? "" : " · " + i.notes), hangingIndent: 2),
        ]
        lines += evaluationBlock(.intervention(i))
        return DetailModel(title: language(.interventionKind(i.kind)), lines: lines)
    }

    private func evaluationBlock(_ subject: EffectSubject) -> [DetailLine] {
        var lines = [DetailLine(""), DetailLine(language(.effect(.heading)), role: .title)]
        guard let e = evaluator.evaluate(subject) else {
            return lines + [DetailLine("  " + language(.effect(.noPlace)), role: .dim)]
        }
        lines += EffectLines.lines(e, plan: plan, language: language, title: false).map { DetailLine($0, role: role(e.verdict)) }
        lines.append(DetailLine(""))
        lines.append(DetailLine(language(.effect(.rule)), role: .dim, hangingIndent: 0))
        return lines
    }
}
