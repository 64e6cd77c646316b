/// A loaded document value, the common model of YAML (after scalar
/// resolution) and JSON. Every node keeps the location it was read from.
public struct Node: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        /// Helm reads every number as a float64; so do we.
        case number(Double)
        case string(String)
        case sequence([Node])
        /// Keys are strings (Helm stringifies them); order is the input order,
        /// and a key appears at most once (the last duplicate wins, in place of the first).
        case mapping([Entry])
    }

    public struct Entry: Sendable, Equatable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: Node

        public init(key: String, keyLocation: SourceLocation, value: Node) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Node {
    /// The value under `key` when this is a mapping.
    public subscript(key: String) -> Node? {
        guard case .mapping(let entries) = value else { return nil }
        return entries.last(where: { $0.key == key })?.value
    }

    /// The value at a dotted path of mapping keys (`config.blobStorage.enabled`).
    public func at(_ path: String) -> Node? {
        at(path.split(separator: ".").map(String.init))
    }

    public func at(_ keys: [String]) -> Node? {
        var node: Node? = self
        for key in keys { node = node?[key] }
        return node
    }

    public var entries: [Entry]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    public var items: [Node]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    public var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    public var number: Double? {
        if case .number(let number) = value { return number }
        return nil
    }

    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// A short name of the value's type, for messages ("a string", "a map").
    public var typeDescription: String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .sequence: return "a list"
        case .mapping: return "a map"
        }
    }
}
