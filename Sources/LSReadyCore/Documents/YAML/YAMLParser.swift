/// Reads the scanner's tokens one document at a time, by recursive descent
/// over YAML's grammar (libyaml's parser states as functions), and hands the
/// nodes to its sink (`YAMLTreeSink` builds `YAMLNode` trees). Every
/// collection level is counted against `maxDepth`, so the recursion is bounded.
struct YAMLParser<Sink: YAMLParserSink> {
    var scanner: YAMLScanner
    var sink: Sink
    let limits: ReaderLimits
    var depth = 0
    var started = false
    var documentCount = 0
    /// Whether the previous document ended with `...` (or there was none):
    /// only then may a document start without `---`, or with directives.
    var previousDocumentClosed = true
    var tagHandles: [String: String] = [:]
    /// Whether the last document read ended at a `---` or `...` token, not at the end of the input.
    var previousDocumentEndedWithMarker = false
    /// Whether an alias was read: the streamed cluster dump reader leaves
    /// such a dump to the strict reader (the alias guard counts per document).
    var sawAlias = false

    static var defaultTagHandles: [String: String] { YAMLTagHandles.defaults }

    init(input: YAMLInput, limits: ReaderLimits, sink: Sink) {
        scanner = YAMLScanner(input: input, limits: limits)
        self.sink = sink
        self.limits = limits
    }

    func location(_ mark: Mark) -> SourceLocation { scanner.location(mark) }

    func syntaxError(_ message: String, at mark: Mark, hint: String? = nil) -> InputError {
        scanner.syntaxError(message, at: mark, hint: hint)
    }

    // MARK: Documents

    /// The root of the next document of the stream and where the document starts, or nil at its end.
    mutating func nextDocument() throws -> (root: Sink.Value, location: SourceLocation)? {
        if !started {
            try scanner.skipToken()
            started = true
        }
        var token = try scanner.peekToken()
        while token.type == .documentEnd {
            try scanner.skipToken()
            previousDocumentClosed = true
            token = try scanner.peekToken()
        }
        if token.type == .streamEnd { return nil }

        documentCount += 1
        if documentCount > limits.maxDocuments {
            throw InputError(.sizeLimit, "the stream holds more than \(limits.maxDocuments) documents", at: location(token.start))
        }
        tagHandles = Self.defaultTagHandles
        let directivesStart = token.start
        var sawDirective = false
        var sawVersion = false
        while token.type == .versionDirective || token.type == .tagDirective {
            guard previousDocumentClosed else {
                throw syntaxError("a directive must follow a '...' document end marker", at: token.start)
            }
            sawDirective = true
            try scanner.skipToken()
            if token.type == .versionDirective {
                guard !sawVersion else { throw syntaxError("duplicate %YAML directive", at: token.start) }
                sawVersion = true
                let version = scanner.text(token.value)
                guard version.hasPrefix("1.") else {
                    throw syntaxError("unsupported YAML version \(version)", at: token.start, hint: "this reader supports YAML 1.x")
                }
            } else {
                let handle = scanner.text(token.value)
                if tagHandles[handle] != nil && Self.defaultTagHandles[handle] != tagHandles[handle] {
                    throw syntaxError("duplicate %TAG directive for \(handle)", at: token.start)
                }
                tagHandles[handle] = scanner.text(token.suffix)
            }
            token = try scanner.peekToken()
        }

        let root: Sink.Value
        let documentLocation: Mark
        if token.type == .documentStart {
            try scanner.skipToken()
            documentLocation = token.start
            let next = try scanner.peekType()
            switch next {
            case .versionDirective, .tagDirective, .documentStart, .documentEnd, .streamEnd:
                root = try emptyNode(at: token.end)
            default:
                root = try parseNode(block: true, indentlessSequence: false)
            }
        } else {
            if sawDirective {
                throw syntaxError("expected '---' after the directives", at: token.start)
            }
            guard previousDocumentClosed else {
                throw syntaxError("unexpected \(token.displayName) after the end of the document", at: token.start,
                                  hint: "check the indentation, or separate documents with '---'")
            }
            documentLocation = sawDirective ? directivesStart : token.start
            root = try parseNode(block: true, indentlessSequence: false)
        }

        let end = try scanner.peekToken()
        switch end.type {
        case .documentEnd:
            try scanner.skipToken()
            previousDocumentClosed = true
            previousDocumentEndedWithMarker = true
        case .documentStart, .streamEnd:
            previousDocumentClosed = false
            previousDocumentEndedWithMarker = end.type == .documentStart
        case .versionDirective, .tagDirective:
            throw syntaxError("a directive must follow a '...' document end marker", at: end.start)
        default:
            throw unexpectedTokenError(end, expected: "the end of the document")
        }
        return (root, location(documentLocation))
    }

