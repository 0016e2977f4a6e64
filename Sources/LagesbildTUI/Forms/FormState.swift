import LagesbildCore

/// One labelled field of a form, with the problem found in it, if any.
public struct FormField: Sendable, Equatable {
    /// A stable key, matching the field names the Core validator reports (`what`, `due`).
    public var key: String
    public var label: String
    public var control: FieldControl
    /// The text typed: the field's value for text fields, the line being typed for lists.
    public var editor: LineEditor
    /// Chosen option ids (pickers, checklists) or added items (lists), in order.
    public var chosen: [String]
    /// The checklist item the cursor is on.
    public var highlight = 0
    public var error: String?
    /// A dim note after the value: a hint on how to type it, or what was understood.
    public var note: String?

    public init(key: String, label: String, value: String = "", control: FieldControl = .text,
                chosen: [String] = [], note: String? = nil) {
        self.key = key
        self.label = label
        self.control = control
        editor = LineEditor(value)
        self.chosen = chosen
        self.note = note
    }

    public var value: String { editor.text }

    /// The options of a picker or checklist, empty for text.
    public var options: [Choice] {
        switch control {
        case .picker(let options, _), .checklist(let options): return options
        case .text, .list: return []
        }
    }
}

/// What a key did to a form.
public enum FormOutcome: Sendable, Equatable {
    case editing
    /// The user asked to save; the owner validates and either closes the form or sets errors.
    case submit
    case cancel
}

/// A form's state: fields, which one has the cursor, an open picker, and a line for a
/// form-wide message. Generic, so any form (a measure, a round) is a list of fields plus
/// its own conversion and validation. Pure: tests drive it with key sequences.
public struct FormState: Sendable, Equatable {
    public var title: String
    public var fields: [FormField]
    public var focus: Int = 0
    public var message: String?
    /// A warning that stays while it holds (a date in a year without a plan); shown when
    /// there is no message.
    public var notice: String?
    public var picker: PickerState?
    /// Esc was pressed after something was typed: the form asks before throwing it away.
    public var confirmingCancel = false
    /// What the form held when it opened; Esc asks first only when this changed.
    public var pristine: EntryFields

    public init(title: String, fields: [FormField], focus: Int = 0) {
        self.title = title
        self.fields = fields
        self.focus = focus
        pristine = EntryFields()
        pristine = entryFields
    }

    public func value(_ key: String) -> String { fields.first { $0.key == key }?.value ?? "" }
    public func field(_ key: String) -> FormField? { fields.first { $0.key == key } }

    /// Everything typed and chosen, as a draft keeps it.
    public var entryFields: EntryFields {
        var f = EntryFields()
        for field in fields {
            f.texts[field.key] = field.editor.text
            if field.control != .text { f.choices[field.key] = field.chosen }
        }
        return f
    }

    /// Puts back what a draft or a saved record held; unknown keys are ignored.
    public mutating func restore(_ f: EntryFields) {
        for i in fields.indices {
            if let text = f.texts[fields[i].key] { fields[i].editor.set(text) }
            if let chosen = f.choices[fields[i].key] { fields[i].chosen = chosen }
        }
    }

    public var isDirty: Bool { entryFields != pristine }

    /// Replaces the problems shown; what was typed stays.
    public mutating func setErrors(_ errors: [String: String]) {
        for i in fields.indices { fields[i].error = errors[fields[i].key] }
        if let first = fields.firstIndex(where: { $0.error != nil }) { focus = first }
    }

    public mutating func handle(_ key: KeyEvent) -> FormOutcome {
        if confirmingCancel {
            confirmingCancel = false
            return KeyMap.action(for: key, in: .prompt) == .accept ? .cancel : .editing
        }
        if picker != nil { return handlePicker(key) }
        if case .character(let ch) = key, typeIntoField(ch) { return .editing }
        switch KeyMap.action(for: key, in: .form) {
        case .cancel:
            if isDirty { confirmingCancel = true } else { return .cancel }
        case .nextField: focus = (focus + 1) % fields.count
        case .previousField: focus = (focus + fields.count - 1) % fields.count
        case .save: return .submit
        case .choose: return choose()
        case .charLeft where isChecklist: moveHighlight(-1)
        case .charRight where isChecklist: moveHighlight(1)
        case .deleteBackward where fields[focus].editor.text.isEmpty && fields[focus].control != .text:
            // Backspace on an empty picker or list takes back the last choice or item.
            if !fields[focus].chosen.isEmpty { fields[focus].chosen.removeLast() }
        default:
            switch fields[focus].control {
            case .text, .list: fields[focus].editor.handle(key)
            case .picker, .checklist: break
            }
        }
        return .editing
    }

