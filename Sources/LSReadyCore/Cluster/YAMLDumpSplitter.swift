/// Cuts a YAML stream into pieces at the text level, line by line, so that a
/// kubectl dump can be parsed one object at a time: documents at their `---`
/// and `...` lines, and a `List` document into its head (the keys before
/// `items:`, and that line), each entry of its `items` block sequence, and its
/// tail (the keys after). Every byte of the input is in exactly one piece.
///
/// The cuts are made only at lines that YAML's grammar gives no other
/// reading once the pieces parse: a column-0 `---` or `...` is a document
/// marker; under a block mapping at column 0, a column-0 line starts a key
/// and a `- ` at the sequence's column starts an entry, as block and plain
/// scalars there hold only deeper lines, and a quoted scalar or a flow
/// collection still open at a cut leaves its piece unclosed, which is an
/// error. The reader checks that each piece parses to what its role says (a
/// head is a block mapping ending in `items:`, an entry a block sequence at
/// its line...); anything else, and everything this splitter is unsure about
/// (directives, tabs in the indentation, odd indentation, `---` with content
/// on its line), sends the whole file to the strict reader.
struct YAMLDumpSplitter {
    enum Role: Equatable {
        /// Whole documents, parsed as they are.
        case documents
        /// A `List` up to its `items:` line (and the comments after it).
        case listHead
        /// One or more entries of the `items` sequence, starting at a `-`.
        case listItems
        /// The rest of the `List` document: keys after `items`, up to its end (possibly nothing).
        case listTail
    }

    struct Piece: Equatable {
        var range: Range<Int>
        /// The line the piece starts on (1-based, as the YAML scanner counts lines).
        var firstLine: Int
        var role: Role
        /// `listHead`: the line of `items:`. `listItems`: the 0-based column of the `-`.
        var marker: Int = 0
        /// `documents` and `listItems`: the text after `kind:` and `apiVersion:`
        /// on the last lines that look like the object's own keys (column 0,
        /// or the entry's keys' column), a guess for choosing what to keep of
        /// it, checked once it is loaded.
        var kindText: Range<Int>?
        var apiVersionText: Range<Int>?
    }

    /// The splitter cannot vouch for a cut: the file is read strictly.
    struct Unsure: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var lineStart = 0
    private var lineNumber = 1
    private var pieceStart = 0
    private var pieceLine = 1
    private enum State { case document, items(column: Int), tail, finished }
    private var state = State.document
    private var kindText: Range<Int>?
    private var apiVersionText: Range<Int>?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next piece, or nil after the last one.
    mutating func next() throws -> Piece? {
        while true {
            switch state {
            case .finished:
                return nil
            case .document:
                if let piece = try nextInDocument() { return piece }
            case .items(let column):
                if let piece = try nextInItems(column: column) { return piece }
            case .tail:
                if let piece = try nextInTail() { return piece }
            }
        }
    }

    // MARK: States

    /// Whole documents, until a `List`'s `items:` line followed by a block sequence.
    private mutating func nextInDocument() throws -> Piece? {
        while lineStart < bytes.count {
            let line = self.line(at: lineStart)
            switch try marker(line) {
            case .documentStart:
                if lineStart > pieceStart {
                    return cut(.documents, at: lineStart, nextLine: lineNumber)
                }
            case .documentEnd:
                advance(past: line)
                return cut(.documents, at: lineStart, nextLine: lineNumber)
            case .none:
                noteKey(at: lineStart, end: line.contentEnd)
                if isItemsKeyLine(line), let column = try sequenceColumn(after: line) {
                    let itemsLine = lineNumber
                    // The head keeps the comments and blank lines up to the first entry.
                    advance(past: line)
                    skipBlankAndCommentLines()
                    var piece = cut(.listHead, at: lineStart, nextLine: lineNumber)
                    piece.marker = itemsLine
                    state = .items(column: column)
                    return piece
                }
            }
            advance(past: line)
        }
        state = .finished
        return lineStart > pieceStart ? cut(.documents, at: lineStart, nextLine: lineNumber) : nil
    }

