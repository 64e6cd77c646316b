extension YAMLInput {
    /// What usually produced bytes that are not UTF-8 text: a file saved as
    /// UTF-16 (PowerShell's `>` does that), a Latin-1/Windows-1252 editor, or
    /// nil when nothing specific is known (a NUL's message says enough).
    static func encodingHint(_ bytes: [UInt8], at offset: Int) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8"
        }
        // Every other byte zero near the start: UTF-16 without a byte-order mark.
        let head = bytes.prefix(64)
        if head.count >= 8, head.enumerated().filter({ $0.offset % 2 == 1 && $0.element == 0 }).count >= head.count / 2 - 1 {
            return "the file looks like UTF-16; save it as UTF-8"
        }
        guard offset < bytes.count else { return nil }
        let byte = bytes[offset]
        if byte >= 0x80, byte < 0xC0 || byte >= 0xF8 || !continues(bytes, after: offset) {
            return "the file is not UTF-8 (Latin-1 or Windows-1252?); save it as UTF-8"
        }
        return nil
    }

    /// Whether the lead byte at `offset` is followed by at least one UTF-8 continuation byte.
    private static func continues(_ bytes: [UInt8], after offset: Int) -> Bool {
        offset + 1 < bytes.count && bytes[offset + 1] & 0xC0 == 0x80
    }
}
