import Foundation
import LagesbildCore

/// The form for a measure (beslutad åtgärd) decided at the meeting for one hot spot:
/// what, who is responsible, and the due date (two weeks ahead unless changed).
public struct MeasureForm: Sendable, Equatable {
    public let hotSpot: HotSpot
    public var form: FormState

    public static let defaultLeadDays = 14

    public init(hotSpot: HotSpot, today: Day, language: Language) {
        self.hotSpot = hotSpot
        form = FormState(title: language(.dashboard(.measureFormTitle(hotSpot: hotSpot.name))), fields: [
            FormField(key: "what", label: language(.dashboard(.fieldWhat))),
            FormField(key: "responsible", label: language(.dashboard(.fieldResponsible))),
            FormField(key: "due", label: language(.dashboard(.fieldDue)),
                      value: today.adding(days: MeasureForm.defaultLeadDays).iso),
        ])
    }

    /// The measure the fields describe, or the problems to show beside the fields.
    /// Checks go through Core's `Validator`, so the form and an import agree on the rules.
    public func measure(plan: Plan, today: Day, language: Language) -> Result<Measure, FormErrors> {
        var errors: [String: String] = [:]
        let dueText = form.value("due").trimmingCharacters(in: .whitespaces)
        guard let due = Day(iso: dueText) else {
            errors["due"] = language(.dashboard(.invalidDate))
            // Still report the other fields, so every problem shows at once.
            for key in ["what", "responsible"] where form.value(key).trimmingCharacters(in: .whitespaces).isEmpty {
                errors[key] = language(.dashboard(.required))
            }
            return .failure(FormErrors(byField: errors))
        }
        let measure = Measure(hotSpot: hotSpot.id, what: form.value("what").trimmingCharacters(in: .whitespaces),
                              responsible: form.value("responsible").trimmingCharacters(in: .whitespaces),
                              decided: today, due: due)
        for (field, problem) in Validator(plan: plan, today: today).problems(in: .measure(measure)) {
            let key = field == "decided" ? "due" : field
            guard errors[key] == nil else { continue }
            if case .emptyField = problem {
                errors[key] = language(.dashboard(.required))
            } else {
                errors[key] = language(.validation(problem))
            }
        }
        return errors.isEmpty ? .success(measure) : .failure(FormErrors(byField: errors))
    }
}

/// Problems per field key.
public struct FormErrors: Error, Sendable, Equatable {
    public var byField: [String: String]
}
