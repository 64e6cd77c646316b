/// Thrown when the filtering fast path meets input it does not handle (an
/// error, an unusual shape): the caller reruns the strict reader, whose
/// result or error is then the answer.
struct FastPathAbort: Error {}

/// The filtering fast path: builds nodes only where a `NodeFilter` keeps
/// them and skips the bytes of everything else with a string-aware bracket
/// matcher. Skipped bytes are checked for structure only (strings closed,
/// no control characters in them, brackets matched, nesting within the
/// depth limit, only JSON's token characters outside strings); the file's
/// UTF-8 is validated as a whole beforehand. Anything else aborts.
extension JSONScanner {
    /// Every top-level value of the input, filtered. The elements of a
    /// top-level object's `items` array are handed to `item` as they are read
    /// instead of being kept; `document` then receives the object with an
    /// empty `items` in their place and `streamed` set. `end` is the offset
    /// past the item: the bytes before it are not read again (unless the fast path aborts).
    mutating func parseAllFiltered(_ filter: NodeFilter, maxValues: Int,
                                   document: (_ node: Node, _ streamed: Bool) throws -> Void,
                                   item: (_ tape: ObjectTape, _ end: Int) throws -> Void) throws {
        var count = 0
        skipWhitespace()
        while offset < bytes.count {
            if count >= maxValues { throw FastPathAbort() }
            var streamed = false
            let node: Node
            if bytes[offset] == JSONByte.openBrace {
                let location = currentLocation()
                node = try withoutActuallyEscaping(item) { item in
                    try parseFilteredObject(filter, at: location, itemSink: item, streamed: &streamed)
                }
            } else {
                node = try parseFiltered(filter)
            }
            count += 1
            try document(node, streamed)
            let end = offset
            skipWhitespace()
            if offset < bytes.count && offset == end {
                let last = bytes[end - 1]
                if last != JSONByte.closeBrace && last != JSONByte.closeBracket && last != JSONByte.quote { throw FastPathAbort() }
            }
        }
    }

    mutating func parseFiltered(_ filter: NodeFilter) throws -> Node {
        guard offset < bytes.count else { throw FastPathAbort() }
        if filter.keepsAll { return try parseValue() }
        switch bytes[offset] {
        case JSONByte.openBrace:
            var streamed = false
            return try parseFilteredObject(filter, at: currentLocation(), itemSink: nil, streamed: &streamed)
        case JSONByte.openBracket:
            return try parseFilteredArray(filter.elements, at: currentLocation())
        default:
            return try parseValue()
        }
    }

