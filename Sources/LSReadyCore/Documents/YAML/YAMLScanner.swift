/// Turns UTF-8 bytes into YAML tokens, on demand. The design follows libyaml
/// (which go-yaml v2 translates): a token queue, a stack of indentation
/// columns that emits BLOCK-MAPPING-START / BLOCK-END tokens, and "simple
/// key" bookkeeping that inserts a KEY token before a scalar once the ':'
/// after it is seen. The YAML 1.2 rules libyaml lacks are added where noted.
struct YAMLScanner {
    let input: YAMLInput
    /// `input.bytes`, kept here so that reading a byte does not go through
    /// (and copy, reference counts included) the whole `YAMLInput`.
    let bytes: UnsafeBufferPointer<UInt8>
    let limits: ReaderLimits
    var mark = Mark(offset: 0, line: 1, column: 0)

    /// Queued tokens; `head` is the next one handed out.
    var tokens = YAMLTokenQueue()
    var head = 0
    /// Tokens handed out so far: simple keys remember the token number
    /// where a KEY token has to be inserted.
    var tokensParsed = 0
    var streamStartProduced = false
    var streamEndProduced = false
    /// Whether `tokens[head]` can no longer change (see `fetchMoreTokens`).
    var headIsFinal = false

    /// The current block indentation column (-1 outside any block collection) and the enclosing ones.
    var indent = -1
    var indents: [Int] = []
    /// Whether a simple key (an implicit mapping key) may start at the current position.
    var simpleKeyAllowed = false
    /// One possible simple key per flow level, plus one for the block context.
    var simpleKeys: [SimpleKey] = []
    /// For each open flow collection, whether it is a mapping (YAML 1.2 lets a
    /// key in a flow mapping span lines; a single-pair key in a sequence may not).
    var flowIsMapping: [Bool] = []
    var flowLevel: Int { flowIsMapping.count }
    /// True right after a quoted scalar or a flow collection's end: in flow
    /// context a ':' right after such a "JSON-like" node is a value indicator
    /// even without a space after it (`{"a":1}`).
    var afterJSONLikeNode = false
    /// Values that need folding, escapes or decoding, referred to by range from tokens.
    let values = YAMLValueBuffer()

    struct SimpleKey {
        var possible = false
        var required = false
        var tokenNumber = 0
        var mark = Mark(offset: 0, line: 1, column: 0)
    }

    /// An implicit key must fit within this many bytes (libyaml's limit).
    static let maxSimpleKeyLength = 1024

    init(input: YAMLInput, limits: ReaderLimits) {
        self.input = input
        bytes = input.bytes
        self.limits = limits
        mark.line = input.firstLine
    }

    // MARK: Token values

    /// A token's value as bytes: valid until the scanner reads on.
    @inline(__always) func bytes(_ text: YAMLTokenText) -> UnsafeBufferPointer<UInt8> {
        text.inBuffer ? values.bytes(text.start..<text.end) : UnsafeBufferPointer(rebasing: bytes[text.start..<text.end])
    }

    /// A token's value as a string.
    func text(_ text: YAMLTokenText) -> String {
        String(decoding: bytes(text), as: UTF8.self)
    }

    /// A value built by the scanner (a tag, a directive's version).
    func bufferedText(_ string: String) -> YAMLTokenText {
        let start = values.count
        values.append(Array(string.utf8))
        return YAMLTokenText(start: start, end: values.count, inBuffer: true)
    }

    /// The value from `start` to the end of the buffer.
    func bufferedText(from start: Int) -> YAMLTokenText {
        YAMLTokenText(start: start, end: values.count, inBuffer: true)
    }

    /// A range of the input as a token value.
    func inputText(_ range: Range<Int>) -> YAMLTokenText {
        YAMLTokenText(start: range.lowerBound, end: range.upperBound, inBuffer: false)
    }

    // MARK: Reading bytes

    @inline(__always) func peek(_ ahead: Int = 0) -> UInt8 {
        bytes[mark.offset + ahead]
    }

    var atEnd: Bool { mark.offset >= input.count }

    /// Moves past one byte that is not a line break.
    @inline(__always) mutating func skip() {
        if Byte.startsScalar(bytes[mark.offset]) { mark.column += 1 }
        mark.offset += 1
    }

    /// Moves past one whole character that is not a line break.
    @inline(__always) mutating func skipCharacter() {
        mark.offset += Byte.sequenceLength(bytes[mark.offset])
        mark.column += 1
    }

    /// Moves past a run of spaces (indentation, mostly) in one step.
    @inline(__always) mutating func skipSpaces() {
        let start = mark.offset
        var offset = start
        while bytes[offset] == Byte.space { offset &+= 1 }
        mark.column += offset - start
        mark.offset = offset
    }

    /// Moves past a line break: LF, CR LF or a lone CR.
    @inline(__always) mutating func skipBreak() {
        if peek() == Byte.carriageReturn && peek(1) == Byte.lineFeed {
            mark.offset += 2
        } else {
            mark.offset += 1
        }
        mark.line += 1
        mark.column = 0
    }

