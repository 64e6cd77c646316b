/// A position in the input: the byte offset for the hot path, and the line
/// (1-based) and column (0-based, in Unicode scalars) kept up to date as the
/// scanner moves, because YAML's indentation rules need the column anyway.
struct Mark: Equatable {
    var offset: Int
    var line: Int
    var column: Int
}

/// The tokens of YAML's lexical grammar, as libyaml names them.
enum YAMLTokenType: Equatable {
    case streamStart, streamEnd
    case versionDirective, tagDirective
    case documentStart, documentEnd
    case blockSequenceStart, blockMappingStart, blockEnd
    case flowSequenceStart, flowSequenceEnd, flowMappingStart, flowMappingEnd
    case blockEntry, flowEntry, key, value
    case alias, anchor, tag, scalar
}

/// Where a token's value is: a range of the input, or of the scanner's
/// `YAMLValueBuffer` (values it had to build). `YAMLScanner.text(_:)` and
/// `bytes(_:)` read it.
struct YAMLTokenText {
    var start = 0
    var end = 0
    var inBuffer = false

    var count: Int { end - start }
}

/// A token: plain numbers only, so that the queue moves tokens without
/// reference counting.
struct YAMLToken {
    var type: YAMLTokenType
    var start: Mark
    var end: Mark
    /// Scalar content, anchor or alias name, tag handle, directive handle or version.
    var value = YAMLTokenText()
    /// Tag suffix, or the prefix of a `%TAG` directive.
    var suffix = YAMLTokenText()
    var style: YAMLNode.ScalarStyle = .plain

    init(_ type: YAMLTokenType, start: Mark, end: Mark) {
        self.type = type
        self.start = start
        self.end = end
    }

    /// How the token reads in an error message: at most the token itself.
    var displayName: String {
        switch type {
        case .streamStart: return "the start of the input"
        case .streamEnd: return "the end of the input"
        case .versionDirective: return "a %YAML directive"
        case .tagDirective: return "a %TAG directive"
        case .documentStart: return "'---'"
        case .documentEnd: return "'...'"
        case .blockSequenceStart, .blockEntry: return "'-'"
        case .blockMappingStart: return "a mapping"
        case .blockEnd: return "the end of a block"
        case .flowSequenceStart: return "'['"
        case .flowSequenceEnd: return "']'"
        case .flowMappingStart: return "'{'"
        case .flowMappingEnd: return "'}'"
        case .flowEntry: return "','"
        case .key: return start.offset == end.offset ? "a mapping key" : "'?'"
        case .value: return "':'"
        case .alias: return "an alias"
        case .anchor: return "an anchor"
        case .tag: return "a tag"
        case .scalar: return "a scalar"
        }
    }
}

/// The scanner's queue of tokens not yet handed out: an array reused for
/// the whole input (tokens are plain numbers, so emptying it is free).
struct YAMLTokenQueue {
    private var storage: [YAMLToken] = []
    private(set) var count = 0

    @inline(__always) subscript(index: Int) -> YAMLToken {
        get { storage[index] }
        _modify { yield &storage[index] }
    }

    @inline(__always) mutating func append(_ token: YAMLToken) {
        if count < storage.count {
            storage[count] = token
        } else {
            storage.append(token)
        }
        count += 1
    }

    mutating func insert(_ token: YAMLToken, at index: Int) {
        append(token)
        var position = count - 1
        while position > index {
            storage[position] = storage[position - 1]
            position -= 1
        }
        storage[index] = token
    }

    @inline(__always) mutating func removeAll(keepingCapacity: Bool) {
        count = 0
    }

    mutating func removeFirst(_ removed: Int) {
        for index in removed..<count { storage[index - removed] = storage[index] }
        count -= removed
    }
}
