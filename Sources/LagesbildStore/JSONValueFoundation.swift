import Foundation
import LagesbildCore

/// The boxed type JSONSerialization uses for `true` and `false`. A Bool and the number 1
/// both cast to `Bool` and to `Double`, so the box's type is what tells them apart.
private let booleanBoxType: ObjectIdentifier = ObjectIdentifier(type(of: NSNumber(value: true)))

extension JSONValue {
    /// Converts what `JSONSerialization` returns; nil for anything JSON cannot hold.
    init?(foundation value: Any) {
        // Swift types first: a cast to a class (NSNumber) makes the runtime bridge a
        // dictionary or array to Objective-C just to check, which cost more than parsing.
        switch value {
        case let s as String:
            self = .string(s)
        case let o as [String: Any]:
            var object: [String: JSONValue] = [:]
            object.reserveCapacity(o.count)
            for (key, item) in o {
                guard let converted = JSONValue(foundation: item) else { return nil }
                object[key] = converted
            }
            self = .object(object)
        case let a as [Any]:
            var array: [JSONValue] = []
            array.reserveCapacity(a.count)
            for item in a {
                guard let converted = JSONValue(foundation: item) else { return nil }
                array.append(converted)
            }
            self = .array(array)
        case let n as NSNumber:
            if ObjectIdentifier(type(of: n)) == booleanBoxType { self = .bool(n.boolValue) } else { self = .number(n.doubleValue) }
        case is NSNull:
            self = .null
        default:
            return nil
        }
    }
}