    /// `---` or `...` at the start of a line, followed by white space or the end.
    @inline(__always) func atDocumentIndicator() -> Bool {
        guard mark.column == 0 else { return false }
        let first = peek()
        guard first == Byte.minus || first == Byte.dot else { return false }
        return peek(1) == first && peek(2) == first && Byte.isBlankOrEnd(peek(3))
    }

    /// Whether only spaces and tabs precede the current position on its line.
    func inIndentation() -> Bool {
        var index = mark.offset - 1
        while index >= 0 {
            let byte = bytes[index]
            if Byte.isBreak(byte) { return true }
            if !Byte.isBlank(byte) { return false }
            index -= 1
        }
        return true
    }

    /// Whether the rest of the current line, from `offset`, is blank or a comment.
    func restOfLineIsEmpty(from offset: Int) -> Bool {
        var index = offset
        while Byte.isBlank(bytes[index]) { index += 1 }
        let byte = bytes[index]
        return Byte.isBreakOrEnd(byte) || byte == Byte.hash
    }

    // MARK: Errors

    func location(_ mark: Mark) -> SourceLocation {
        SourceLocation(file: input.file, line: mark.line, column: mark.column + 1)
    }

    func syntaxError(_ message: String, at mark: Mark, hint: String? = nil) -> InputError {
        InputError(.syntax, message, at: location(mark), hint: hint)
    }

    func tabIndentationError(at mark: Mark) -> InputError {
        syntaxError("a tab character is used for indentation", at: mark, hint: "YAML indentation must use spaces, not tabs")
    }

    /// The character at the current position, for messages.
    func currentCharacterDescription() -> String {
        let length = Byte.sequenceLength(peek())
        let text = String(decoding: bytes[mark.offset..<(mark.offset + length)], as: UTF8.self)
        return "'\(text)'"
    }

    // MARK: The token queue

    /// The next token, without consuming it.
    mutating func peekToken() throws -> YAMLToken {
        try fetchMoreTokens()
        return tokens[head]
    }

    /// The type of the next token: the parser's usual question, without copying the token.
    mutating func peekType() throws -> YAMLTokenType {
        try fetchMoreTokens()
        return tokens[head].type
    }

    /// Where the next token starts and ends; valid after `peekType()` or
    /// `peekToken()`, until the token is consumed (the parser's usual need, without copying the token).
    var headStart: Mark { tokens[head].start }
    var headEnd: Mark { tokens[head].end }

    /// Consumes and returns the next token.
    mutating func nextToken() throws -> YAMLToken {
        try fetchMoreTokens()
        let token = tokens[head]
        if token.type == .scalar && token.value.count > limits.maxScalarBytes { throw scalarLimitError(token) }
        advanceHead()
        return token
    }

    /// Consumes the next token.
    mutating func skipToken() throws {
        try fetchMoreTokens()
        advanceHead()
    }

    @inline(__always) private mutating func advanceHead() {
        head += 1
        tokensParsed += 1
        headIsFinal = false
        if head == tokens.count {
            tokens.removeAll(keepingCapacity: true)
            head = 0
        } else if head > 64 && head * 2 > tokens.count {
            tokens.removeFirst(head)
            head = 0
        }
    }

    /// Fetches until the head token is final: a token that may still get a
    /// KEY inserted before it has to wait until its simple key is resolved.
    /// Once final, it stays so until consumed (keys are only inserted later in the queue).
    @inline(__always) mutating func fetchMoreTokens() throws {
        if !headIsFinal { try fetchUntilHeadIsFinal() }
    }

    private mutating func fetchUntilHeadIsFinal() throws {
        defer { headIsFinal = head < tokens.count }
        while true {
            if streamEndProduced {
                if head >= tokens.count {
                    tokens.append(YAMLToken(.streamEnd, start: mark, end: mark))
                }
                return
            }
            var needMore = head >= tokens.count
            if !needMore {
                try removeStaleSimpleKeys()
                if simpleKeys.count == 1 {
                    needMore = simpleKeys[0].possible && simpleKeys[0].tokenNumber == tokensParsed
                } else {
                    for key in simpleKeys where key.possible && key.tokenNumber == tokensParsed {
                        needMore = true
                        break
                    }
                }
            }
            if !needMore { return }
            try fetchNextToken()
        }
    }

    mutating func append(_ type: YAMLTokenType, from start: Mark) {
        tokens.append(YAMLToken(type, start: start, end: mark))
    }

