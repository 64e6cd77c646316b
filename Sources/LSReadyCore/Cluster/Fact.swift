/// A fact read from a cluster object: known (possibly absent, when `Value`
/// is optional), or unknown because the object's field was malformed.
/// Rules turn `.unknown` into `unverified`; they must never read it as
/// "absent" or as a pass.
public enum Fact<Value: Sendable & Equatable>: Sendable, Equatable {
    case known(Value)
    case unknown

    /// The value when known.
    public var value: Value? {
        if case .known(let value) = self { return value }
        return nil
    }

    public var isUnknown: Bool { self == .unknown }

    public func map<Other>(_ transform: (Value) -> Other) -> Fact<Other> {
        switch self {
        case .known(let value): return .known(transform(value))
        case .unknown: return .unknown
        }
    }
}

/// Lets `Fact<T?>` offer its value flattened.
public protocol OptionalConvertible {
    associatedtype Wrapped
    var asOptional: Wrapped? { get }
}

extension Optional: OptionalConvertible {
    public var asOptional: Wrapped? { self }
}

extension Fact where Value: OptionalConvertible {
    /// The value when it is known and present; nil when absent or unknown
    /// (check `isUnknown` when the difference matters, and it usually does).
    public var present: Value.Wrapped? { value?.asOptional ?? nil }
}
