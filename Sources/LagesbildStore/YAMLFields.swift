import Foundation
import LagesbildCore
import Yams

/// Reads typed values out of one YAML mapping and records every problem with the line of
/// the node it is about (the mapping's own line when a key is missing), so the plan
/// reader can report all problems at once, each where the user has to look.
struct YAMLFields {
    let mapping: Node.Mapping
    /// The line of the mapping itself.
    let line: Int
    private(set) var problems: [(line: Int, problem: FieldProblem)] = []

    init?(_ node: Node, line fallback: Int) {
        guard let mapping = node.mapping else { return nil }
        self.mapping = mapping
        self.line = node.mark?.line ?? fallback
    }

    /// The value under `key`; nil when absent or written as an empty value (`key:`).
    func node(_ key: String) -> Node? {
        guard let value = mapping[key] else { return nil }
        if let scalar = value.scalar, value.null != nil, scalar.style == .plain { return nil }
        return value
    }

    /// The line of `key`'s value, else of the mapping.
    func line(of key: String) -> Int { node(key)?.mark?.line ?? line }

    mutating func fail(_ key: String, _ problem: FieldProblem) { problems.append((line(of: key), problem)) }

    /// Any scalar as text: `id: 7` is the id "7".
    mutating func string(_ key: String, required: Bool = true) -> String? {
        guard let value = node(key) else {
            if required { problems.append((line, .missing(key))) }
            return nil
        }
        guard let scalar = value.scalar else { fail(key, .notText(key)); return nil }
        return scalar.string
    }

    mutating func int(_ key: String, default fallback: Int? = nil) -> Int? {
        guard let value = node(key) else {
            if fallback == nil { problems.append((line, .missing(key))) }
            return fallback
        }
        guard let number = value.int else { fail(key, .notInteger(key)); return fallback }
        return number
    }

    /// A number, also written with a decimal comma (`57,498`) or quoted; nil when absent.
    mutating func number(_ key: String) -> Double? {
        guard let value = node(key) else { return nil }
        guard let scalar = value.scalar, let n = PositionInput.number(scalar.string) else {
            fail(key, .notNumber(key)); return nil
        }
        return n
    }

    mutating func bool(_ key: String, default fallback: Bool) -> Bool {
        guard let value = node(key) else { return fallback }
        guard let flag = value.bool else {
            fail(key, .unknownValue(key, value.scalar?.string ?? "")); return fallback
        }
        return flag
    }

    /// A list of texts with the line of each; a single scalar counts as a list of one.
    mutating func strings(_ key: String) -> [(text: String, line: Int)] {
        guard let value = node(key) else { return [] }
        if let scalar = value.scalar { return [(scalar.string, value.mark?.line ?? line)] }
        guard let items = value.sequence else { fail(key, .notList(key)); return [] }
        var result: [(String, Int)] = []
        for item in items {
            guard let scalar = item.scalar else { problems.append((item.mark?.line ?? line, .notText(key))); continue }
            result.append((scalar.string, item.mark?.line ?? line))
        }
        return result
    }

    /// The items of a list; absent means empty.
    mutating func list(_ key: String) -> [Node] {
        guard let value = node(key) else { return [] }
        guard let items = value.sequence else { fail(key, .notList(key)); return [] }
        return Array(items)
    }
}