    private mutating func parseFilteredArray(_ element: NodeFilter?, at location: SourceLocation) throws -> Node {
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
            if let element {
                items.append(try parseFiltered(element))
            } else {
                try skipValue()
            }
            skipWhitespace()
            guard offset < bytes.count else { throw FastPathAbort() }
            if bytes[offset] == JSONByte.comma { offset += 1; continue }
            if bytes[offset] == JSONByte.closeBracket { offset += 1; break }
            throw FastPathAbort()
        }
        return Node(.sequence(items), at: location)
    }

    /// An object, members kept per `filter`. A `byKind` filter is resolved
    /// once `kind` and `apiVersion` are read; members before that are read
    /// again afterwards (kubectl writes both first, so this is rare).
    private mutating func parseFilteredObject(_ filter: NodeFilter, at location: SourceLocation,
                                              itemSink: ((ObjectTape, Int) throws -> Void)?, streamed: inout Bool) throws -> Node {
        try enter()
        defer { depth -= 1 }
        // The caller computed `location` here: counting can restart from this point for deferred members.
        let startMark = mark
        offset += 1
        var chosen: NodeFilter?
        var chooser: (@Sendable (String, String) -> NodeFilter)?
        switch filter.mode {
        case .byKind(let choose): chooser = choose
        default: chosen = filter
        }
        var kind: String?
        var apiVersion: String?
        var entries: [Node.Entry] = []
        var index: [String: Int] = [:]
        /// Members seen before the filter was known: key offsets, read again at the end.
        var deferred: [Int] = []
        /// Source offset of each kept member, needed only to order deferred ones.
        var keyOffsets: [Int] = []
        var sawItems = false

        skipWhitespace()
        if offset < bytes.count && bytes[offset] == JSONByte.closeBrace {
            offset += 1
            return Node(.mapping(entries), at: location)
        }
        while true {
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == JSONByte.quote else { throw FastPathAbort() }
            let keyStart = offset
            let key = try scanKey()
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == JSONByte.colon else { throw FastPathAbort() }
            offset += 1
            skipWhitespace()

            if chooser != nil, key.is("kind") || key.is("apiVersion") {
                // Resolved already: a second kind or apiVersion could change the choice.
                guard chosen == nil else { throw FastPathAbort() }
                let keyLocation = sourceLocation(at: keyStart)
                let value = try parseFiltered(.shape)
                let name = key.is("kind") ? "kind" : "apiVersion"
                if name == "kind" { kind = value.string } else { apiVersion = value.string }
                if entries.contains(where: { $0.key == name }) { throw FastPathAbort() }
                Self.insert(Node.Entry(key: name, keyLocation: keyLocation, value: value), into: &entries, index: &index)
                keyOffsets.append(keyStart)
                if let kind, let apiVersion, let chooser { chosen = chooser(kind, apiVersion) }
            } else if let itemSink, key.is("items"), chosen == nil || chosen?.member(named: "items") != nil {
                guard !sawItems else { throw FastPathAbort() }
                sawItems = true
                let keyLocation = sourceLocation(at: keyStart)
                let valueLocation = currentLocation()
                let element = chosen?.member(named: "items")?.filter.elements ?? filter
                let value: Node
                if bytes[offset] == JSONByte.openBracket {
                    try streamArray(element, sink: itemSink)
                    streamed = true
                    value = Node(.sequence([]), at: valueLocation)
                } else {
                    value = try parseFiltered(.shape)
                }
                Self.insert(Node.Entry(key: "items", keyLocation: keyLocation, value: value), into: &entries, index: &index)
                keyOffsets.append(keyStart)
            } else if let chosen {
                if let field = try member(of: chosen, key) {
                    let keyLocation = sourceLocation(at: keyStart)
                    let value = try parseFiltered(field.filter)
                    Self.insert(Node.Entry(key: field.key, keyLocation: keyLocation, value: value), into: &entries, index: &index)
                    keyOffsets.append(keyStart)
                } else {
                    try skipValue()
                }
            } else {
                deferred.append(keyStart)
                try skipValue()
            }

            skipWhitespace()
            guard offset < bytes.count else { throw FastPathAbort() }
            if bytes[offset] == JSONByte.comma { offset += 1; continue }
            if bytes[offset] == JSONByte.closeBrace { offset += 1; break }
            throw FastPathAbort()
        }
        if !deferred.isEmpty, let chosen {
            let end = offset
            // Read the deferred members now, then order every member as written so that the last duplicate wins.
            var all = zip(keyOffsets, entries).map { ($0, $1) }
            if mark.offset > startMark.offset { mark = startMark }
            for keyStart in deferred {
                offset = keyStart
                let key = try scanKey()
                skipWhitespace()
                offset += 1
                skipWhitespace()
                guard let field = try member(of: chosen, key) else { continue }
                let keyLocation = sourceLocation(at: keyStart)
                all.append((keyStart, Node.Entry(key: field.key, keyLocation: keyLocation, value: try parseFiltered(field.filter))))
            }
            offset = end
            entries = []
            index = [:]
            for (_, entry) in all.sorted(by: { $0.0 < $1.0 }) { Self.insert(entry, into: &entries, index: &index) }
        }
        return Node(.mapping(entries), at: location)
    }

    /// Writes each element of the array into one reused tape and hands it to `sink`.
    private mutating func streamArray(_ element: NodeFilter, sink: (ObjectTape, Int) throws -> Void) throws {
        try enter()
        defer { depth -= 1 }
        offset += 1
        skipWhitespace()
        if offset < bytes.count && bytes[offset] == JSONByte.closeBracket {
            offset += 1
            return
        }
        try streamElements(element, sink: sink)
    }

    /// The elements of an array, from the start of one of them to past the
    /// array's `]`. Before each element, `itemStart` may take the rest over
    /// (it was read elsewhere: the offset is then past the `]`).
    mutating func streamElements(_ element: NodeFilter, sink: (ObjectTape, Int) throws -> Void) throws {
        // Items are written with the filter compiled (once per filter).
        guard let program = tapeProgram, let entry = program.entry(of: element) else { throw FastPathAbort() }
        var tape = ObjectTape()
        while true {
            skipWhitespace()
            if let itemStart, try itemStart(&self, element) { return }
            tape.reset(file: file, positions: .lineAndColumn)
            try writeTape(program, filter: entry, into: &tape)
            try sink(tape, offset)
            skipWhitespace()
            guard offset < bytes.count else { throw FastPathAbort() }
            if bytes[offset] == JSONByte.comma { offset += 1; continue }
            if bytes[offset] == JSONByte.closeBracket { offset += 1; break }
            throw FastPathAbort()
        }
    }

    /// The member of `filter` for `key`, or nil to skip it. A key written with
    /// escapes is decoded first; `otherKeys` keeps any unlisted key.
    mutating func member(of filter: NodeFilter, _ key: RawKey) throws -> NodeFilter.Field? {
        if !key.escaped, let field = filter.member(UnsafeBufferPointer(rebasing: bytes[key.range])) { return field }
        guard key.escaped || filter.otherKeys != nil else { return nil }
        let text = try decodeKey(key)
        if let field = filter.member(named: text) { return field }
        return filter.otherKeys.map { NodeFilter.Field(key: text, keyBytes: [], filter: $0) }
    }

    /// The string of `key` (a key, or any string scanned the same way), decoded: escapes and all.
    mutating func decodeKey(_ key: RawKey) throws -> String {
        let saved = offset
        offset = key.range.lowerBound - 1
        defer { offset = saved }
        return try parseString()
    }

    struct RawKey {
        var range: Range<Int>
        var escaped: Bool
        let bytes: UnsafeBufferPointer<UInt8>

        func `is`(_ text: StaticString) -> Bool {
            guard !escaped, range.count == text.utf8CodeUnitCount else { return false }
            let expected = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
            return bytes[range].elementsEqual(expected)
        }
    }

    /// A key's raw content, the offset moved past its closing quote.
    mutating func scanKey() throws -> RawKey {
        let start = offset + 1
        let escaped = try skipString()
        return RawKey(range: start..<(offset - 1), escaped: escaped, bytes: bytes)
    }

    // MARK: - Skipping

    /// Moves past one value without building anything.
    mutating func skipValue() throws {
        guard offset < bytes.count else { throw FastPathAbort() }
        switch bytes[offset] {
        case JSONByte.quote: try skipString()
        case JSONByte.openBrace, JSONByte.openBracket: try skipContainer()
        default:
            let start = offset
            while offset < bytes.count, Self.isScalarByte(bytes[offset]) { offset += 1 }
            if offset == start { throw FastPathAbort() }
        }
    }

    @inline(__always)
    static func isScalarByte(_ byte: UInt8) -> Bool {
        switch byte {
        case JSONByte.zero...JSONByte.nine, JSONByte.minus, JSONByte.plus, JSONByte.dot,
             UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return true
        default: return false
        }
    }

    /// From an opening quote to past the closing one, eight bytes at a time;
    /// true when the string holds an escape. The string is checked as the
    /// strict reader checks it (valid UTF-8, valid escapes, no control
    /// characters), so that no input passes here that the strict reader
    /// rejects: anything wrong aborts, and the strict reader reports it.
    /// Nearly every string is ASCII without escapes: one pass, no decoding.
    @discardableResult
    mutating func skipString() throws -> Bool {
        let count = bytes.count
        guard let base = bytes.baseAddress else { throw FastPathAbort() }
        let raw = UnsafeRawPointer(base)
        var index = offset + 1
        var escaped = false
        while true {
            while index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let special = SWAR.bytesEqual(word, to: JSONByte.quote) | SWAR.bytesEqual(word, to: JSONByte.backslash)
                    | SWAR.bytesBelow(word, 0x20) | (word & SWAR.highBits)
                if special != 0 {
                    index += special.trailingZeroBitCount / 8
                    break
                }
                index += 8
            }
            guard index < count else { throw FastPathAbort() }
            let byte = base[index]
            if byte == JSONByte.quote {
                offset = index + 1
                return escaped
            }
            if byte == JSONByte.backslash {
                escaped = true
                index = try JSONEscapeCheck.end(of: bytes, at: index)
            } else if byte >= 0x80 {
                guard let end = UTF8Check.scalarEnd(in: bytes, at: index) else { throw FastPathAbort() }
                index = end
            } else if byte < 0x20 {
                throw FastPathAbort()
            } else {
                index += 1
            }
        }
    }

    /// An object or array, matching brackets (up to 64 levels below the
    /// current one: deeper is left to the strict reader); true when one of
    /// its strings holds an escape.
    @discardableResult
    mutating func skipContainer() throws -> Bool {
        let count = bytes.count
        guard let base = bytes.baseAddress else { throw FastPathAbort() }
        let raw = UnsafeRawPointer(base)
        var objects: UInt64 = 0
        var level = 0
        var index = offset
        var escaped = false
        while index < count {
            let byte = base[index]
            switch byte {
            case JSONByte.quote:
                offset = index
                if try skipString() { escaped = true }
                index = offset
            case JSONByte.newline:
                lines.count(newlineAt: index)
                index += 1
                index = SWAR.pastSpaces(raw, from: index, count: count)
            case JSONByte.space, JSONByte.comma, JSONByte.colon, JSONByte.tab, JSONByte.carriageReturn:
                index += 1
            case JSONByte.openBrace, JSONByte.openBracket:
                guard level < 63, depth + level < maxDepth else { throw FastPathAbort() }
                objects = objects << 1 | (byte == JSONByte.openBrace ? 1 : 0)
                level += 1
                index += 1
            case JSONByte.closeBrace, JSONByte.closeBracket:
                guard level > 0, (objects & 1 == 1) == (byte == JSONByte.closeBrace) else { throw FastPathAbort() }
                objects >>= 1
                level -= 1
                index += 1
                if level == 0 {
                    offset = index
                    if index > lines.offset { lines.offset = index }
                    return escaped
                }
            default:
                guard Self.isScalarByte(byte) else { throw FastPathAbort() }
                index += 1
            }
        }
        throw FastPathAbort()
    }
}