    /// Entries of the `items` sequence at `column`, until a line less indented.
    private mutating func nextInItems(column: Int) throws -> Piece? {
        // The piece starts at its `-` line; look for the next one.
        let entry = line(at: lineStart)
        kindText = nil
        apiVersionText = nil
        if lineStart + column + 2 < entry.contentEnd, bytes[lineStart + column + 1] == Byte.space {
            noteKey(at: lineStart + column + 2, end: entry.contentEnd)
        }
        advance(past: entry)
        while lineStart < bytes.count {
            let line = self.line(at: lineStart)
            let indentation = line.indentation
            if indentation == column + 2 {
                noteKey(at: lineStart + indentation, end: line.contentEnd)
                advance(past: line)
                continue
            }
            if line.isBlank || bytes[lineStart + indentation] == Byte.hash {
                advance(past: line)
                continue
            }
            // A tab where the indentation decides is an error or worse; the strict reader says which.
            if bytes[lineStart + indentation] == Byte.tab && indentation <= column { throw Unsure() }
            if indentation > column {
                advance(past: line)
                continue
            }
            if indentation == column {
                if isEntry(at: lineStart + indentation) {
                    return cutItems(column: column)
                }
                if column > 0 {
                    // Not an entry, at the entry's column: the parser decides (it is an error).
                    advance(past: line)
                    continue
                }
            } else if indentation > 0 {
                throw Unsure()
            }
            // A column-0 line that is not an entry: the sequence is over.
            state = .tail
            return cutItems(column: column)
        }
        state = .tail
        return cutItems(column: column)
    }

    private mutating func cutItems(column: Int) -> Piece {
        var piece = cut(.listItems, at: lineStart, nextLine: lineNumber)
        piece.marker = column
        return piece
    }

    /// Notes the value of a `kind:` or `apiVersion:` key at `start`.
    private static let kindKey = Array("kind: ".utf8)
    private static let apiVersionKey = Array("apiVersion: ".utf8)
    private static let itemsKey = Array("items:".utf8)

    private mutating func noteKey(at start: Int, end: Int) {
        guard start < end else { return }
        func value(after key: [UInt8]) -> Range<Int>? {
            guard end - start > key.count else { return nil }
            for (index, byte) in key.enumerated() where bytes[start + index] != byte { return nil }
            var from = start + key.count
            var to = end
            while from < to && bytes[from] == Byte.space { from += 1 }
            while to > from && Byte.isBlank(bytes[to - 1]) { to -= 1 }
            return from < to ? from..<to : nil
        }
        switch bytes[start] {
        case Self.kindKey[0]: if let range = value(after: Self.kindKey) { kindText = range }
        case Self.apiVersionKey[0]: if let range = value(after: Self.apiVersionKey) { apiVersionText = range }
        default: break
        }
    }

    /// The keys after `items`, to the end of the document (possibly nothing).
    private mutating func nextInTail() throws -> Piece? {
        while lineStart < bytes.count {
            let line = self.line(at: lineStart)
            switch try marker(line) {
            case .documentStart:
                state = .document
                return cut(.listTail, at: lineStart, nextLine: lineNumber)
            case .documentEnd:
                advance(past: line)
                state = .document
                return cut(.listTail, at: lineStart, nextLine: lineNumber)
            case .none:
                advance(past: line)
            }
        }
        state = .finished
        return cut(.listTail, at: lineStart, nextLine: lineNumber)
    }

    /// The piece from `pieceStart` to `end`; the next one starts there, on `nextLine`.
    private mutating func cut(_ role: Role, at end: Int, nextLine: Int) -> Piece {
        let piece = Piece(range: pieceStart..<end, firstLine: pieceLine, role: role,
                          kindText: kindText, apiVersionText: apiVersionText)
        pieceStart = end
        pieceLine = nextLine
        kindText = nil
        apiVersionText = nil
        return piece
    }

    // MARK: Lines

    private struct Line {
        var start: Int
        /// Where the line's break starts (or the end of the input).
        var contentEnd: Int
        /// Where the next line starts.
        var next: Int
        var indentation: Int
        var isBlank: Bool
    }

