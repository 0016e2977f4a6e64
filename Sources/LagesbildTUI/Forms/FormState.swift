import LagesbildCore

/// One labelled field of a form, with the problem found in it, if any.
public struct FormField: Sendable, Equatable {
    /// A stable key, matching the field names the Core validator reports (`what`, `due`).
    public var key: String
    public var label: String
    public var editor: LineEditor
    public var error: String?

    public init(key: String, label: String, value: String = "") {
        self.key = key
        self.label = label
        editor = LineEditor(value)
    }

    public var value: String { editor.text }
}

/// What a key did to a form.
public enum FormOutcome: Sendable, Equatable {
    case editing
    /// The user asked to save; the owner validates and either closes the form or sets errors.
    case submit
    case cancel
}

/// A form's state: fields, which one has the cursor, and a line for a form-wide message.
/// Generic, so any form (a measure, a round) is a list of fields plus its own
/// conversion and validation.
public struct FormState: Sendable, Equatable {
    public var title: String
    public var fields: [FormField]
    public var focus: Int = 0
    public var message: String?

    public init(title: String, fields: [FormField]) {
        self.title = title
        self.fields = fields
    }

    public func value(_ key: String) -> String { fields.first { $0.key == key }?.value ?? "" }

    /// Replaces the problems shown; what was typed stays.
    public mutating func setErrors(_ errors: [String: String]) {
        for i in fields.indices { fields[i].error = errors[fields[i].key] }
        if let first = fields.firstIndex(where: { $0.error != nil }) { focus = first }
    }

    public mutating func handle(_ key: KeyEvent) -> FormOutcome {
        switch KeyMap.action(for: key, in: .form) {
        case .cancel: return .cancel
        case .nextField: focus = (focus + 1) % fields.count
        case .previousField: focus = (focus + fields.count - 1) % fields.count
        case .save:
            // Enter walks through the fields and saves from the last one; Ctrl-S saves at once.
            if key == .enter && focus < fields.count - 1 { focus += 1 } else { return .submit }
        default:
            fields[focus].editor.handle(key)
        }
        return .editing
    }
}