/// UTF-8 as Swift's `String(validating:)` accepts it: no overlong forms,
/// no surrogates, nothing past U+10FFFF.
enum UTF8Check {
    /// The end of the valid multi-byte scalar whose lead byte (0x80 or more)
    /// is at `index`, or nil when the bytes there are not valid UTF-8.
    static func scalarEnd(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch bytes[index] {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        let second = bytes[index + 1]
        guard second >= low && second <= high else { return nil }
        for offset in 2..<max(length, 2) where bytes[index + offset] & 0xC0 != 0x80 { return nil }
        return index + length
    }
}

/// A JSON escape as the strict reader (`JSONScanner.parseString`) accepts
/// it: one of `\" \\ \/ \b \f \n \r \t`, or `\uXXXX` where a high surrogate
/// is followed by `\u` and a low one, and no low surrogate stands alone.
enum JSONEscapeCheck {
    /// The offset past the escape whose backslash is at `index`; aborts the fast path when it is not valid.
    static func end(of bytes: UnsafeBufferPointer<UInt8>, at index: Int) throws -> Int {
        guard index + 1 < bytes.count else { throw FastPathAbort() }
        switch bytes[index + 1] {
        case JSONByte.quote, JSONByte.backslash, JSONByte.slash, UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return index + 2
        case UInt8(ascii: "u"):
            let scalar = try hex4(bytes, at: index + 2)
            if (0xDC00...0xDFFF).contains(scalar) { throw FastPathAbort() }
            guard (0xD800...0xDBFF).contains(scalar) else { return index + 6 }
            guard index + 7 < bytes.count, bytes[index + 6] == JSONByte.backslash, bytes[index + 7] == UInt8(ascii: "u"),
                  (0xDC00...0xDFFF).contains(try hex4(bytes, at: index + 8)) else { throw FastPathAbort() }
            return index + 12
        default:
            throw FastPathAbort()
        }
    }

    private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) throws -> UInt32 {
        guard index + 4 <= bytes.count else { throw FastPathAbort() }
        var value: UInt32 = 0
        for offset in index..<(index + 4) {
            guard let digit = JSONScanner.hexValue(bytes[offset]) else { throw FastPathAbort() }
            value = value << 4 | digit
        }
        return value
    }
}
