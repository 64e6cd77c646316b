/// Line and column counting over UTF-8 bytes, from a known position onwards:
/// eight bytes at a time, since between two positions a reader asks for
/// there may be megabytes of skipped bytes. Columns count Unicode scalars.
enum TextPosition {
    /// The line and column of `target`, given those of `mark.offset` (`target >= mark.offset`).
    static func advance(in bytes: UnsafeBufferPointer<UInt8>, from mark: (offset: Int, line: Int, column: Int),
                        to target: Int) -> (line: Int, column: Int) {
        guard let base = bytes.baseAddress, target > mark.offset else { return (mark.line, mark.column) }
        let raw = UnsafeRawPointer(base)
        var index = mark.offset
        var newlines = 0
        var lastNewline = -1
        while index + 8 <= target {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let found = SWAR.bytesEqual(word, to: JSONByte.newline)
            if found != 0 {
                newlines += found.nonzeroBitCount
                lastNewline = index + 7 - found.leadingZeroBitCount / 8
            }
            index += 8
        }
        while index < target {
            if base[index] == JSONByte.newline {
                newlines += 1
                lastNewline = index
            }
            index += 1
        }
        if newlines > 0 {
            return (mark.line + newlines, 1 + SWAR.scalarCount(raw, from: lastNewline + 1, to: target))
        }
        return (mark.line, mark.column + SWAR.scalarCount(raw, from: mark.offset, to: target))
    }
}
