#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A `NodeFilter` (and every filter it reaches, `byKind` candidates
/// included) flattened into arrays, for the tape writer: a filter is an
/// index, and nothing is reference-counted while a dump is read.
final class FilterProgram: Sendable {
    struct Entry: Sendable {
        enum Mode: UInt8, Sendable { case select, all, byKind }
        var mode: Mode
        /// Listed keys: `fieldStart..<fieldStart + fieldCount` in the field arrays.
        var fieldStart = 0
        var fieldCount = 0
        /// The filter of a sequence's elements, and of unlisted keys; -1 for none.
        var elements = -1
        var otherKeys = -1
        /// The entry's `NodeFilter.Gate` in `gates`; -1 for none.
        var gate = -1
    }

    struct Field: Sendable {
        var keyStart: Int
        var keyLength: Int
        var filter: Int
    }

    /// A `NodeFilter.Gate`: its values, as `Field`s (`filter` unused) in `gateValues`.
    struct Gate: Sendable {
        var valueStart: Int
        var valueCount: Int
    }

    let entries: [Entry]
    let fields: [Field]
    let gates: [Gate]
    let gateValues: [Field]
    /// The bytes of every key, gate key and gate value.
    let keyBytes: [UInt8]
    /// The entry of every compiled filter.
    private let index: [ObjectIdentifier: Int]
    /// The `byKind` choices, by entry.
    private let choosers: [Int: @Sendable (String, String) -> NodeFilter]
    /// Keeps the compiled filters alive, so their identifiers stay theirs.
    private let filters: [NodeFilter]
    /// `apiVersion` and `kind` only: an object whose kind cannot be told.
    let identityOnly: Int

    private static let identity = NodeFilter.fields([("apiVersion", .shape), ("kind", .shape)])

    init(_ root: NodeFilter) {
        var entries: [Entry] = []
        var fields: [Field] = []
        var gates: [Gate] = []
        var gateValues: [Field] = []
        var keyBytes: [UInt8] = []
        func stored(_ bytes: [UInt8]) -> Field {
            defer { keyBytes.append(contentsOf: bytes) }
            return Field(keyStart: keyBytes.count, keyLength: bytes.count, filter: -1)
        }
        var index: [ObjectIdentifier: Int] = [:]
        var choosers: [Int: @Sendable (String, String) -> NodeFilter] = [:]
        var filters: [NodeFilter] = []

        func compile(_ filter: NodeFilter) -> Int {
            if let known = index[ObjectIdentifier(filter)] { return known }
            let number = entries.count
            index[ObjectIdentifier(filter)] = number
            filters.append(filter)
            switch filter.mode {
            case .all:
                entries.append(Entry(mode: .all))
            case .byKind(let choose):
                entries.append(Entry(mode: .byKind))
                choosers[number] = choose
                for candidate in filter.candidates() { _ = compile(candidate) }
            case .select:
                entries.append(Entry(mode: .select))
                let start = fields.count
                // Reserve the entry's field slots first: the member filters are compiled after.
                for field in filter.fields {
                    fields.append(Field(keyStart: keyBytes.count, keyLength: field.keyBytes.count, filter: -1))
                    keyBytes.append(contentsOf: field.keyBytes)
                }
                entries[number].fieldStart = start
                entries[number].fieldCount = filter.fields.count
                for (offset, field) in filter.fields.enumerated() { fields[start + offset].filter = compile(field.filter) }
                if let elements = filter.elements { entries[number].elements = compile(elements) }
                if let otherKeys = filter.otherKeys { entries[number].otherKeys = compile(otherKeys) }
                if let gate = filter.gate {
                    let valueStart = gateValues.count
                    for value in gate.values { gateValues.append(stored(value)) }
                    entries[number].gate = gates.count
                    gates.append(Gate(valueStart: valueStart, valueCount: gate.values.count))
                }
            }
            return number
        }

        _ = compile(root)
        identityOnly = compile(Self.identity)
        self.entries = entries
        self.fields = fields
        self.gates = gates
        self.gateValues = gateValues
        self.keyBytes = keyBytes
        self.index = index
        self.choosers = choosers
        self.filters = filters
    }

    /// The entry of `filter`, nil when it was not compiled here.
    func entry(of filter: NodeFilter) -> Int? { index[ObjectIdentifier(filter)] }

    /// The entry a `byKind` entry chooses for an object's kind and apiVersion.
    func choose(_ entry: Int, kind: String, apiVersion: String) -> Int? {
        choosers[entry].flatMap { self.entry(of: $0(kind, apiVersion)) }
    }
}

/// A `FilterProgram`'s arrays as raw buffers, valid while the program is:
/// what the tape writer passes down its recursion.
struct FilterProgramView {
    unowned(unsafe) let program: FilterProgram
    let entries: UnsafeBufferPointer<FilterProgram.Entry>
    let fields: UnsafeBufferPointer<FilterProgram.Field>
    let keyBytes: UnsafeBufferPointer<UInt8>
    let gates: UnsafeBufferPointer<FilterProgram.Gate>
    let gateValues: UnsafeBufferPointer<FilterProgram.Field>

    /// The filter of the member whose raw (unescaped) key is `key`; -1 to skip it.
    @inline(__always)
    func member(of entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Int {
        let node = entries[entry]
        var field = node.fieldStart
        let end = field + node.fieldCount
        while field < end {
            let candidate = fields[field]
            if matches(candidate, key) { return candidate.filter }
            field += 1
        }
        return node.otherKeys
    }

    /// True when `bytes` are those of `field` (a key or a gate value).
    @inline(__always)
    func matches(_ field: FilterProgram.Field, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        field.keyLength == bytes.count
            && (bytes.count == 0 || SWAR.equal(keyBytes.baseAddress! + field.keyStart, bytes.baseAddress!, count: bytes.count))
    }
}

extension FilterProgram {
    func withView<Result>(_ body: (FilterProgramView) throws -> Result) rethrows -> Result {
        try entries.withUnsafeBufferPointer { entries in
            try fields.withUnsafeBufferPointer { fields in
                try keyBytes.withUnsafeBufferPointer { keyBytes in
                    try gates.withUnsafeBufferPointer { gates in
                        try gateValues.withUnsafeBufferPointer { gateValues in
                            try body(FilterProgramView(program: self, entries: entries, fields: fields, keyBytes: keyBytes,
                                                       gates: gates, gateValues: gateValues))
                        }
                    }
                }
            }
        }
    }
}
