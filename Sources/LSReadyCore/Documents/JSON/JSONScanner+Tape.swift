#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The filtering reader's last step: one object of a dump written straight
/// into an `ObjectTape`, keeping what a filter keeps and skipping the rest,
/// with no `Node` in between. The filter comes compiled (`FilterProgram`:
/// indices, no reference counting on the way down); strings are copied as
/// bytes (decoded only when they hold escapes); positions are byte offsets
/// turned into lines and columns only when a warning asks. Anything unusual
/// aborts, as everywhere on the fast path, and the strict reader decides.
extension JSONScanner {
    /// Writes the value at the current offset, filtered with `filter` (an
    /// entry of `program`), into `tape` (reset by the caller); the tape's
    /// positions count from the value's start.
    mutating func writeTape(_ program: FilterProgram, filter: Int, into tape: inout ObjectTape) throws {
        let start = offset
        if let (line, column) = countedPosition(at: start) {
            mark = (start, line, column)
        } else {
            _ = sourceLocation(at: start)
        }
        tape.positions = .offsets(bytes: bytes, mark: mark)
        try program.withView { view in
            try write(view, filter, all: view.entries[filter].mode == .all, into: &tape, keyStart: -1, keyLength: 0)
        }
        if tape.text.count > Int(Int32.max) { throw FastPathAbort() }
    }

    private mutating func write(_ view: FilterProgramView, _ filter: Int, all: Bool, into tape: inout ObjectTape,
                                keyStart: Int, keyLength: Int) throws {
        guard offset < bytes.count else { throw FastPathAbort() }
        var slot = ObjectTape.Slot(tag: .null, keyStart: keyStart, keyLength: keyLength, position: offset)
        switch bytes[offset] {
        case JSONByte.openBrace:
            try writeObject(view, filter, all: all, into: &tape, slot: slot)
            return
        case JSONByte.openBracket:
            if !all, view.entries[filter].gate >= 0, try passesOverList(view, filter) {
                slot.tag = .sequence
                slot.flag = true
                break
            }
            try writeArray(view, all ? filter : view.entries[filter].elements, all: all, into: &tape, slot: slot)
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

    /// `element` -1: the elements are skipped (the list is kept empty).
    private mutating func writeArray(_ view: FilterProgramView, _ element: Int, all: Bool, into tape: inout ObjectTape,
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
            if element >= 0 {
                try write(view, element, all: all, into: &tape, keyStart: -1, keyLength: 0)
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

    private mutating func writeObject(_ view: FilterProgramView, _ filter: Int, all: Bool, into tape: inout ObjectTape,
                                      slot: ObjectTape.Slot) throws {
        try enter()
        defer { depth -= 1 }
        var chosen = filter
        if view.entries[filter].mode == .byKind {
            chosen = try kindFilter(view, filter)
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
            var decoded: String?
            let memberFilter: Int
            if all {
                memberFilter = filter
            } else if !key.escaped {
                memberFilter = view.member(of: chosen, UnsafeBufferPointer(rebasing: bytes[key.range]))
            } else {
                var text = try decodeKey(key)
                decoded = text
                memberFilter = text.withUTF8 { view.member(of: chosen, $0) }
            }
            if memberFilter >= 0 {
                let keyStart = tape.text.count
                if key.escaped {
                    var text = try decoded ?? decodeKey(key)
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
                try write(view, memberFilter, all: all || view.entries[memberFilter].mode == .all, into: &tape,
                          keyStart: keyStart, keyLength: keyLength)
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

    /// The filter of a Kubernetes object (a `byKind` entry), chosen by its
    /// `kind` and `apiVersion`: they are read first (kubectl writes them
    /// first, so this reads two members), then the object is read from its
    /// start again. Without both as strings, only they are kept (the object
    /// is then skipped with a warning). Both without escapes (always, in
    /// practice) are compared as bytes with the previous object's, whose
    /// choice then stands: no string is made, no choice function called.
    private mutating func kindFilter(_ view: FilterProgramView, _ entry: Int) throws -> Int {
        let start = offset
        defer { offset = start }
        offset += 1
        var kind: Range<Int>?
        var apiVersion: Range<Int>?
        var kindText: String?
        var apiVersionText: String?
        skipWhitespace()
        if offset < bytes.count && bytes[offset] == JSONByte.closeBrace { return view.program.identityOnly }
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
                let quote = offset
                let escaped = try skipString()
                let range = (quote + 1)..<(offset - 1)
                // An escaped value is decoded (and its choice not remembered).
                let text = escaped ? try decodeKey(RawKey(range: range, escaped: true, bytes: bytes)) : nil
                if isKind { kind = range; kindText = text } else { apiVersion = range; apiVersionText = text }
            } else {
                try skipValue()
            }
            skipWhitespace()
            guard offset < bytes.count else { throw FastPathAbort() }
            if bytes[offset] == JSONByte.comma { offset += 1; continue }
            if bytes[offset] == JSONByte.closeBrace { break }
            throw FastPathAbort()
        }
        guard let kind, let apiVersion else { return view.program.identityOnly }
        let plain = kindText == nil && apiVersionText == nil
        if plain, let last = lastKindChoice, last.entry == entry,
           last.kind.elementsEqual(bytes[kind]), last.apiVersion.elementsEqual(bytes[apiVersion]) {
            return last.chosen
        }
        let kindString = kindText ?? String(decoding: UnsafeBufferPointer(rebasing: bytes[kind]), as: UTF8.self)
        let apiVersionString = apiVersionText ?? String(decoding: UnsafeBufferPointer(rebasing: bytes[apiVersion]), as: UTF8.self)
        guard let chosen = view.program.choose(entry, kind: kindString, apiVersion: apiVersionString) else { throw FastPathAbort() }
        if plain { lastKindChoice = (entry, Array(bytes[apiVersion]), Array(bytes[kind]), chosen) }
        return chosen
    }

    /// Passes over the list at the offset under the `NodeFilter.Gate` of
    /// `entry` when none of the gate's values is written in it as a string
    /// and none of its strings has an escape: the offset is then past the
    /// list. Else the offset stays at its `[`, for the list to be read.
    private mutating func passesOverList(_ view: FilterProgramView, _ entry: Int) throws -> Bool {
        let gate = view.gates[view.entries[entry].gate]
        let start = offset
        guard !(try skipContainer()) else {
            offset = start
            return false
        }
        let list = UnsafeBufferPointer(rebasing: bytes[start..<offset])
        for index in gate.valueStart..<(gate.valueStart + gate.valueCount)
        where Self.holdsString(list, view.gateValues[index], view) {
            offset = start
            return false
        }
        return true
    }

    /// True when `text` holds the gate value `value` between quotes.
    private static func holdsString(_ text: UnsafeBufferPointer<UInt8>, _ value: FilterProgram.Field, _ view: FilterProgramView) -> Bool {
        let length = value.keyLength
        guard length > 0, let base = text.baseAddress else { return false }
        let first = view.keyBytes[value.keyStart]
        var index = 1
        while index + length < text.count {
            guard let found = memchr(base + index, Int32(first), text.count - length - index) else { return false }
            index = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            if base[index - 1] == JSONByte.quote, base[index + length] == JSONByte.quote,
               view.matches(value, UnsafeBufferPointer(start: base + index, count: length)) {
                return true
            }
            index += 1
        }
        return false
    }

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
