/// Loads a document as `HelmDecoder` does, straight from the parser and
/// keeping only what a `NodeFilter` keeps (the fields the cluster inventory
/// reads): no `YAMLNode` tree, and no `Node` for what is skipped.
///
/// It handles the documents kubectl writes: no anchors, aliases, tags or
/// merge keys. For those, every scalar resolves with `HelmScalarResolver`
/// and every key is stringified with `HelmDecoder.keyString`, as the decoder
/// does; a skipped part is still checked for what makes the decoder fail (a
/// value `.nan` or `.inf`, a null or uint64 key, a collection as a key,
/// nesting past the depth limit). On anything else it throws `Unsupported`,
/// and the caller loads the document the usual way.
struct HelmFilteredSink: YAMLParserSink {
    struct Unsupported: Error {}

    enum Value {
        case node(Node)
        case skipped
        case key(String, Mark)
    }

    /// What becomes of the next node. The filters are held by `rootFilter`
    /// (each holds its children): unmanaged here, the frames are copied
    /// without reference counting.
    enum Slot {
        case skip
        case all
        case select(Unmanaged<NodeFilter>)
        case key
    }

    struct Sequence {
        var items: [Node] = []
        var mark: Mark
        var kept: Bool
    }

    struct Mapping {
        var entries = MappingBuilder()
        var key: (String, Mark)?
        var mark: Mark
        var kept: Bool
    }

    private struct Frame {
        var isMapping: Bool
        /// The slot of the collection itself.
        var slot: Slot
        /// A sequence's elements, or the pending value of a mapping.
        var next: Slot
        var inKey = false
    }

    let file: String
    let maxDepth: Int
    private let rootFilter: NodeFilter
    private let root: Slot
    /// The innermost open collection (at the start, a frame standing for the document: its `next` is the root's slot)...
    private var top: Frame
    /// ...and the ones around it: `outer.count` collections are open.
    private var outer: [Frame] = []

    init(file: String, filter: NodeFilter, limits: ReaderLimits) {
        self.file = file
        maxDepth = limits.maxDepth
        rootFilter = filter
        root = Self.slot(filter)
        top = Frame(isMapping: false, slot: root, next: root)
        outer.reserveCapacity(32)
    }

    private static func slot(_ filter: NodeFilter?) -> Slot {
        guard let filter else { return .skip }
        switch filter.mode {
        case .all: return .all
        case .select: return .select(.passUnretained(filter))
        // A kind chosen inside a document (a nested list's items): keep everything.
        case .byKind: return .all
        }
    }

    private var current: Slot {
        top.isMapping && top.inKey ? .key : top.next
    }

    @inline(__always) private func location(_ mark: Mark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line, column: mark.column + 1)
    }

    /// The decoder counts every value, scalars too, against the depth limit.
    private func checkDepth(at mark: Mark) throws {
        if outer.count + 1 > maxDepth {
            throw InputError(.depthLimit, "collections nested deeper than \(maxDepth) levels", at: location(mark))
        }
    }

    mutating func scalar(_ text: YAMLText, style: YAMLNode.ScalarStyle, tag: String?, anchor: String?, at mark: Mark) throws -> Value {
        guard tag == nil, anchor == nil else { throw Unsupported() }
        switch current {
        case .key:
            if style == .plain && text.equals("<<") { throw Unsupported() }
            if !keyIsKept && !(style == .plain && Self.mayFailAsKey(text)) { return .key("", mark) }
            let key = try HelmDecoder.keyString(HelmScalarResolver.resolve(text.string, style: style, tag: nil, at: location(mark)), at: location(mark))
            return .key(key, mark)
        case .skip:
            try checkDepth(at: mark)
            // Only `.nan` and `.inf` (signed or not) fail to load, and only plain.
            if style == .plain, let first = text.bytes.first, first == Byte.dot || first == Byte.plus || first == Byte.minus {
                _ = try HelmDecoder.jsonValue(of: HelmScalarResolver.resolve(text.string, style: style, tag: nil, at: location(mark)), at: location(mark))
            }
            return .skipped
        case .all, .select:
            try checkDepth(at: mark)
            let location = location(mark)
            return .node(Node(try HelmDecoder.jsonValue(of: HelmScalarResolver.resolve(text.string, style: style, tag: nil, at: location), at: location),
                              at: location))
        }
    }

    /// Whether the key being read belongs to a mapping that is kept: a key of
    /// a skipped one is only checked, and only when it could fail.
    private var keyIsKept: Bool {
        if case .skip = top.slot { return false }
        return true
    }

    /// A plain key resolves to null (``, `~`, `null`...) or to an integer
    /// above Int64's range only if it starts with one of these; any other
    /// plain key is a string or a boolean, which stringify without error.
    private static func mayFailAsKey(_ text: YAMLText) -> Bool {
        guard let first = text.bytes.first else { return true }
        switch first {
        case Byte.tilde, 0x6E /* n */, 0x4E /* N */, Byte.plus, Byte.minus, Byte.dot, Byte.zero...Byte.nine: return true
        default: return false
        }
    }

    func alias(_ name: String, at mark: Mark) throws -> Value {
        throw Unsupported()
    }

    mutating func beginSequence(tag: String?, anchor: String?, at mark: Mark, isFlow: Bool) throws -> Sequence {
        guard tag == nil, anchor == nil else { throw Unsupported() }
        let slot = current
        let elements: Slot
        switch slot {
        case .key: throw Unsupported()
        case .skip: elements = .skip
        case .all: elements = .all
        case .select(let filter): elements = Self.slot(filter.takeUnretainedValue().elements)
        }
        outer.append(top)
        top = Frame(isMapping: false, slot: slot, next: elements)
        if case .skip = slot { return Sequence(mark: mark, kept: false) }
        return Sequence(mark: mark, kept: true)
    }

    func append(_ element: Value, to sequence: inout Sequence) {
        if case .node(let node) = element { sequence.items.append(node) }
    }

    mutating func endSequence(_ sequence: Sequence) -> Value {
        top = outer.removeLast()
        return sequence.kept ? .node(Node(.sequence(sequence.items), at: location(sequence.mark))) : .skipped
    }

    mutating func beginMapping(tag: String?, anchor: String?, at mark: Mark?, isFlow: Bool) throws -> Mapping {
        guard tag == nil, anchor == nil, let mark else { throw Unsupported() }
        let slot = current
        if case .key = slot { throw Unsupported() }
        outer.append(top)
        top = Frame(isMapping: true, slot: slot, next: .skip)
        if case .skip = slot { return Mapping(mark: mark, kept: false) }
        return Mapping(mark: mark, kept: true)
    }

    mutating func beginKey(of mapping: inout Mapping) {
        top.inKey = true
    }

    mutating func endKey(_ key: Value, of mapping: inout Mapping) throws {
        guard case .key(let text, let mark) = key else { throw Unsupported() }
        top.inKey = false
        switch top.slot {
        case .skip, .key: top.next = .skip
        case .all: top.next = .all
        case .select(let filter):
            top.next = Self.slot(filter.takeUnretainedValue().filter(forMember: text))
        }
        if mapping.kept { mapping.key = (text, mark) }
    }

    func endValue(_ value: Value, of mapping: inout Mapping) {
        guard mapping.kept, let (key, mark) = mapping.key else { return }
        if case .node(let node) = value { mapping.entries.set(key, at: location(mark), to: node) }
        mapping.key = nil
    }

    mutating func endMapping(_ mapping: Mapping) -> Value {
        top = outer.removeLast()
        return mapping.kept ? .node(Node(.mapping(mapping.entries.entries), at: location(mapping.mark))) : .skipped
    }
}
