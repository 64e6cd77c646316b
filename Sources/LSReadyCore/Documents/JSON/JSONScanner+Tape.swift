/// The filtering reader's last step: one object of a dump written straight
/// into an `ObjectTape`, keeping what a `NodeFilter` keeps and skipping the
/// rest, with no `Node` in between. Strings are copied as bytes (decoded only
/// when they hold escapes), positions are byte offsets turned into lines and
/// columns only when a warning asks. Anything unusual aborts, as everywhere
/// on the fast path, and the strict reader decides.
extension JSONScanner {
    /// Writes the value at the current offset, filtered, into `tape` (reset
    /// by the caller); the tape's positions count from the value's start.
    mutating func writeTape(_ filter: NodeFilter, into tape: inout ObjectTape) throws {
        let start = offset
        _ = sourceLocation(at: start)
        tape.positions = .offsets(bytes: bytes, mark: mark)
        try write(filter, all: filter.keepsAll, into: &tape, keyStart: -1, keyLength: 0)
        if tape.text.count > Int(Int32.max) { throw FastPathAbort() }
    }

    private mutating func write(_ filter: NodeFilter, all: Bool, into tape: inout ObjectTape,
                                keyStart: Int, keyLength: Int) throws {
        guard offset < bytes.count else { throw FastPathAbort() }
        var slot = ObjectTape.Slot(tag: .null, keyStart: keyStart, keyLength: keyLength, position: offset)
        switch bytes[offset] {
        case JSONByte.openBrace:
            try writeObject(filter, all: all, into: &tape, slot: slot)
            return
        case JSONByte.openBracket:
            try writeArray(all ? filter : filter.elements, all: all, into: &tape, slot: slot)
            return
        case JSONByte.quote:
            slot.tag = .string
            (slot.textStart, slot.textLength) = try writeString(into: &tape)
        case JSONByte.minus, JSONByte.zero...JSONByte.nine:
            slot.tag = .number
            slot.number = try parseNumber()
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            slot.tag = .bool
            slot.flag = true
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            slot.tag = .bool
        case UInt8(ascii: "n"):
            try expectLiteral("null")
        default:
            throw FastPathAbort()
        }
        slot.end = tape.slots.count + 1
        _ = tape.append(slot)
    }

    private mutating func writeArray(_ element: NodeFilter?, all: Bool, into tape: inout ObjectTape,
                                     slot: ObjectTape.Slot) throws {
        try enter()
        defer { depth -= 1 }
        var slot = slot
        slot.tag = .sequence
        let index = tape.append(slot)
        var count = 0
        offset += 1
        skipWhitespace()
        if offset < bytes.count && bytes[offset] == JSONByte.closeBracket {
            offset += 1
            tape.close(index, count: 0)
            return
        }
        while true {
            skipWhitespace()
            if let element {
                try write(element, all: all, into: &tape, keyStart: -1, keyLength: 0)
                count += 1
            } else {
                try skipValue()
            }
            skipWhitespace()
            guard offset < bytes.count else { throw FastPathAbort() }
            if bytes[offset] == JSONByte.comma { offset += 1; continue }
            if bytes[offset] == JSONByte.closeBracket { offset += 1; break }
            throw FastPathAbort()
        }
        tape.close(index, count: count)
    }

    private mutating func writeObject(_ filter: NodeFilter, all: Bool, into tape: inout ObjectTape,
                                      slot: ObjectTape.Slot) throws {
        try enter()
        defer { depth -= 1 }
        var chosen = filter
        if case .byKind(let choose) = filter.mode {
            chosen = try kindFilter(choose)
        }
        var slot = slot
        slot.tag = .mapping
        let index = tape.append(slot)
        var count = 0
        /// Keys of a large mapping, for the duplicate check (a small one is searched on the tape).
        var keys: Set<String>?
        offset += 1
        skipWhitespace()
        if offset < bytes.count && bytes[offset] == JSONByte.closeBrace {
            offset += 1
            tape.close(index, count: 0)
            return
        }
        while true {
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == JSONByte.quote else { throw FastPathAbort() }
            let key = try scanKey()
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == JSONByte.colon else { throw FastPathAbort() }
            offset += 1
            skipWhitespace()
            let memberFilter: NodeFilter?
            if all {
                memberFilter = filter
            } else {
                if !key.escaped, chosen.otherKeys == nil {
                    memberFilter = chosen.memberFilter(UnsafeBufferPointer(rebasing: bytes[key.range]))
                } else {
                    memberFilter = try member(of: chosen, key)?.filter
                }
            }
            if let memberFilter {
                let keyStart = tape.text.count
                if key.escaped {
                    var text = try decodeKey(key)
                    text.withUTF8 { _ = tape.appendText($0) }
                } else {
                    _ = tape.appendText(UnsafeBufferPointer(rebasing: bytes[key.range]))
                }
                let keyLength = tape.text.count - keyStart
                if count < Self.linearLookupLimit {
                    if tape.hasMember(index, keyStart: keyStart, keyLength: keyLength, count: count) { throw FastPathAbort() }
                } else {
                    if keys == nil { keys = tape.keysOfOpenMapping(index) }
                    let text = tape.text.withUnsafeBufferPointer { String(decoding: $0[keyStart..<(keyStart + keyLength)], as: UTF8.self) }
                    guard keys!.insert(text).inserted else { throw FastPathAbort() }
                }
                try write(memberFilter, all: all || memberFilter.keepsAll, into: &tape, keyStart: keyStart, keyLength: keyLength)
                count += 1
            } else {
                try skipValue()
            }
            skipWhitespace()
            guard offset < bytes.count else { throw FastPathAbort() }
            if bytes[offset] == JSONByte.comma { offset += 1; continue }
            if bytes[offset] == JSONByte.closeBrace { offset += 1; break }
            throw FastPathAbort()
        }
        tape.close(index, count: count)
    }

