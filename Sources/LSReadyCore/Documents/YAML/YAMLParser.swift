/// Builds `YAMLNode` trees from the scanner's tokens, one document at a
/// time, by recursive descent over YAML's grammar (libyaml's parser states as
/// functions). Every collection level is counted against `maxDepth`, so the
/// recursion is bounded.
struct YAMLParser {
    var scanner: YAMLScanner
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

    static let defaultTagHandles = ["!": "!", "!!": "tag:yaml.org,2002:"]

    init(input: YAMLInput, limits: ReaderLimits) {
        scanner = YAMLScanner(input: input, limits: limits)
        self.limits = limits
    }

    func location(_ mark: Mark) -> SourceLocation { scanner.location(mark) }

    func syntaxError(_ message: String, at mark: Mark, hint: String? = nil) -> InputError {
        scanner.syntaxError(message, at: mark, hint: hint)
    }

    // MARK: Documents

    /// The next document of the stream, or nil at its end.
    mutating func nextDocument() throws -> YAMLDocument? {
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
                guard token.value.hasPrefix("1.") else {
                    throw syntaxError("unsupported YAML version \(token.value)", at: token.start, hint: "this reader supports YAML 1.x")
                }
            } else {
                if tagHandles[token.value] != nil && Self.defaultTagHandles[token.value] != tagHandles[token.value] {
                    throw syntaxError("duplicate %TAG directive for \(token.value)", at: token.start)
                }
                tagHandles[token.value] = token.suffix
            }
            token = try scanner.peekToken()
        }

        let root: YAMLNode
        let documentLocation: Mark
        if token.type == .documentStart {
            try scanner.skipToken()
            documentLocation = token.start
            let next = try scanner.peekType()
            switch next {
            case .versionDirective, .tagDirective, .documentStart, .documentEnd, .streamEnd:
                root = emptyNode(at: token.end)
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
        return YAMLDocument(root: root, location: location(documentLocation))
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

    func emptyNode(at mark: Mark, tag: String? = nil, anchor: String? = nil) -> YAMLNode {
        YAMLNode(.scalar("", .plain), tag: tag, anchor: anchor, at: location(mark))
    }

    // MARK: Nodes

    mutating func parseNode(block: Bool, indentlessSequence: Bool) throws -> YAMLNode {
        var type = try scanner.peekType()
        if type == .alias {
            sawAlias = true
            let token = try scanner.nextToken()
            return YAMLNode(.alias(token.value), at: location(token.start))
        }
        var anchor: String? = nil
        var tag: String? = nil
        var propertiesEnd: Mark? = nil
        while type == .anchor || type == .tag {
            let token = try scanner.nextToken()
            if type == .anchor {
                guard anchor == nil else { throw syntaxError("a node can have only one anchor", at: token.start) }
                anchor = token.value
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
            return YAMLNode(.scalar(token.value, token.style), tag: tag, anchor: anchor, at: location(token.start))
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
                return emptyNode(at: propertiesEnd, tag: tag, anchor: anchor)
            }
            throw unexpectedTokenError(try scanner.peekToken(), expected: "a value")
        }
    }

    /// The full tag of a tag token: `!!str` becomes `tag:yaml.org,2002:str`.
    func resolveTag(_ token: YAMLToken) throws -> String {
        if token.value.isEmpty { return token.suffix }
        guard let prefix = tagHandles[token.value] else {
            throw syntaxError("the tag handle \(token.value) is not declared", at: token.start,
                              hint: "declare it with a %TAG directive before '---'")
        }
        return prefix + token.suffix
    }

    mutating func enterCollection(at mark: Mark) throws {
        depth += 1
        if depth > limits.maxDepth {
            throw scanner.depthError(at: mark)
        }
    }
}