    func unexpectedTokenError(_ token: YAMLToken, expected: String) -> InputError {
        if token.type == .blockMappingStart || token.type == .blockSequenceStart {
            // A new block collection where a sibling was expected: the line is indented differently.
            return syntaxError("bad indentation: this line is indented differently from the lines before it", at: token.start,
                               hint: "indent it like the other entries at its level, with spaces")
        }
        var hint: String? = nil
        switch token.type {
        case .blockEntry, .blockSequenceStart:
            hint = "a list item ('- ') is indented wrongly, or appears where a key was expected"
        case .key, .value, .blockMappingStart:
            hint = "check the indentation of this line"
        case .scalar, .alias, .anchor, .tag:
            hint = "check the indentation; a value containing ': ' or ' #' must be quoted"
        default:
            break
        }
        return syntaxError("expected \(expected), but found \(token.displayName)", at: token.start, hint: hint)
    }

    mutating func emptyNode(at mark: Mark, tag: String? = nil, anchor: String? = nil) throws -> Sink.Value {
        try sink.scalar(YAMLText(UnsafeBufferPointer(start: nil, count: 0)), style: .plain, tag: tag, anchor: anchor, at: mark)
    }

    // MARK: Nodes

    mutating func parseNode(block: Bool, indentlessSequence: Bool) throws -> Sink.Value {
        var type = try scanner.peekType()
        if type == .alias {
            sawAlias = true
            let token = try scanner.nextToken()
            return try sink.alias(scanner.text(token.value), at: token.start)
        }
        var anchor: String? = nil
        var tag: String? = nil
        var propertiesEnd: Mark? = nil
        while type == .anchor || type == .tag {
            let token = try scanner.nextToken()
            if type == .anchor {
                guard anchor == nil else { throw syntaxError("a node can have only one anchor", at: token.start) }
                anchor = scanner.text(token.value)
            } else {
                guard tag == nil else { throw syntaxError("a node can have only one tag", at: token.start) }
                tag = try resolveTag(token)
            }
            propertiesEnd = token.end
            type = try scanner.peekType()
        }

        switch type {
        case .blockEntry where indentlessSequence:
            return try parseIndentlessSequence(tag: tag, anchor: anchor)
        case .scalar:
            let token = try scanner.nextToken()
            return try sink.scalar(YAMLText(scanner.bytes(token.value)), style: token.style, tag: tag, anchor: anchor, at: token.start)
        case .flowSequenceStart:
            return try parseFlowSequence(tag: tag, anchor: anchor)
        case .flowMappingStart:
            return try parseFlowMapping(tag: tag, anchor: anchor)
        case .blockSequenceStart where block:
            return try parseBlockSequence(tag: tag, anchor: anchor)
        case .blockMappingStart where block:
            return try parseBlockMapping(tag: tag, anchor: anchor)
        case .alias where propertiesEnd != nil:
            throw syntaxError("an alias cannot have an anchor or a tag", at: try scanner.peekToken().start)
        default:
            if let propertiesEnd {
                return try emptyNode(at: propertiesEnd, tag: tag, anchor: anchor)
            }
            throw unexpectedTokenError(try scanner.peekToken(), expected: "a value")
        }
    }

    /// The full tag of a tag token: `!!str` becomes `tag:yaml.org,2002:str`.
    func resolveTag(_ token: YAMLToken) throws -> String {
        let handle = scanner.text(token.value)
        let suffix = scanner.text(token.suffix)
        if handle.isEmpty { return suffix }
        guard let prefix = tagHandles[handle] else {
            throw syntaxError("the tag handle \(handle) is not declared", at: token.start,
                              hint: "declare it with a %TAG directive before '---'")
        }
        return prefix + suffix
    }

    mutating func enterCollection(at mark: Mark) throws {
        depth += 1
        if depth > limits.maxDepth {
            throw scanner.depthError(at: mark)
        }
    }
}

extension YAMLParser where Sink == YAMLTreeSink {
    init(input: YAMLInput, limits: ReaderLimits) {
        self.init(input: input, limits: limits, sink: YAMLTreeSink(file: input.file))
    }

    /// The next document of the stream as a tree, or nil at its end.
    mutating func nextTreeDocument() throws -> YAMLDocument? {
        guard let (root, location) = try nextDocument() else { return nil }
        return YAMLDocument(root: root, location: location)
    }
}

enum YAMLTagHandles {
    /// The handles every document starts with.
    static let defaults = ["!": "!", "!!": "tag:yaml.org,2002:"]
}