    /// The filter of a Kubernetes object, chosen by its `kind` and
    /// `apiVersion`: they are read first (kubectl writes them first, so this
    /// reads two members), then the object is read from its start again.
    /// Without both as strings, only they are kept (the object is then
    /// skipped with a warning).
    private mutating func kindFilter(_ choose: (String, String) -> NodeFilter) throws -> NodeFilter {
        let start = offset
        defer { offset = start }
        offset += 1
        var kind: String?
        var apiVersion: String?
        skipWhitespace()
        if offset < bytes.count && bytes[offset] == JSONByte.closeBrace { return Self.identityOnly }
        while kind == nil || apiVersion == nil {
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == JSONByte.quote else { throw FastPathAbort() }
            let key = try scanKey()
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == JSONByte.colon else { throw FastPathAbort() }
            offset += 1
            skipWhitespace()
            let name = key.escaped ? try decodeKey(key) : nil
            let isKind = key.is("kind") || name == "kind"
            let isAPIVersion = key.is("apiVersion") || name == "apiVersion"
            if (isKind || isAPIVersion), offset < bytes.count, bytes[offset] == JSONByte.quote {
                let value = try parseString()
                if isKind { kind = value } else { apiVersion = value }
            } else {
                try skipValue()
            }
            skipWhitespace()
            guard offset < bytes.count else { throw FastPathAbort() }
            if bytes[offset] == JSONByte.comma { offset += 1; continue }
            if bytes[offset] == JSONByte.closeBrace { break }
            throw FastPathAbort()
        }
        guard let kind, let apiVersion else { return Self.identityOnly }
        return choose(kind, apiVersion)
    }

    private static let identityOnly = NodeFilter.fields([("apiVersion", .shape), ("kind", .shape)])

    /// A string's content appended to the tape's text: its bytes as they are
    /// when it has no escapes (the file's UTF-8 was checked as a whole), else decoded.
    private mutating func writeString(into tape: inout ObjectTape) throws -> (start: Int, length: Int) {
        let quote = offset
        let escaped = try skipString()
        let contentStart = quote + 1
        let contentEnd = offset - 1
        let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<contentEnd])
        if !escaped {
            try checkStringSize(content.count, start: quote)
            return (tape.appendText(content), content.count)
        }
        offset = quote
        var text = try parseString()
        let start = text.withUTF8 { tape.appendText($0) }
        return (start, tape.text.count - start)
    }
}

extension ObjectTape {
    /// The keys of the mapping at `index`, still being written (its `end` is not set yet).
    func keysOfOpenMapping(_ index: Int) -> Set<String> {
        var keys: Set<String> = []
        var child = index + 1
        while child < slots.count {
            keys.insert(key(child))
            child = slots[child].end
        }
        return keys
    }

    /// True when the mapping at `index`, with `count` members so far, already
    /// holds the key just appended to `text` at `keyStart`.
    @inline(__always)
    func hasMember(_ index: Int, keyStart: Int, keyLength: Int, count: Int) -> Bool {
        guard count > 0 else { return false }
        return text.withUnsafeBufferPointer { text in
            let key = text[keyStart..<(keyStart + keyLength)]
            var child = index + 1
            while child < slots.count {
                let member = slots[child]
                if member.keyLength == keyLength, text[member.keyStart..<(member.keyStart + keyLength)].elementsEqual(key) {
                    return true
                }
                child = member.end
            }
            return false
        }
    }
}