    mutating func fetchNextToken() throws {
        if tokensParsed > limits.maxNodes { throw ReaderLimits.nodeLimitError(limits, at: location(mark)) }
        // No queued token refers to a built value any more (the last one consumed was read already).
        if head >= tokens.count { values.removeAll() }
        if !streamStartProduced {
            fetchStreamStart()
            return
        }
        try scanToNextToken()
        try removeStaleSimpleKeys()
        try unrollIndent(to: mark.column)

        if flowLevel > 0 && mark.column <= indent && !atEnd && peek() != Byte.rightBracket && peek() != Byte.rightBrace && inIndentation() {
            // Lines inside a flow collection must be indented deeper than the
            // block collection around it (closing brackets are let off, as go-yaml does).
            throw syntaxError("this line of a flow collection is not indented enough", at: mark,
                              hint: "indent the continuation lines of '[' or '{' more than the key they belong to")
        }
        let wasAfterJSONLikeNode = afterJSONLikeNode
        afterJSONLikeNode = false
        let byte = peek()
        if atEnd {
            try fetchStreamEnd()
            return
        }
        if mark.column == 0 {
            if byte == Byte.percent {
                try fetchDirective()
                return
            }
            if atDocumentIndicator() {
                try fetchDocumentIndicator(byte == Byte.minus ? .documentStart : .documentEnd)
                return
            }
        }
        let next = peek(1)
        switch byte {
        case Byte.leftBracket: try fetchFlowCollectionStart(.flowSequenceStart)
        case Byte.leftBrace: try fetchFlowCollectionStart(.flowMappingStart)
        case Byte.rightBracket: try fetchFlowCollectionEnd(.flowSequenceEnd)
        case Byte.rightBrace: try fetchFlowCollectionEnd(.flowMappingEnd)
        case Byte.comma: try fetchFlowEntry()
        case Byte.minus where Byte.isBlankOrEnd(next): try fetchBlockEntry()
        case Byte.question where Byte.isBlankOrEnd(next): try fetchKey()
        case Byte.colon where Byte.isBlankOrEnd(next)
            || (flowLevel > 0 && (Byte.isFlowIndicator(next) || wasAfterJSONLikeNode)):
            try fetchValue()
        case Byte.asterisk: try fetchAnchorOrAlias(.alias)
        case Byte.ampersand: try fetchAnchorOrAlias(.anchor)
        case Byte.exclamation: try fetchTag()
        case Byte.pipe where flowLevel == 0: try fetchBlockScalar(literal: true)
        case Byte.greaterThan where flowLevel == 0: try fetchBlockScalar(literal: false)
        case Byte.singleQuote: try fetchFlowScalar(double: false)
        case Byte.doubleQuote: try fetchFlowScalar(double: true)
        default:
            if canStartPlainScalar(byte, next: next) {
                try fetchPlainScalar()
            } else {
                throw unexpectedCharacterError(byte)
            }
        }
    }

    func canStartPlainScalar(_ byte: UInt8, next: UInt8) -> Bool {
        switch byte {
        case Byte.minus, Byte.question, Byte.colon:
            // `-x`, `?x`, `:x` start plain scalars when a "safe" character follows.
            return !Byte.isBlankOrEnd(next) && !(flowLevel > 0 && Byte.isFlowIndicator(next))
        case Byte.comma, Byte.leftBracket, Byte.rightBracket, Byte.leftBrace, Byte.rightBrace,
             Byte.hash, Byte.ampersand, Byte.asterisk, Byte.exclamation, Byte.pipe, Byte.greaterThan,
             Byte.singleQuote, Byte.doubleQuote, Byte.percent, Byte.at, Byte.backtick:
            return false
        default:
            return !Byte.isBlankOrEnd(byte)
        }
    }

    func unexpectedCharacterError(_ byte: UInt8) -> InputError {
        switch byte {
        case Byte.at, Byte.backtick, Byte.percent:
            return syntaxError("found character \(currentCharacterDescription()) that cannot start a plain scalar", at: mark,
                               hint: "'@', '`' and '%' are reserved in YAML; quote the value")
        case Byte.tab:
            return tabIndentationError(at: mark)
        case Byte.pipe, Byte.greaterThan:
            return syntaxError("a block scalar ('|' or '>') cannot appear inside a flow collection", at: mark, hint: "quote the value")
        default:
            return syntaxError("found character \(currentCharacterDescription()) that cannot start any token", at: mark)
        }
    }

    /// Skips white space, comments and line breaks up to the next token. A
    /// line break in the block context allows a simple key again.
    mutating func scanToNextToken() throws {
        while true {
            while true {
                let byte = peek()
                if byte == Byte.space {
                    skipSpaces()
                } else if byte == Byte.tab {
                    // Tabs separate tokens, but never stand for indentation: on a line with
                    // content, the spaces before a tab must already reach the needed indentation.
                    if mark.column <= indent && inIndentation() && !restOfLineIsEmpty(from: mark.offset) {
                        throw tabIndentationError(at: mark)
                    }
                    skip()
                } else {
                    break
                }
            }
            if peek() == Byte.hash {
                if mark.offset > 0 && !Byte.isBlank(bytes[mark.offset - 1]) && !Byte.isBreak(bytes[mark.offset - 1])
                    && !(mark.offset == 3 && YAMLInput.hasByteOrderMark(bytes)) {
                    throw syntaxError("a comment must be separated from the value before it by a space", at: mark,
                                      hint: "put a space before '#', or quote a value that contains '#'")
                }
                while !Byte.isBreakOrEnd(peek()) { skipCharacter() }
            }
            if Byte.isBreak(peek()) {
                skipBreak()
                if flowLevel == 0 { simpleKeyAllowed = true }
            } else {
                return
            }
        }
    }
}