    private func line(at start: Int) -> Line {
        let contentEnd = breakOffset(from: start)
        var next = contentEnd
        if contentEnd < bytes.count {
            next += bytes[contentEnd] == Byte.carriageReturn && contentEnd + 1 < bytes.count && bytes[contentEnd + 1] == Byte.lineFeed ? 2 : 1
        }
        var index = start
        while index < contentEnd && bytes[index] == Byte.space { index += 1 }
        var blank = index
        while blank < contentEnd && Byte.isBlank(bytes[blank]) { blank += 1 }
        return Line(start: start, contentEnd: contentEnd, next: next, indentation: index - start, isBlank: blank == contentEnd)
    }

    private mutating func advance(past line: Line) {
        if line.next > line.contentEnd { lineNumber += 1 }
        lineStart = line.next
    }

    private mutating func skipBlankAndCommentLines() {
        while lineStart < bytes.count {
            let line = self.line(at: lineStart)
            let first = lineStart + line.indentation
            guard line.isBlank || bytes[first] == Byte.hash else { return }
            advance(past: line)
        }
    }

    /// The offset of the first line break (LF or CR) at or after `start`, or
    /// the end: eight bytes at a time.
    private func breakOffset(from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let count = bytes.count
        var index = start
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let lineFeeds = word ^ (ones &* UInt64(Byte.lineFeed))
            let returns = word ^ (ones &* UInt64(Byte.carriageReturn))
            // The lowest flagged byte is exact (borrows only flag bytes above a match).
            let found = ((lineFeeds &- ones) & ~lineFeeds | (returns &- ones) & ~returns) & highs
            if found != 0 { return index + found.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < count && !Byte.isBreak(bytes[index]) { index += 1 }
        return index
    }

    // MARK: What a line is

    private enum Marker { case documentStart, documentEnd }

    /// A column-0 `---` or `...`; throws for a directive or a marker with content after it.
    private func marker(_ line: Line) throws -> Marker? {
        let start = line.start
        guard start < line.contentEnd else { return nil }
        let first = bytes[start]
        if first == Byte.percent { throw Unsure() }
        guard first == Byte.minus || first == Byte.dot, line.contentEnd - start >= 3,
              bytes[start + 1] == first, bytes[start + 2] == first else { return nil }
        var index = start + 3
        guard index == line.contentEnd || Byte.isBlank(bytes[index]) else { return nil }
        while index < line.contentEnd && Byte.isBlank(bytes[index]) { index += 1 }
        guard index == line.contentEnd || bytes[index] == Byte.hash else { throw Unsure() }
        return first == Byte.minus ? .documentStart : .documentEnd
    }

    /// `items:` at column 0, then nothing but blanks and a comment.
    private func isItemsKeyLine(_ line: Line) -> Bool {
        let key = Self.itemsKey
        guard line.contentEnd - line.start >= key.count else { return false }
        for (index, byte) in key.enumerated() where bytes[line.start + index] != byte { return false }
        var index = line.start + key.count
        if index == line.contentEnd { return true }
        guard Byte.isBlank(bytes[index]) else { return false }
        while index < line.contentEnd && Byte.isBlank(bytes[index]) { index += 1 }
        return index == line.contentEnd || bytes[index] == Byte.hash
    }

    /// The column of the block sequence that follows the `items:` line (after
    /// blank and comment lines), or nil when its value is something else.
    private func sequenceColumn(after itemsLine: Line) throws -> Int? {
        var start = itemsLine.next
        while start < bytes.count {
            let line = self.line(at: start)
            let first = start + line.indentation
            if line.isBlank || bytes[first] == Byte.hash {
                start = line.next
                continue
            }
            return isEntry(at: first) ? line.indentation : nil
        }
        return nil
    }

    /// `-` followed by a space, a tab, a break or the end.
    private func isEntry(at offset: Int) -> Bool {
        guard bytes[offset] == Byte.minus else { return false }
        return offset + 1 == bytes.count || Byte.isBlankOrEnd(bytes[offset + 1])
    }
}
