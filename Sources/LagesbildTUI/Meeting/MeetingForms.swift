import Foundation
import LagesbildCore

/// The three small forms of the meeting: a new decision, a new hot spot, closing.
/// Built on the shared `FormState`, so they type, move and save like every other form.
enum MeetingForms {
    /// Days from decision to due date unless the chair says otherwise: the next meeting but one.
    static let leadDays = 14

    static func decision(plan: Plan, today: Day, hotSpot: String?, language: Language) -> FormState {
        let M = { (t: MeetingText) in language(.meeting(t)) }
        let spots = plan.hotSpots.filter(\.active).map { Choice(id: $0.id, label: $0.name, detail: $0.locality) }
        return FormState(title: M(.decisionFormTitle), fields: [
            FormField(key: "what", label: M(.fieldWhat)),
            FormField(key: "hotspot", label: M(.fieldWhere), control: .picker(options: spots, multiple: false),
                      chosen: hotSpot.map { [$0] } ?? []),
            FormField(key: "responsible", label: M(.fieldResponsible)),
            FormField(key: "due", label: M(.fieldDue), value: today.adding(days: leadDays).iso),
        ])
    }

    /// The measure a decision form describes, or the problems by field.
    static func measure(_ form: FormState, plan: Plan, today: Day, language: Language) -> Result<Measure, FormErrors> {
        var errors: [String: String] = [:]
        let due = Day(iso: form.value("due").trimmingCharacters(in: .whitespaces))
        if due == nil { errors["due"] = language(.meeting(.invalidDate)) }
        let measure = Measure(hotSpot: form.field("hotspot")?.chosen.first, what: form.value("what").trimmingCharacters(in: .whitespaces),
                              responsible: form.value("responsible").trimmingCharacters(in: .whitespaces),
                              decided: today, due: due ?? today)
        for (field, problem) in Validator(plan: plan, today: today).problems(in: .measure(measure)) {
            let key = field == "decided" ? "due" : field
            guard errors[key] == nil else { continue }
            if case .emptyField = problem { errors[key] = language(.meeting(.required)) } else { errors[key] = language(.validation(problem)) }
        }
        return errors.isEmpty ? .success(measure) : .failure(FormErrors(byField: errors))
    }

    /// Name and locality of the new hot spot. The name starts as the place's text up to its
    /// comma; the locality as the text after it when that is one of the plan's localities.
    static func hotSpot(place: NewPlace, plan: Plan, language: Language) -> FormState {
        let parts = place.name.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let localities = Set(plan.hotSpots.map(\.locality))
        let locality = parts.count == 2 && localities.contains(parts[1]) ? parts[1] : ""
        let name = locality.isEmpty ? place.name : parts[0]
        return FormState(title: language(.meeting(.hotSpotFormTitle(place: place.name))), fields: [
            FormField(key: "name", label: language(.meeting(.fieldName)), value: name),
            FormField(key: "locality", label: language(.meeting(.fieldLocality)), value: locality),
        ])
    }

    static func close(week: Int, language: Language) -> FormState {
        FormState(title: language(.meeting(.closeFormTitle(week: week))), fields: [
            FormField(key: "present", label: language(.meeting(.fieldPresent)), note: language(.meeting(.hintPresent))),
            FormField(key: "notes", label: language(.meeting(.fieldNotes))),
        ])
    }
}
