/// The YAML representation tree, before any scalar is resolved: what the
/// parser builds and both resolvers (Helm, YAML 1.2 core) read.
public struct YAMLNode: Sendable, Equatable {
    public enum ScalarStyle: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public enum Content: Sendable, Equatable {
        /// The scalar's content after folding and escapes, and its style.
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
        /// `*name`: resolved by the loader, where anchors are in scope.
        case alias(String)
    }

    public var content: Content
    /// The tag fully expanded (`tag:yaml.org,2002:str` for `!!str`, `!foo` for
    /// a local tag, `!` for the non-specific tag); nil when the node has none.
    public var tag: String?
    public var anchor: String?
    public var location: SourceLocation
    /// True for `[...]` and `{...}` collections.
    public var isFlow: Bool

    public init(_ content: Content, tag: String? = nil, anchor: String? = nil, at location: SourceLocation, isFlow: Bool = false) {
        self.content = content
        self.tag = tag
        self.anchor = anchor
        self.location = location
        self.isFlow = isFlow
    }
}

public struct YAMLPair: Sendable, Equatable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// One document of a stream. `root` is nil only for a stream's empty document
/// (`---` followed by nothing is a null scalar, not nil).
public struct YAMLDocument: Sendable, Equatable {
    public var root: YAMLNode
    public var location: SourceLocation

    public init(root: YAMLNode, location: SourceLocation) {
        self.root = root
        self.location = location
    }
}

/// The limits every reader enforces; exceeding one is an `InputError`.
public struct ReaderLimits: Sendable, Equatable {
    /// Collections nested deeper than this. go-yaml allows 10,000, but real
    /// values files nest fewer than 15 levels, and recursion 10,000 deep
    /// (parser and loader) risks the stack of a secondary thread. 256 is ample
    /// (a Kubernetes object nests under 30) and keeps every recursive stage
    /// (loaders, merging, redaction, renderers) well inside an 8 MiB stack
    /// even in a debug build, where 512 did not fit.
    public var maxDepth: Int
    /// Bytes of one input file (checked before the file is read).
    public var maxInputBytes: Int
    /// Documents in one YAML stream.
    public var maxDocuments: Int
    /// Bytes of one scalar (a string, after escapes and folding).
    public var maxScalarBytes: Int
    /// YAML tokens, or JSON values, in one input file: what keeps memory
    /// proportional to the input (a YAML node costs ~250 bytes in memory,
    /// and `-\n` writes one in 2 bytes). See docs/limits.md.
    public var maxNodes: Int

    public init(maxDepth: Int = 256, maxInputBytes: Int = 64 << 20, maxDocuments: Int = 100_000,
                maxScalarBytes: Int = 4 << 20, maxNodes: Int = 2_000_000) {
        self.maxDepth = maxDepth
        self.maxInputBytes = maxInputBytes
        self.maxDocuments = maxDocuments
        self.maxScalarBytes = maxScalarBytes
        self.maxNodes = maxNodes
    }

    public static let standard = ReaderLimits()

    /// The limits of a JSON cluster dump streamed into the inventory: items are
    /// decoded one at a time and dropped, keeping only the fields the rules
    /// read, so memory follows the kept facts, not the file. Such a dump may be
    /// larger (4 GiB) and hold more values than one document may; depth and
    /// scalar size still apply.
    public var streamedDump: ReaderLimits {
        var limits = self
        limits.maxInputBytes = Swift.max(maxInputBytes, 4 << 30)
        limits.maxNodes = .max
        return limits
    }
}
