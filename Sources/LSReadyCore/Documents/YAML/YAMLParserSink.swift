/// What the parser makes of the nodes it reads, in document order: the
/// reader's `YAMLTreeSink` builds `YAMLNode` trees; a cluster dump's entries
/// are loaded straight into filtered `Node`s (`HelmFilteredSink`). The
/// grammar, and every syntax error, stays the parser's alone.
protocol YAMLParserSink {
    associatedtype Value
    associatedtype Sequence
    associatedtype Mapping

    /// A scalar, or an empty node (`""`, plain) where the grammar leaves one out.
    mutating func scalar(_ text: YAMLText, style: YAMLNode.ScalarStyle, tag: String?, anchor: String?, at mark: Mark) throws -> Value
    mutating func alias(_ name: String, at mark: Mark) throws -> Value

    mutating func beginSequence(tag: String?, anchor: String?, at mark: Mark, isFlow: Bool) throws -> Sequence
    mutating func append(_ element: Value, to sequence: inout Sequence) throws
    mutating func endSequence(_ sequence: Sequence) throws -> Value

    /// `mark` nil: the mapping is where its first key is (a single pair in a flow sequence, `[a: 1]`).
    mutating func beginMapping(tag: String?, anchor: String?, at mark: Mark?, isFlow: Bool) throws -> Mapping
    /// The next node read is a key of `mapping`...
    mutating func beginKey(of mapping: inout Mapping) throws
    /// ...this one, and the next node read is its value...
    mutating func endKey(_ key: Value, of mapping: inout Mapping) throws
    /// ...this one.
    mutating func endValue(_ value: Value, of mapping: inout Mapping) throws
    mutating func endMapping(_ mapping: Mapping) throws -> Value
}

/// A scalar's content as the scanner read it, handed to a sink without
/// making a `String` of it first: the bytes are valid during that call only.
struct YAMLText {
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    func equals(_ text: StaticString) -> Bool {
        bytes.count == text.utf8CodeUnitCount
            && bytes.elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}

/// Builds the representation tree: what `YAMLReader` returns.
struct YAMLTreeSink: YAMLParserSink {
    let file: String

    struct Sequence {
        var items: [YAMLNode] = []
        var tag: String?
        var anchor: String?
        var location: SourceLocation
        var isFlow: Bool
    }

    struct Mapping {
        var pairs: [YAMLPair] = []
        var key: YAMLNode?
        var tag: String?
        var anchor: String?
        var location: SourceLocation?
        var isFlow: Bool
    }

    @inline(__always) func location(_ mark: Mark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line, column: mark.column + 1)
    }

    func scalar(_ text: YAMLText, style: YAMLNode.ScalarStyle, tag: String?, anchor: String?, at mark: Mark) -> YAMLNode {
        YAMLNode(.scalar(text.string, style), tag: tag, anchor: anchor, at: location(mark))
    }

    func alias(_ name: String, at mark: Mark) -> YAMLNode {
        YAMLNode(.alias(name), at: location(mark))
    }

    func beginSequence(tag: String?, anchor: String?, at mark: Mark, isFlow: Bool) -> Sequence {
        Sequence(tag: tag, anchor: anchor, location: location(mark), isFlow: isFlow)
    }

    func append(_ element: YAMLNode, to sequence: inout Sequence) {
        sequence.items.append(element)
    }

    func endSequence(_ sequence: Sequence) -> YAMLNode {
        YAMLNode(.sequence(sequence.items), tag: sequence.tag, anchor: sequence.anchor, at: sequence.location, isFlow: sequence.isFlow)
    }

    func beginMapping(tag: String?, anchor: String?, at mark: Mark?, isFlow: Bool) -> Mapping {
        Mapping(tag: tag, anchor: anchor, location: mark.map(location), isFlow: isFlow)
    }

    func beginKey(of mapping: inout Mapping) {}

    func endKey(_ key: YAMLNode, of mapping: inout Mapping) {
        if mapping.location == nil { mapping.location = key.location }
        mapping.key = key
    }

    func endValue(_ value: YAMLNode, of mapping: inout Mapping) {
        mapping.pairs.append(YAMLPair(key: mapping.key!, value: value))
        mapping.key = nil
    }

    func endMapping(_ mapping: Mapping) -> YAMLNode {
        YAMLNode(.mapping(mapping.pairs), tag: mapping.tag, anchor: mapping.anchor, at: mapping.location ?? .file(file), isFlow: mapping.isFlow)
    }
}
