/// Literal (`|`) and folded (`>`) block scalars, with chomping (`-`, `+`)
/// and indentation (`1`-`9`) indicators.
extension YAMLScanner {
    private enum Chomping { case strip, clip, keep }

    mutating func fetchBlockScalar(literal: Bool) throws {
        try removeSimpleKey()
        simpleKeyAllowed = true
        let start = mark
        skip()

        // The header: indicators in either order, then an optional comment.
        var chomping = Chomping.clip
        var increment = 0
        for _ in 0..<2 {
            let byte = peek()
            if byte == Byte.plus || byte == Byte.minus {
                guard chomping == .clip else { break }
                chomping = byte == Byte.plus ? .keep : .strip
                skip()
            } else if Byte.isDecimalDigit(byte) {
                guard increment == 0 else { break }
                guard byte != Byte.zero else {
                    throw syntaxError("a block scalar's indentation indicator must be 1 to 9", at: mark)
                }
                increment = Int(byte - Byte.zero)
                skip()
            }
        }
        let afterIndicators = mark.offset
        while Byte.isBlank(peek()) { skip() }
        if peek() == Byte.hash {
            guard mark.offset > afterIndicators else {
                throw syntaxError("a comment must be separated from '|' or '>' by a space", at: mark)
            }
            while !Byte.isBreakOrEnd(peek()) { skipCharacter() }
        }
        guard Byte.isBreakOrEnd(peek()) else {
            throw syntaxError("expected a line break after the block scalar indicator", at: mark,
                              hint: "the content of '|' or '>' starts on the next line")
        }
        if Byte.isBreak(peek()) { skipBreak() }

        // The content's indentation: from the indicator, or detected from the first non-empty line.
        var blockIndent: Int? = nil
        if increment > 0 {
            blockIndent = indent >= 0 ? indent + increment : increment - 1
        }
        let valueStart = values.count
        var trailingBreaks = 0
        try scanBlockScalarBreaks(indent: &blockIndent, breaks: &trailingBreaks, start: start)

        var leadingBreak = false
        var leadingBlank = false
        var end = mark
        while mark.column == blockIndent && !atEnd && !atDocumentIndicator() {
            let trailingBlank = Byte.isBlank(peek())
            if !literal && leadingBreak && !leadingBlank && !trailingBlank {
                // Folding: one break between two non-indented lines becomes a space.
                if trailingBreaks == 0 { values.append(Byte.space) }
            } else if leadingBreak {
                values.append(Byte.lineFeed)
            }
            values.append(Byte.lineFeed, count: trailingBreaks)
            trailingBreaks = 0
            leadingBlank = Byte.isBlank(peek())
            let lineStart = mark.offset
            while !Byte.isBreakOrEnd(peek()) { skipCharacter() }
            values.append(UnsafeBufferPointer(rebasing: bytes[lineStart..<mark.offset]))
            end = mark
            // The last line ends at the end of the input as if with a line break.
            leadingBreak = true
            if atEnd { break }
            skipBreak()
            try scanBlockScalarBreaks(indent: &blockIndent, breaks: &trailingBreaks, start: start)
        }
        switch chomping {
        case .strip: break
        case .clip:
            if leadingBreak { values.append(Byte.lineFeed) }
        case .keep:
            if leadingBreak { values.append(Byte.lineFeed) }
            values.append(Byte.lineFeed, count: trailingBreaks)
        }
        var token = YAMLToken(.scalar, start: start, end: end)
        token.value = bufferedText(from: valueStart)
        token.style = literal ? .literal : .folded
        tokens.append(token)
    }

    /// Skips empty lines (counting them) and the indentation of the next
    /// content line. With no indentation indicator, the first content line
    /// sets the indentation; an empty line before it may not be deeper.
    private mutating func scanBlockScalarBreaks(indent blockIndent: inout Int?, breaks: inout Int, start: Mark) throws {
        var maxEmptyLineIndent = 0
        // A block scalar at the document level may start at column 0.
        let minimum = indent + 1
        while true {
            while peek() == Byte.space && (blockIndent == nil || mark.column < blockIndent!) { skip() }
            if peek() == Byte.tab {
                if let blockIndent {
                    if mark.column < blockIndent { throw tabIndentationError(at: mark) }
                } else if mark.column < minimum || mark.column == 0 {
                    // A tab cannot be the indentation; past the indentation, on the first line, it is content.
                    throw tabIndentationError(at: mark)
                }
            }
            if atEnd && mark.column > 0 && blockIndent.map({ mark.column < $0 }) ?? true {
                // A last line of spaces without a line break is still an empty line.
                maxEmptyLineIndent = max(maxEmptyLineIndent, mark.column)
                breaks += 1
                break
            }
            guard Byte.isBreak(peek()) else { break }
            maxEmptyLineIndent = max(maxEmptyLineIndent, mark.column)
            skipBreak()
            breaks += 1
        }
        if blockIndent == nil {
            if !atEnd && mark.column >= minimum && !atDocumentIndicator() {
                if maxEmptyLineIndent > mark.column {
                    throw syntaxError("an empty line in this block scalar is indented more than its first line", at: start,
                                      hint: "remove the trailing spaces of the empty lines, or add an indentation indicator")
                }
                blockIndent = mark.column
            } else {
                blockIndent = max(maxEmptyLineIndent, minimum, 1)
            }
        }
    }
}
