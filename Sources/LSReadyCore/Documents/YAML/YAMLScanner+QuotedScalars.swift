/// Single- and double-quoted scalars: escapes, and line folding (a single
/// line break becomes a space, n+1 breaks become n newlines).
extension YAMLScanner {
    mutating func fetchFlowScalar(double: Bool) throws {
        try saveSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        let quote = peek()
        skip()
        let valueStart = values.count
        var chunkStart = mark.offset
        var usedScratch = false

        while true {
            // Plain runs are copied in one go; escapes and folding go through `values`.
            while true {
                skipQuotedRun(quote: quote, double: double)
                let byte = peek()
                if byte == quote {
                    guard !double && peek(1) == Byte.singleQuote else { break }
                    // '' inside single quotes is one quote.
                    values.append(UnsafeBufferPointer(rebasing: bytes[chunkStart..<mark.offset]))
                    values.append(Byte.singleQuote)
                    usedScratch = true
                    skip(); skip()
                    chunkStart = mark.offset
                    continue
                }
                if Byte.isBlankOrEnd(byte) { break }
                if double && byte == Byte.backslash {
                    values.append(UnsafeBufferPointer(rebasing: bytes[chunkStart..<mark.offset]))
                    usedScratch = true
                    if Byte.isBreak(peek(1)) {
                        // An escaped line break: the break and the next line's indentation vanish.
                        skip()
                        skipBreak()
                        try skipQuotedLinePrefix(start: start)
                        chunkStart = mark.offset
                        continue
                    }
                    try scanEscape()
                    chunkStart = mark.offset
                    continue
                }
                skipCharacter()
            }
            if peek() == quote {
                break
            }
            if atEnd {
                throw unterminatedQuoteError(at: start, quote: quote)
            }
            // White space and line breaks inside the scalar.
            let blankStart = mark.offset
            while Byte.isBlank(peek()) { skip() }
            if !Byte.isBreak(peek()) {
                // White space inside a line (or before the closing quote) is content.
                continue
            }
            // Folding: spaces before a break are dropped.
            values.append(UnsafeBufferPointer(rebasing: bytes[chunkStart..<blankStart]))
            usedScratch = true
            var breaks = 0
            while Byte.isBreak(peek()) {
                skipBreak()
                breaks += 1
                try skipQuotedLinePrefix(start: start)
                if atEnd { throw unterminatedQuoteError(at: start, quote: quote) }
            }
            if breaks == 1 {
                values.append(Byte.space)
            } else {
                values.append(Byte.lineFeed, count: breaks - 1)
            }
            chunkStart = mark.offset
        }
        let text: YAMLTokenText
        if usedScratch {
            values.append(UnsafeBufferPointer(rebasing: bytes[chunkStart..<mark.offset]))
            text = bufferedText(from: valueStart)
        } else {
            text = inputText(chunkStart..<mark.offset)
        }
        skip()
        var token = YAMLToken(.scalar, start: start, end: mark)
        token.value = text
        token.style = double ? .doubleQuoted : .singleQuoted
        tokens.append(token)
        afterJSONLikeNode = true
    }

    /// Moves past characters that are content as they are: up to a quote,
    /// a blank, a break, the end, or (double-quoted) a backslash.
    @inline(__always) mutating func skipQuotedRun(quote: UInt8, double: Bool) {
        let bytes = self.bytes
        let start = mark.offset
        var offset = start
        var continuations = 0
        while true {
            let byte = bytes[offset]
            if byte >= 0x80 {
                let length = Byte.sequenceLength(byte)
                offset &+= length
                continuations &+= length &- 1
            } else if byte <= Byte.space || byte == quote || (double && byte == Byte.backslash) {
                break
            } else {
                offset &+= 1
            }
        }
        mark.column += offset - start - continuations
        mark.offset = offset
    }

    /// Skips the indentation of a continuation line of a quoted scalar. In
    /// the block context the line must be indented deeper than the enclosing
    /// collection, and a document marker cannot appear inside the scalar.
    mutating func skipQuotedLinePrefix(start: Mark) throws {
        if atDocumentIndicator() {
            throw syntaxError("a document marker inside a quoted scalar", at: mark, hint: "the quoted scalar that starts at line \(start.line) is never closed")
        }
        var spaces = 0
        while peek() == Byte.space {
            skip()
            spaces += 1
        }
        let lineHasContent = !restOfLineIsEmpty(from: mark.offset)
        if flowLevel == 0 && lineHasContent && spaces <= indent && !atEnd {
            // Almost always a quote left open: report it where it opens.
            throw syntaxError("unterminated quoted scalar: no closing quote before line \(mark.line)", at: start,
                              hint: "close the quote; a quoted value continued on more lines must indent them more than its key")
        }
        while Byte.isBlank(peek()) { skip() }
    }

    func unterminatedQuoteError(at start: Mark, quote: UInt8) -> InputError {
        let character = quote == Byte.doubleQuote ? "\"" : "'"
        return syntaxError("unterminated quoted scalar: no closing \(character)", at: start,
                           hint: "close the quote that opens here, or escape a quote inside the value")
    }

    /// Appends the character of the escape sequence at the current '\' to `values`.
    mutating func scanEscape() throws {
        let start = mark
        skip()
        let code = peek()
        var hexLength = 0
        var literal: [UInt8]? = nil
        switch code {
        case Byte.zero: literal = [0]
        case 0x61 /* a */: literal = [0x07]
        case 0x62 /* b */: literal = [0x08]
        case 0x74 /* t */, Byte.tab: literal = [0x09]
        case 0x6E /* n */: literal = [0x0A]
        case 0x76 /* v */: literal = [0x0B]
        case 0x66 /* f */: literal = [0x0C]
        case 0x72 /* r */: literal = [0x0D]
        case 0x65 /* e */: literal = [0x1B]
        case Byte.space: literal = [0x20]
        case Byte.doubleQuote: literal = [0x22]
        case Byte.slash: literal = [0x2F]
        case Byte.backslash: literal = [0x5C]
        case 0x4E /* N */: literal = [0xC2, 0x85]
        case Byte.underscore: literal = [0xC2, 0xA0]
        case 0x4C /* L */: literal = [0xE2, 0x80, 0xA8]
        case 0x50 /* P */: literal = [0xE2, 0x80, 0xA9]
        case 0x78 /* x */: hexLength = 2
        case 0x75 /* u */: hexLength = 4
        case 0x55 /* U */: hexLength = 8
        default:
            throw syntaxError("unknown escape sequence in a double-quoted scalar", at: start,
                              hint: "write '\\\\' for a backslash, or use single quotes")
        }
        skip()
        if let literal {
            values.append(literal)
            return
        }
        var value: UInt32 = 0
        for _ in 0..<hexLength {
            guard let digit = Byte.hexValue(peek()) else {
                throw syntaxError("expected \(hexLength) hexadecimal digits in this escape", at: start)
            }
            value = value << 4 | digit
            skip()
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw syntaxError("the escape is not a valid Unicode character", at: start)
        }
        values.append(Array(String(Character(scalar)).utf8))
    }
}
