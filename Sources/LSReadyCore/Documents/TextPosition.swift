/// Line and column counting over UTF-8 bytes, from a known position onwards:
/// 32 bytes at a time, since between two positions a reader asks for there
/// may be megabytes of skipped bytes. Columns count Unicode scalars.
enum TextPosition {
    /// The line and column of `target`, given those of `mark.offset` (`target >= mark.offset`).
    static func advance(in bytes: UnsafeBufferPointer<UInt8>, from mark: (offset: Int, line: Int, column: Int),
                        to target: Int) -> (line: Int, column: Int) {
        guard let base = bytes.baseAddress, target > mark.offset else { return (mark.line, mark.column) }
        let raw = UnsafeRawPointer(base)
        var index = mark.offset
        var newlines = 0
        var lastNewline = -1
        // 32 bytes at a time: a vector compare and a horizontal sum.
        let newline = SIMD32<UInt8>(repeating: JSONByte.newline)
        var lastBlock = -1
        while index + 32 <= target {
            let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD32<UInt8>.self)
            let found = -Int(unsafeBitCast(block .== newline, to: SIMD32<Int8>.self).wrappedSum())
            if found != 0 {
                newlines += found
                lastBlock = index
            }
            index += 32
        }
        if lastBlock >= 0 {
            lastNewline = lastBlock + 31
            while base[lastNewline] != JSONByte.newline { lastNewline -= 1 }
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
