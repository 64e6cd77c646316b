/// Plain (unquoted) scalars. They end at ': ', ' #', a flow indicator inside
/// a flow collection, a document marker, or a line indented no deeper than
/// the enclosing block collection. Line breaks fold as in quoted scalars.
extension YAMLScanner {
    mutating func fetchPlainScalar() throws {
        try saveSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        var end = mark
        let minimumColumn = indent + 1
        let valueStart = values.count
        // The fast path: a one-line scalar is a slice of the input.
        var firstChunk: Range<Int>? = nil
        var usedScratch = false
        var pendingBreaks = 0
        var pendingBlankStart = -1

        while true {
            if atDocumentIndicator() || peek() == Byte.hash { break }
            let chunkStart = mark.offset
            skipPlainRun()
            if mark.offset == chunkStart { break }
            // Join this chunk to what came before: the folded breaks, or the blanks between words.
            if firstChunk == nil {
                firstChunk = chunkStart..<mark.offset
            } else {
                if !usedScratch {
                    values.append(UnsafeBufferPointer(rebasing: bytes[firstChunk!]))
                    usedScratch = true
                }
                if pendingBreaks == 1 {
                    values.append(Byte.space)
                } else if pendingBreaks > 1 {
                    values.append(Byte.lineFeed, count: pendingBreaks - 1)
                } else {
                    values.append(UnsafeBufferPointer(rebasing: bytes[pendingBlankStart..<chunkStart]))
                }
                values.append(UnsafeBufferPointer(rebasing: bytes[chunkStart..<mark.offset]))
            }
            end = mark
            pendingBreaks = 0
            guard Byte.isBlank(peek()) || Byte.isBreak(peek()) else { break }

            pendingBlankStart = mark.offset
            while Byte.isBlank(peek()) || Byte.isBreak(peek()) {
                if peek() == Byte.space {
                    skipSpaces()
                } else if Byte.isBlank(peek()) {
                    if pendingBreaks > 0 && mark.column < minimumColumn && peek() == Byte.tab
                        && !restOfLineIsEmpty(from: mark.offset) && flowLevel == 0 {
                        throw tabIndentationError(at: mark)
                    }
                    skip()
                } else {
                    skipBreak()
                    pendingBreaks += 1
                }
            }
            if flowLevel == 0 && mark.column < minimumColumn { break }
        }
        var token = YAMLToken(.scalar, start: start, end: end)
        if usedScratch {
            token.value = bufferedText(from: valueStart)
        } else if let firstChunk {
            token.value = inputText(firstChunk)
        }
        token.style = .plain
        tokens.append(token)
        // Ending on a new line: a key may start there.
        if pendingBreaks > 0 { simpleKeyAllowed = true }
    }

    /// Moves past the characters of a plain scalar up to a blank, a break,
    /// the end, a ':' that ends it, or a flow indicator inside a flow
    /// collection: the hot loop of the scanner, on local copies of the position.
    @inline(__always) mutating func skipPlainRun() {
        let bytes = self.bytes
        let inFlow = flowLevel > 0
        let start = mark.offset
        var offset = start
        // Columns count characters: bytes, less the ones that continue a character.
        var continuations = 0
        while true {
            let byte = bytes[offset]
            if byte >= 0x80 {
                let length = Byte.sequenceLength(byte)
                offset &+= length
                continuations &+= length &- 1
                continue
            }
            // Blanks, breaks and the end: the only bytes up to a space that get past `YAMLInput`.
            if byte <= Byte.space { break }
            if byte == Byte.colon {
                let next = bytes[offset &+ 1]
                if Byte.isBlankOrEnd(next) || (inFlow && Byte.isFlowIndicator(next)) { break }
            } else if inFlow && Byte.isFlowIndicator(byte) {
                break
            }
            offset &+= 1
        }
        mark.column += offset - start - continuations
        mark.offset = offset
    }
}
