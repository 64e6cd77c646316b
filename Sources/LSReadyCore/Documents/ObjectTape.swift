#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One Kubernetes object's kept values in two flat arrays: the form the
/// inventory reads objects in. A value is a `Slot`; a collection's members
/// follow it (each member's own subtree in turn), and `end` is the index
/// just past the subtree. Keys and strings are UTF-8 in `text`. Nothing is
/// allocated per value, so an object costs a few appends, and the arrays are
/// reused from one object to the next.
///
/// The filtering JSON reader writes tapes straight from the bytes of a dump
/// (`JSONScanner+Tape`); every other reader's documents are converted from
/// their `Node`s (`ObjectTape+Node`). A mapping never holds a key twice:
/// the converter keeps the Node's last-wins entry, and the JSON writer gives
/// up on a duplicate so the strict reader decides.
struct ObjectTape {
    enum Tag: UInt8 {
        case null, bool, number, string, sequence, mapping
    }

    struct Slot {
        var tag: Tag
        /// A boolean's value; on a sequence, passed over (`isPassedOver`).
        var flag = false
        /// The member's key in `text` (`keyLength` 0 and `keyStart` -1 when the value is not a member).
        var keyStart = -1
        var keyLength = 0
        /// A string's UTF-8 in `text`.
        var textStart = 0
        var textLength = 0
        var number = 0.0
        /// Members (collections).
        var count = 0
        /// Index past this value's subtree.
        var end = 0
        /// Where the value starts: a byte offset in the source (`positions`
        /// is `.offsets`), or `line << 32 | column`.
        var position = 0
    }

    /// How `Slot.position` is read.
    enum Positions {
        /// line << 32 | column.
        case lineAndColumn
        /// Byte offsets into `bytes`, counted from a known position (`mark`).
        case offsets(bytes: UnsafeBufferPointer<UInt8>, mark: (offset: Int, line: Int, column: Int))
    }

    var slots: [Slot] = []
    var text: [UInt8] = []
    var file = ""
    var positions = Positions.lineAndColumn

    mutating func reset(file: String, positions: Positions) {
        slots.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
        self.file = file
        self.positions = positions
    }

    // MARK: Reading

    func tag(_ index: Int) -> Tag { slots[index].tag }

    /// The member of mapping `index` under `key`, or nil.
    func member(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let slot = slots[index]
        guard slot.tag == .mapping else { return nil }
        let count = key.count
        var child = index + 1
        return text.withUnsafeBufferPointer { text in
            while child < slot.end {
                let member = slots[child]
                if member.keyLength == count, count == 0 || SWAR.equal(text.baseAddress! + member.keyStart, key.baseAddress!, count: count) {
                    return child
                }
                child = member.end
            }
            return nil
        }
    }

    func member(_ index: Int, _ key: StaticString) -> Int? {
        member(index, UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
    }

    /// The members of a collection, in order.
    func children(_ index: Int) -> [Int] {
        let slot = slots[index]
        var result: [Int] = []
        result.reserveCapacity(slot.count)
        var child = index + 1
        while child < slot.end {
            result.append(child)
            child = slots[child].end
        }
        return result
    }

    func string(_ index: Int) -> String? {
        let slot = slots[index]
        guard slot.tag == .string else { return nil }
        return text.withUnsafeBufferPointer { String(decoding: $0[slot.textStart..<(slot.textStart + slot.textLength)], as: UTF8.self) }
    }

    /// True when the value at `index` is the string `expected`.
    func stringEquals(_ index: Int, _ expected: StaticString) -> Bool {
        let slot = slots[index]
        let count = expected.utf8CodeUnitCount
        guard slot.tag == .string, slot.textLength == count else { return false }
        return text.withUnsafeBufferPointer { memcmp($0.baseAddress! + slot.textStart, expected.utf8Start, count) == 0 }
    }

    func key(_ index: Int) -> String {
        let slot = slots[index]
        return text.withUnsafeBufferPointer { String(decoding: $0[slot.keyStart..<(slot.keyStart + slot.keyLength)], as: UTF8.self) }
    }

    func bool(_ index: Int) -> Bool? {
        slots[index].tag == .bool ? slots[index].flag : nil
    }

    func number(_ index: Int) -> Double? {
        slots[index].tag == .number ? slots[index].number : nil
    }

    func isNull(_ index: Int) -> Bool { slots[index].tag == .null }

    /// True for a list a `NodeFilter.Gate` passed over: kept empty, and
    /// known to hold no element its consumer reads.
    func isPassedOver(_ index: Int) -> Bool { slots[index].tag == .sequence && slots[index].flag }

    /// `a map`, `a string`...: as `Node.typeDescription` words it.
    func typeDescription(_ index: Int) -> String {
        switch slots[index].tag {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .sequence: return "a list"
        case .mapping: return "a map"
        }
    }

    func location(_ index: Int) -> SourceLocation {
        let position = slots[index].position
        switch positions {
        case .lineAndColumn:
            return SourceLocation(file: file, line: position >> 32, column: position & 0xFFFF_FFFF)
        case .offsets(let bytes, let mark):
            let (line, column) = TextPosition.advance(in: bytes, from: mark, to: position)
            return SourceLocation(file: file, line: line, column: column)
        }
    }

    // MARK: Writing

    /// Appends a scalar or opens a collection; returns its index.
    @inline(__always)
    mutating func append(_ slot: Slot) -> Int {
        slots.append(slot)
        return slots.count - 1
    }

    /// Closes the collection at `index` after its members were appended.
    @inline(__always)
    mutating func close(_ index: Int, count: Int) {
        slots[index].end = slots.count
        slots[index].count = count
    }

    /// True when the mapping at `index`, still being written with `count`
    /// members so far, already holds the key just appended to `text` at `keyStart`.
    @inline(__always)
    func hasMember(_ index: Int, keyStart: Int, keyLength: Int, count: Int) -> Bool {
        guard count > 0 else { return false }
        return text.withUnsafeBufferPointer { text in
            slots.withUnsafeBufferPointer { slots in
                var child = index + 1
                while child < slots.count {
                    let member = slots[child]
                    if member.keyLength == keyLength,
                       keyLength == 0 || SWAR.equal(text.baseAddress! + member.keyStart, text.baseAddress! + keyStart, count: keyLength) {
                        return true
                    }
                    child = member.end
                }
                return false
            }
        }
    }

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

    /// Copies UTF-8 into `text`; returns where it starts.
    @inline(__always)
    mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let start = text.count
        text.append(contentsOf: bytes)
        return start
    }
}
