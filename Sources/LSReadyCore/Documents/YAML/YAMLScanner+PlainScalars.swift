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
        scratch.removeAll(keepingCapacity: true)
        // The fast path: a one-line scalar is a slice of the input.
        var firstChunk: Range<Int>? = nil
        var usedScratch = false
        var pendingBreaks = 0
        var pendingBlankStart = -1

        while true {
            if atDocumentIndicator() || peek() == Byte.hash { break }
            let chunkStart = mark.offset
            while !Byte.isBlankOrEnd(peek()) {
                let byte = peek()
                if byte == Byte.colon {
                    let next = peek(1)
                    if Byte.isBlankOrEnd(next) || (flowLevel > 0 && Byte.isFlowIndicator(next)) { break }
                } else if flowLevel > 0 && Byte.isFlowIndicator(byte) {
                    break
                }
                skipCharacter()
            }
            if mark.offset == chunkStart { break }
            // Join this chunk to what came before: the folded breaks, or the blanks between words.
            if firstChunk == nil {
                firstChunk = chunkStart..<mark.offset
            } else {
                if !usedScratch {
                    scratch.append(contentsOf: input.bytes[firstChunk!])
                    usedScratch = true
                }
                if pendingBreaks == 1 {
                    scratch.append(Byte.space)
                } else if pendingBreaks > 1 {
                    scratch.append(contentsOf: repeatElement(Byte.lineFeed, count: pendingBreaks - 1))
                } else {
                    scratch.append(contentsOf: input.bytes[pendingBlankStart..<chunkStart])
                }
                scratch.append(contentsOf: input.bytes[chunkStart..<mark.offset])
            }
            end = mark
            pendingBreaks = 0
            guard Byte.isBlank(peek()) || Byte.isBreak(peek()) else { break }

            pendingBlankStart = mark.offset
            while Byte.isBlank(peek()) || Byte.isBreak(peek()) {
                if Byte.isBlank(peek()) {
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
            token.value = String(decoding: scratch, as: UTF8.self)
        } else if let firstChunk {
            token.value = String(decoding: input.bytes[firstChunk], as: UTF8.self)
        }
        token.style = .plain
        tokens.append(token)
        // Ending on a new line: a key may start there.
        if pendingBreaks > 0 { simpleKeyAllowed = true }
    }
}
