/// The byte-level recursive-descent scanner behind `JSONReader`. Offsets stay
/// on the hot path; line and column are computed only where a node starts
/// (incrementally, from the last computed position) or an error is raised.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    let maxDepth: Int
    var limits = ReaderLimits.standard
    var valueCount = 0
    var offset = 0
    var depth = 0
    /// Called by the filtering reader at the start of each streamed list
    /// item, with the item's filter: true when the caller read the rest of
    /// the list elsewhere and moved `offset` past its `]`.
    var itemStart: ((inout JSONScanner, NodeFilter) throws -> Bool)?
    /// The compiled filters list items are written with (`writeTape`); without it, streaming aborts.
    var tapeProgram: FilterProgram?
    /// The last filter a `byKind` entry chose, and for which apiVersion and
    /// kind (their bytes): a dump lists objects of one kind together.
    var lastKindChoice: (entry: Int, apiVersion: [UInt8], kind: [UInt8], chosen: Int)?
    /// Lines counted while whitespace is skipped: in JSON a raw newline is
    /// only ever whitespace, so once the scanner has passed some bytes, their
    /// newlines are known without reading them again (`countedPosition`).
    struct LineCount {
        /// Every newline before this offset is counted.
        var offset = 0
        /// The line at `offset`, and where that line starts.
        var line = 1
        var lineStart = 0

        /// Counts the newline at `index` unless it was counted already (the
        /// reader went back over bytes it had passed).
        @inline(__always)
        mutating func count(newlineAt index: Int) {
            guard index >= offset else { return }
            line += 1
            lineStart = index + 1
        }
    }

    var lines = LineCount()
    // Incremental line/column bookkeeping: position of `markOffset`.
    private var markOffset = 0
    private var markLine = 1
    private var markColumn = 1

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, maxDepth: Int, limits: ReaderLimits = .standard) {
        self.bytes = bytes
        self.file = file
        self.maxDepth = maxDepth
        self.limits = limits
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            offset = 3
            markOffset = 3
            lines = LineCount(offset: 3, line: 1, lineStart: 3)
        }
    }

    mutating func parseAll(maxValues: Int) throws -> [Node] {
        var values: [Node] = []
        skipWhitespace()
        while offset < bytes.count {
            if values.count >= maxValues {
                throw error(.sizeLimit, "more than \(maxValues) JSON values in one file")
            }
            values.append(try parseValue())
            let end = offset
            skipWhitespace()
            if offset < bytes.count && offset == end && !values.isEmpty {
                // Two values must be separated by whitespace unless the first closed with a bracket or quote.
                let last = bytes[end - 1]
                if last != JSONByte.closeBrace && last != JSONByte.closeBracket && last != JSONByte.quote {
                    throw error(.syntax, "expected whitespace or end of file after a value, found \(describeCurrent())")
                }
            }
        }
        return values
    }

    // MARK: - Values

    mutating func parseValue() throws -> Node {
        guard offset < bytes.count else {
            throw error(.syntax, "expected a JSON value, found end of file",
                        hint: "the file looks cut short; was the kubectl output truncated?")
        }
        let location = currentLocation()
        valueCount += 1
        if valueCount > limits.maxNodes { throw ReaderLimits.nodeLimitError(limits, at: location) }
        switch bytes[offset] {
        case JSONByte.openBrace: return try parseObject(at: location)
        case JSONByte.openBracket: return try parseArray(at: location)
        case JSONByte.quote: return Node(.string(try parseString()), at: location)
        case JSONByte.minus, JSONByte.zero...JSONByte.nine: return Node(.number(try parseNumber()), at: location)
        case UInt8(ascii: "t"): try expectLiteral("true"); return Node(.bool(true), at: location)
        case UInt8(ascii: "f"): try expectLiteral("false"); return Node(.bool(false), at: location)
        case UInt8(ascii: "n"): try expectLiteral("null"); return Node(.null, at: location)
        default:
            throw error(.syntax, "expected a JSON value, found \(describeCurrent())")
        }
    }

    mutating func enter() throws {
        depth += 1
        if depth > maxDepth {
            throw error(.depthLimit, "nesting deeper than \(maxDepth) levels")
        }
    }

    private mutating func parseObject(at location: SourceLocation) throws -> Node {
        try enter()
        defer { depth -= 1 }
        offset += 1
        var entries: [Node.Entry] = []
        // Small objects (nearly all of them) look duplicates up linearly; a dictionary only past that.
        var indexByKey: [String: Int] = [:]
        skipWhitespace()
        if offset < bytes.count && bytes[offset] == JSONByte.closeBrace {
            offset += 1
            return Node(.mapping(entries), at: location)
        }
        while true {
            skipWhitespace()
            guard offset < bytes.count else {
                throw error(.syntax, "expected a key or '}', found end of file",
                            hint: "an object is not closed; was the file cut short?")
            }
            guard bytes[offset] == JSONByte.quote else {
                throw error(.syntax, "expected a string key, found \(describeCurrent())",
                            hint: bytes[offset] == JSONByte.closeBrace ? "JSON allows no comma before '}'" : nil)
            }
            let keyLocation = currentLocation()
            let key = try parseString()
            skipWhitespace()
            try expect(JSONByte.colon, "':' after an object key")
            skipWhitespace()
            let value = try parseValue()
            let entry = Node.Entry(key: key, keyLocation: keyLocation, value: value)
            Self.insert(entry, into: &entries, index: &indexByKey)
            skipWhitespace()
            guard offset < bytes.count else {
                throw error(.syntax, "expected ',' or '}', found end of file",
                            hint: "an object is not closed; was the file cut short?")
            }
            if bytes[offset] == JSONByte.comma { offset += 1; continue }
            if bytes[offset] == JSONByte.closeBrace { offset += 1; break }
            throw error(.syntax, "expected ',' or '}' after an object member, found \(describeCurrent())")
        }
        return Node(.mapping(entries), at: location)
    }

    static let linearLookupLimit = 12

    /// Adds a member; a duplicate key replaces the earlier member in place (the last wins).
    static func insert(_ entry: Node.Entry, into entries: inout [Node.Entry], index: inout [String: Int]) {
        if entries.count < linearLookupLimit {
            if let existing = entries.firstIndex(where: { $0.key == entry.key }) {
                entries[existing] = entry
                return
            }
            entries.append(entry)
            if entries.count == linearLookupLimit {
                for (position, member) in entries.enumerated() { index[member.key] = position }
            }
            return
        }
        if let existing = index[entry.key] {
            entries[existing] = entry
        } else {
            index[entry.key] = entries.count
            entries.append(entry)
        }
    }

    private mutating func parseArray(at location: SourceLocation) throws -> Node {
        try enter()
        defer { depth -= 1 }
        offset += 1
        var items: [Node] = []
        skipWhitespace()
        if offset < bytes.count && bytes[offset] == JSONByte.closeBracket {
            offset += 1
            return Node(.sequence(items), at: location)
        }
        while true {
            skipWhitespace()
            if offset < bytes.count && bytes[offset] == JSONByte.closeBracket {
                throw error(.syntax, "expected a value, found ']'", hint: "JSON allows no comma before ']'")
            }
            items.append(try parseValue())
            skipWhitespace()
            guard offset < bytes.count else {
                throw error(.syntax, "expected ',' or ']', found end of file",
                            hint: "an array is not closed; was the file cut short?")
            }
            if bytes[offset] == JSONByte.comma { offset += 1; continue }
            if bytes[offset] == JSONByte.closeBracket { offset += 1; break }
            throw error(.syntax, "expected ',' or ']' after an array element, found \(describeCurrent())")
        }
        return Node(.sequence(items), at: location)
    }

    // MARK: - Scalars

    mutating func parseString() throws -> String {
        let start = offset
        offset += 1
        let contentStart = offset
        // Fast path: no escapes, plain ASCII/UTF-8 until the closing quote;
        // eight bytes at a time to the first quote, backslash or control byte.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while offset + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                let special = SWAR.bytesEqual(word, to: JSONByte.quote) | SWAR.bytesEqual(word, to: JSONByte.backslash)
                    | SWAR.bytesBelow(word, 0x20)
                if special != 0 {
                    offset += special.trailingZeroBitCount / 8
                    break
                }
                offset += 8
            }
        }
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == JSONByte.quote {
                try checkStringSize(offset - contentStart, start: start)
                let slice = UnsafeBufferPointer(rebasing: bytes[contentStart..<offset])
                offset += 1
                return try decodeUTF8(slice, at: contentStart)
            }
            if byte == JSONByte.backslash { break }
            if byte < 0x20 { throw controlCharacterError() }
            offset += 1
        }
        var buffer = Array(UnsafeBufferPointer(rebasing: bytes[contentStart..<offset]))
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case JSONByte.quote:
                try checkStringSize(buffer.count, start: start)
                offset += 1
                return try decodeUTF8(buffer, at: contentStart)
            case JSONByte.backslash:
                try parseEscape(into: &buffer)
            default:
                if byte < 0x20 { throw controlCharacterError() }
                buffer.append(byte)
                offset += 1
            }
        }
        offset = start
        throw error(.syntax, "unterminated string: expected a closing '\"'",
                    hint: "the string opened here never closes; was the file cut short?")
    }

    private mutating func parseEscape(into buffer: inout [UInt8]) throws {
        offset += 1
        guard offset < bytes.count else {
            throw error(.syntax, "expected an escape character after '\\', found end of file")
        }
        let byte = bytes[offset]
        offset += 1
        switch byte {
        case JSONByte.quote: buffer.append(JSONByte.quote)
        case JSONByte.backslash: buffer.append(JSONByte.backslash)
        case JSONByte.slash: buffer.append(JSONByte.slash)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(JSONByte.newline)
        case UInt8(ascii: "r"): buffer.append(JSONByte.carriageReturn)
        case UInt8(ascii: "t"): buffer.append(JSONByte.tab)
        case UInt8(ascii: "u"):
            var scalar = try parseHex4()
            if (0xD800...0xDBFF).contains(scalar) {
                guard offset + 1 < bytes.count, bytes[offset] == JSONByte.backslash, bytes[offset + 1] == UInt8(ascii: "u") else {
                    throw error(.syntax, "expected a low surrogate '\\uDC00'-'\\uDFFF' after a high surrogate")
                }
                offset += 2
                let low = try parseHex4()
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error(.syntax, "expected a low surrogate '\\uDC00'-'\\uDFFF' after a high surrogate")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw error(.syntax, "unpaired low surrogate in a \\u escape")
            }
            buffer.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
        default:
            offset -= 2
            throw error(.syntax, "invalid escape '\\\(Character(Unicode.Scalar(byte)))': expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
        }
    }

    private mutating func parseHex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard offset < bytes.count, let digit = Self.hexValue(bytes[offset]) else {
                throw error(.syntax, "expected four hexadecimal digits after '\\u'")
            }
            value = value << 4 | digit
            offset += 1
        }
        return value
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    mutating func parseNumber() throws -> Double {
        let start = offset
        if bytes[offset] == JSONByte.minus { offset += 1 }
        guard offset < bytes.count, isDigit(bytes[offset]) else {
            throw error(.syntax, "expected a digit in a number")
        }
        if bytes[offset] == JSONByte.zero {
            offset += 1
            if offset < bytes.count, isDigit(bytes[offset]) {
                throw error(.syntax, "numbers may not have leading zeros")
            }
        } else {
            while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
        }
        if offset < bytes.count, bytes[offset] == JSONByte.dot {
            offset += 1
            guard offset < bytes.count, isDigit(bytes[offset]) else {
                throw error(.syntax, "expected a digit after the decimal point")
            }
            while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
        }
        if offset < bytes.count, bytes[offset] == JSONByte.lowerE || bytes[offset] == JSONByte.upperE {
            offset += 1
            if offset < bytes.count, bytes[offset] == JSONByte.plus || bytes[offset] == JSONByte.minus { offset += 1 }
            guard offset < bytes.count, isDigit(bytes[offset]) else {
                throw error(.syntax, "expected a digit in the exponent")
            }
            while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            offset = start
            throw error(.unsupportedValue, "number out of range")
        }
        return value
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= JSONByte.zero && byte <= JSONByte.nine }

    mutating func expectLiteral(_ literal: StaticString) throws {
        let count = literal.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        guard offset + count <= bytes.count, bytes[offset..<offset + count].elementsEqual(expected) else {
            throw error(.syntax, "expected a JSON value, found \(describeCurrent())")
        }
        offset += count
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws {
        guard offset < bytes.count else { throw error(.syntax, "expected \(what), found end of file") }
        guard bytes[offset] == byte else { throw error(.syntax, "expected \(what), found \(describeCurrent())") }
        offset += 1
    }

    /// Past spaces, tabs and line breaks. Called before and after every token:
    /// the common cases (no whitespace; the one space after a colon in
    /// pretty-printed JSON) are decided inline, with no newline to count.
    @inline(__always)
    mutating func skipWhitespace() {
        if offset + 1 < bytes.count {
            let byte = bytes[offset]
            if byte > JSONByte.space { return }
            if byte == JSONByte.space && bytes[offset + 1] > JSONByte.space {
                offset += 1
                return
            }
        }
        skipWhitespaceRun()
    }

    /// Past a run of whitespace; a pretty-printed line's indentation eight bytes at a time.
    private mutating func skipWhitespaceRun() {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = offset
        while index < count {
            switch base[index] {
            case JSONByte.newline:
                lines.count(newlineAt: index)
                index += 1
                index = SWAR.pastSpaces(raw, from: index, count: count)
            case JSONByte.space, JSONByte.tab, JSONByte.carriageReturn:
                index += 1
            default:
                offset = index
                if index > lines.offset { lines.offset = index }
                return
            }
        }
        offset = index
        if index > lines.offset { lines.offset = index }
    }

    /// The line and column of `target` from the counted lines, when every
    /// byte before it was passed by this scanner (the fast path, where bytes
    /// between two whitespace runs are tokens without newlines); nil otherwise.
    func countedPosition(at target: Int) -> (line: Int, column: Int)? {
        guard target >= lines.offset, let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        // On the line of the last computed position (one long line of minified
        // JSON): count on from there, not from the line's start every time.
        if markOffset >= lines.lineStart && markOffset <= target {
            return (lines.line, markColumn + SWAR.scalarCount(raw, from: markOffset, to: target))
        }
        return (lines.line, 1 + SWAR.scalarCount(raw, from: lines.lineStart, to: target))
    }

    // MARK: - Positions and errors

    @inline(__always)
    private mutating func decodeUTF8<C: Collection>(_ content: C, at start: Int) throws -> String where C.Element == UInt8 {
        if let text = String(validating: content, as: UTF8.self) { return text }
        offset = firstInvalidUTF8(from: start)
        throw error(.encoding, "invalid UTF-8 byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) in a string")
    }

    private func firstInvalidUTF8(from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            if index + length > bytes.count { return index }
            let slice = UnsafeBufferPointer(rebasing: bytes[index..<index + length])
            if String(validating: slice, as: UTF8.self) == nil { return index }
            index += length
        }
        return start
    }

    private mutating func controlCharacterError() -> InputError {
        error(.syntax, "control character 0x\(String(bytes[offset], radix: 16, uppercase: true)) in a string: expected it escaped",
              hint: "a string may not span lines in JSON")
    }

    func describeCurrent() -> String {
        guard offset < bytes.count else { return "end of file" }
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte == 0 { return "a NUL byte" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    /// The position line/column counting has reached, to go back to when re-reading bytes behind it.
    var mark: (offset: Int, line: Int, column: Int) {
        get { (markOffset, markLine, markColumn) }
        set { (markOffset, markLine, markColumn) = newValue }
    }

    mutating func currentLocation() -> SourceLocation {
        sourceLocation(at: offset)
    }

    /// Line and column of `target`, counted on from the last position computed
    /// (from the start when `target` is before it): eight bytes at a time, since
    /// between two kept nodes there may be megabytes of skipped bytes.
    mutating func sourceLocation(at target: Int) -> SourceLocation {
        if target < markOffset { markOffset = 0; markLine = 1; markColumn = 1 }
        (markLine, markColumn) = TextPosition.advance(in: bytes, from: mark, to: target)
        markOffset = max(markOffset, target)
        return SourceLocation(file: file, line: markLine, column: markColumn)
    }

    /// The scalar-size limit, reported at the string's opening quote.
    mutating func checkStringSize(_ byteCount: Int, start: Int) throws {
        guard byteCount > limits.maxScalarBytes else { return }
        offset = start
        throw ReaderLimits.scalarLimitError(byteCount, limits: limits, at: currentLocation())
    }

    mutating func error(_ kind: InputError.Kind, _ message: String, hint: String? = nil) -> InputError {
        InputError(kind, message, at: currentLocation(), hint: hint)
    }
}

/// Eight bytes at a time (SIMD within a register), little-endian words.
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The high bit of each byte of `word` that equals `byte`, exactly (no false positives).
    @inline(__always)
    static func bytesEqual(_ word: UInt64, to byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return ~(((x & lowBits) &+ lowBits) | x) & highBits
    }

    /// The high bit of each byte below `limit` (at most 0x80).
    @inline(__always)
    static func bytesBelow(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highBits
    }

    /// The offset of the first byte at or after `index` that is not a space
    /// (a line's indentation), eight bytes at a time.
    @inline(__always)
    static func pastSpaces(_ raw: UnsafeRawPointer, from index: Int, count: Int) -> Int {
        let allSpaces = ones &* UInt64(JSONByte.space)
        var index = index
        while index + 8 <= count {
            let other = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ allSpaces
            if other != 0 { return index + other.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < count, raw.load(fromByteOffset: index, as: UInt8.self) == JSONByte.space { index += 1 }
        return index
    }

    /// True when the `count` bytes at `a` and `b` are equal: keys are short,
    /// and this inlined loop of words beats a call to `memcmp` on them.
    @inline(__always)
    static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Bool {
        var index = 0
        while index + 8 <= count {
            if a.loadUnaligned(fromByteOffset: index, as: UInt64.self) != b.loadUnaligned(fromByteOffset: index, as: UInt64.self) {
                return false
            }
            index += 8
        }
        while index < count {
            if a.load(fromByteOffset: index, as: UInt8.self) != b.load(fromByteOffset: index, as: UInt8.self) { return false }
            index += 1
        }
        return true
    }

    /// Unicode scalars in `start..<end` of valid UTF-8: the bytes that are not continuation bytes.
    static func scalarCount(_ raw: UnsafeRawPointer, from start: Int, to end: Int) -> Int {
        var index = start
        var continuations = 0
        while index + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            continuations += (word & ~(word << 1) & highBits).nonzeroBitCount
            index += 8
        }
        while index < end {
            if raw.load(fromByteOffset: index, as: UInt8.self) & 0xC0 == 0x80 { continuations += 1 }
            index += 1
        }
        return end - start - continuations
    }
}