    private var isChecklist: Bool {
        if case .checklist = fields[focus].control { return true }
        return false
    }

    /// A typed character: text goes into the editor, a letter on a picker starts the
    /// type-ahead, a digit or Space on a checklist ticks. Returns false when the form should
    /// treat it as a command instead.
    private mutating func typeIntoField(_ ch: Character) -> Bool {
        switch fields[focus].control {
        case .text, .list:
            fields[focus].editor.handle(.character(ch))
        case .picker:
            picker = PickerState(query: ch == " " ? "" : String(ch))
        case .checklist(let options):
            if KeyMap.action(for: .character(ch), in: .form) == .toggle {
                toggle(options[fields[focus].highlight].id)
            } else if let n = ch.wholeNumberValue, n >= 1, n <= options.count {
                fields[focus].highlight = n - 1
                toggle(options[n - 1].id)
            }
        }
        return true
    }

    private mutating func choose() -> FormOutcome {
        switch fields[focus].control {
        case .picker:
            picker = PickerState()
            return .editing
        case .list where !fields[focus].editor.text.trimmingCharacters(in: .whitespaces).isEmpty:
            fields[focus].chosen.append(fields[focus].editor.text.trimmingCharacters(in: .whitespaces))
            fields[focus].editor.set("")
            return .editing
        default:
            // Enter walks through the fields and saves from the last one.
            if focus == fields.count - 1 { return .submit }
            focus += 1
            return .editing
        }
    }

    private mutating func toggle(_ id: String) {
        if let i = fields[focus].chosen.firstIndex(of: id) { fields[focus].chosen.remove(at: i) }
        else { fields[focus].chosen.append(id) }
    }

    private mutating func moveHighlight(_ delta: Int) {
        let count = fields[focus].options.count
        guard count > 0 else { return }
        fields[focus].highlight = (fields[focus].highlight + delta + count) % count
    }

    // MARK: Picker

    /// The options the open picker shows for its query.
    public var pickerMatches: [Choice] {
        guard let picker else { return [] }
        return Choice.matches(fields[focus].options, query: picker.query.text)
    }

    private mutating func handlePicker(_ key: KeyEvent) -> FormOutcome {
        guard var p = picker, case .picker(_, let multiple) = fields[focus].control else { picker = nil; return .editing }
        let matches = pickerMatches
        let highlighted = matches.indices.contains(p.highlight) ? matches[p.highlight] : nil
        if KeyMap.action(for: key, in: .form) == .toggle {
            // Space ticks the highlighted match and clears the query for the next one.
            if let highlighted { pick(highlighted.id, multiple: multiple, toggling: true) }
            if !multiple { picker = nil; return .editing }
            p = PickerState()
            picker = p
            return .editing
        }
        if case .character = key {
            p.query.handle(key)
            p.highlight = 0
            p.moved = false
            picker = p
            return .editing
        }
        switch KeyMap.action(for: key, in: .form) {
        case .cancel:
            picker = nil
        case .save:
            picker = nil
            return .submit
        case .choose:
            if let highlighted, !p.query.text.isEmpty || p.moved || fields[focus].chosen.isEmpty {
                pick(highlighted.id, multiple: multiple, toggling: false)
            }
            picker = nil
        case .nextField where key == .tab:
            picker = nil
            focus = (focus + 1) % fields.count
        case .previousField where key == .backTab:
            picker = nil
            focus = (focus + fields.count - 1) % fields.count
        case .nextField:
            p.highlight = min(max(0, matches.count - 1), p.highlight + 1)
            p.moved = true
            picker = p
        case .previousField:
            p.highlight = max(0, p.highlight - 1)
            p.moved = true
            picker = p
        case .deleteBackward where p.query.text.isEmpty:
            if !fields[focus].chosen.isEmpty { fields[focus].chosen.removeLast() }
        default:
            p.query.handle(key)
            p.highlight = 0
            picker = p
        }
        return .editing
    }

    private mutating func pick(_ id: String, multiple: Bool, toggling: Bool) {
        if !multiple { fields[focus].chosen = [id]; return }
        if let i = fields[focus].chosen.firstIndex(of: id) {
            if toggling { fields[focus].chosen.remove(at: i) }
        } else {
            fields[focus].chosen.append(id)
        }
    }
}
