/// Which parts of a document a reader builds nodes for; everything else is
/// skipped over without building anything. A filter applies to one value:
/// - a scalar is always kept;
/// - a mapping keeps the keys listed in `fields` (each with its own filter)
///   and, when `otherKeys` is set, every other key with that filter;
/// - a sequence keeps every element, each filtered with `elements` (no
///   `elements`: the sequence is kept empty, only its type and place matter);
/// - `all` keeps the whole subtree; `shape` keeps only the value's type and
///   location (scalars whole, collections empty);
/// - `byKind` is for Kubernetes objects: the filter depends on the object's
///   `kind` and `apiVersion`, and is chosen once both are read;
/// - a `gate` lets a reader pass over a list that its consumer would pass
///   over anyway (env variables, none of which a rule reads): see `Gate`.
public final class NodeFilter: Sendable {
    public enum Mode: Sendable {
        case all
        case select
        case byKind(@Sendable (_ kind: String, _ apiVersion: String) -> NodeFilter)
    }

    public let mode: Mode
    let fields: [Field]
    let otherKeys: NodeFilter?
    let elements: NodeFilter?
    let gate: Gate?

    /// On a sequence: its consumer reads only the elements that hold one of
    /// `values` as a string (an env variable named so), and passes over the
    /// rest, whatever their shape. So a reader may pass over a list in whose
    /// text none of `values` is written as a string and no string has an
    /// escape (which could spell one): the list is skipped and kept empty,
    /// marked so (`ObjectTape.isPassedOver`). The gate is a saving, not a
    /// meaning: a reader may ignore it and keep the list.
    struct Gate: Sendable {
        let values: [[UInt8]]
    }

    struct Field: Sendable {
        let key: String
        let keyBytes: [UInt8]
        let filter: NodeFilter
    }

    private init(mode: Mode, fields: [(String, NodeFilter)] = [], otherKeys: NodeFilter? = nil, elements: NodeFilter? = nil,
                 gate: Gate? = nil, candidates: @escaping @Sendable () -> [NodeFilter] = { [] }) {
        self.mode = mode
        self.candidates = candidates
        self.fields = fields.map { Field(key: $0.0, keyBytes: Array($0.0.utf8), filter: $0.1) }
        self.otherKeys = otherKeys
        self.elements = elements
        self.gate = gate
        var table: [UInt8] = []
        var starts: [Int] = []
        for field in self.fields {
            starts.append(table.count)
            table.append(contentsOf: field.keyBytes)
        }
        keyTable = table
        keyStarts = starts
        keyLengths = self.fields.map(\.keyBytes.count)
    }

    private let keyTable: [UInt8]
    private let keyStarts: [Int]
    private let keyLengths: [Int]

    /// The whole value.
    public static let all = NodeFilter(mode: .all)
    /// Only the value's type and location.
    public static let shape = NodeFilter(mode: .select)

    /// A mapping's listed keys (dotted paths are expanded: `"spec.replicas"`).
    public static func fields(_ fields: [(String, NodeFilter)], otherKeys: NodeFilter? = nil) -> NodeFilter {
        // Merge dotted paths into a tree: ("a.b", x), ("a.c", y) → ("a", {b: x, c: y}).
        var order: [String] = []
        var direct: [String: NodeFilter] = [:]
        var nested: [String: [(String, NodeFilter)]] = [:]
        for (path, filter) in fields {
            let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
            if !order.contains(parts[0]) { order.append(parts[0]) }
            if parts.count == 2 {
                nested[parts[0], default: []].append((parts[1], filter))
            } else {
                direct[parts[0]] = filter
            }
        }
        let merged = order.map { key -> (String, NodeFilter) in
            if let inner = nested[key] {
                var entries = inner
                if let filter = direct[key] { entries = filter.fields.map { ($0.key, $0.filter) } + entries }
                return (key, .fields(entries))
            }
            return (key, direct[key]!)
        }
        return NodeFilter(mode: .select, fields: merged, otherKeys: otherKeys)
    }

    /// A sequence whose elements are each filtered with `element`.
    public static func each(_ element: NodeFilter) -> NodeFilter {
        NodeFilter(mode: .select, elements: element)
    }

    /// A sequence whose consumer reads only the elements holding one of
    /// `values` as a string: with a `Gate`, so a list holding none may be passed over.
    static func each(_ element: NodeFilter, holdingOneOf values: [StaticString]) -> NodeFilter {
        let bytes = { (text: StaticString) in Array(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)) }
        return NodeFilter(mode: .select, elements: element, gate: Gate(values: values.map(bytes)))
    }

    /// A Kubernetes object whose filter depends on its kind.
    /// - Parameter candidates: every filter `choose` may return (asked for
    ///   when the filter is compiled into a `FilterProgram`, so they may refer back to this one).
    public static func byKind(candidates: @escaping @Sendable () -> [NodeFilter] = { [] },
                              _ choose: @escaping @Sendable (_ kind: String, _ apiVersion: String) -> NodeFilter) -> NodeFilter {
        NodeFilter(mode: .byKind(choose), candidates: candidates)
    }

    /// For `byKind`: every filter the choice may return.
    let candidates: @Sendable () -> [NodeFilter]

    var keepsAll: Bool {
        if case .all = mode { return true }
        return false
    }

    /// The filter of a mapping member whose key is the raw (unescaped) bytes `key`, or nil to skip it.
    /// Runs for every member of every kept object: the keys are compared in
    /// one flat table (length, first byte, then the rest), without copying `Field`s.
    @inline(__always)
    func member(_ key: UnsafeBufferPointer<UInt8>) -> Field? {
        memberIndex(key).map { fields[$0] }
    }

    @inline(__always)
    private func memberIndex(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let keyBase = key.baseAddress, let first = key.first else { return nil }
        let count = key.count
        for index in 0..<keyLengths.count where keyLengths[index] == count {
            let start = keyStarts[index]
            guard keyTable[start] == first else { continue }
            var offset = 1
            while offset < count && keyTable[start + offset] == keyBase[offset] { offset += 1 }
            if offset == count { return index }
        }
        return nil
    }

    func member(named key: String) -> Field? {
        fields.first { $0.key == key }
    }

    /// The filter of the member named `key` (listed, or `otherKeys`), or nil to skip it.
    func filter(forMember key: String) -> NodeFilter? {
        for index in fields.indices where fields[index].key == key { return fields[index].filter }
        return otherKeys
    }
}
