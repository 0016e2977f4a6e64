import LagesbildCore

/// Problems per field key.
public struct FormErrors: Error, Sendable, Equatable {
    public var byField: [String: String]
}
