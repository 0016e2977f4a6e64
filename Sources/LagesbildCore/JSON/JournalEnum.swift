import Foundation

/// A closed set of values written as text in the journal (a kind, a category, a source…),
/// read by the bytes of its value: each case's bytes are made once, and a field is matched
/// against them without first making a string of it and switching over the cases' texts (a
/// few percent of a first start's instructions).
public protocol JournalEnum: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// Each case with its value's UTF-8 bytes; `casesByBytes()` makes it.
    static var byBytes: [(bytes: [UInt8], value: Self)] { get }
}

extension JournalEnum {
    public static func casesByBytes() -> [(bytes: [UInt8], value: Self)] {
        allCases.map { (Array($0.rawValue.utf8), $0) }
    }

    /// The case whose value is exactly `bytes`, as `init(rawValue:)` would find it.
    static func matching(_ bytes: UnsafeBufferPointer<UInt8>) -> Self? {
        for (value, e) in byBytes where value.count == bytes.count {
            if value.isEmpty { return e }
            if value.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, value.count) }) == 0 { return e }
        }
        return nil
    }
}

extension EventAction: JournalEnum { public static let byBytes = casesByBytes() }
extension RecordKind: JournalEnum { public static let byBytes = casesByBytes() }
extension Organisation: JournalEnum { public static let byBytes = casesByBytes() }
extension Observation: JournalEnum { public static let byBytes = casesByBytes() }
extension InterventionKind: JournalEnum { public static let byBytes = casesByBytes() }
extension IncidentCategory: JournalEnum { public static let byBytes = casesByBytes() }
extension IncidentSource: JournalEnum { public static let byBytes = casesByBytes() }
extension MeasureStatus: JournalEnum { public static let byBytes = casesByBytes() }
