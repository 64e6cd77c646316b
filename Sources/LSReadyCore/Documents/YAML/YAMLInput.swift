/// The bytes of one YAML input, checked once before scanning: valid UTF-8,
/// and only characters YAML allows (c-printable). After this check the
/// scanner can trust every byte, and a zero byte can only be the end.
struct YAMLInput {
    /// The input followed by `paddingCount` zero bytes, so that looking a few
    /// bytes ahead never needs a bounds check of its own. It points into
    /// `storage`, which this value keeps alive: the scanner reads it without
    /// bounds checks or reference counting.
    let bytes: UnsafeBufferPointer<UInt8>
    private let storage: Storage
    /// The length of the real input.
    private(set) var count: Int
    let file: String
    /// The line the input starts on: 1, or the line of a piece of a larger
    /// file (a streamed cluster dump), so that marks carry the file's lines.
    let firstLine: Int

    /// The scanner looks at most this many bytes past the current one.
    static let paddingCount = 8

    /// The error for the first invalid character, when `truncatingAtInvalidCharacter`
    /// kept only the lines before it.
    private(set) var encodingError: InputError?

    /// Checks the input. With `truncatingAtInvalidCharacter`, an invalid
    /// character does not throw: the input ends at the start of its line and
    /// `encodingError` keeps the error, for a caller that reads only the
    /// first document (Helm never decodes bytes past it).
    init(_ input: [UInt8], file: String, limits: ReaderLimits, truncatingAtInvalidCharacter: Bool = false) throws {
        self.file = file
        firstLine = 1
        guard input.count <= limits.maxInputBytes else {
            throw InputError(.sizeLimit, "the input is \(input.count) bytes, over the limit of \(limits.maxInputBytes)", at: .file(file))
        }
        storage = input.withUnsafeBufferPointer { Storage(copying: $0) }
        bytes = UnsafeBufferPointer(storage.buffer)
        count = input.count
        if let (offset, problem) = Self.firstInvalidCharacter(in: input) {
            let error = InputError(.encoding, problem, at: location(ofOffset: offset), hint: Self.encodingHint(input, at: offset))
            guard truncatingAtInvalidCharacter else { throw error }
            var lineStart = offset
            while lineStart > 0 && !Byte.isBreak(input[lineStart - 1]) { lineStart -= 1 }
            for index in lineStart..<(lineStart + Self.paddingCount) { storage.buffer[index] = 0 }
            count = lineStart
            encodingError = error
        }
    }

    /// A piece of a larger input that starts at the beginning of line
    /// `firstLine`, copied once into the padded array. Used by the streamed
    /// cluster dump reader, which parses a dump item by item; every failure
    /// there makes it read the whole file strictly, so the errors need no hints.
    init(piece: UnsafeBufferPointer<UInt8>, file: String, firstLine: Int, limits: ReaderLimits) throws {
        self.file = file
        self.firstLine = firstLine
        guard piece.count <= limits.maxInputBytes else {
            throw InputError(.sizeLimit, "the input is \(piece.count) bytes, over the limit of \(limits.maxInputBytes)", at: .file(file))
        }
        storage = Storage(copying: piece)
        bytes = UnsafeBufferPointer(storage.buffer)
        count = piece.count
        if let (offset, problem) = Self.firstInvalidCharacter(in: piece) {
            throw InputError(.encoding, problem, at: location(ofOffset: offset))
        }
    }

    /// Line and column (both 1-based, columns in Unicode scalars) of a byte
    /// offset, counted from the start: only errors need this.
    func location(ofOffset offset: Int) -> SourceLocation {
        var line = firstLine
        var column = 1
        var index = 0
        let limit = min(offset, count)
        while index < limit {
            let byte = bytes[index]
            if byte == Byte.lineFeed {
                line += 1
                column = 1
            } else if byte == Byte.carriageReturn {
                if bytes[index + 1] != Byte.lineFeed {
                    line += 1
                    column = 1
                }
            } else if Byte.startsScalar(byte) && !(index == 0 && Self.hasByteOrderMark(bytes)) {
                column += 1
            }
            index += 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    static func hasByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// The padded copy of the input.
    private final class Storage {
        let buffer: UnsafeMutableBufferPointer<UInt8>

        init(copying input: UnsafeBufferPointer<UInt8>) {
            let padding = YAMLInput.paddingCount
            buffer = .allocate(capacity: input.count + padding)
            if let source = input.baseAddress, input.count > 0 {
                buffer.baseAddress!.initialize(from: source, count: input.count)
            }
            (buffer.baseAddress! + input.count).initialize(repeating: 0, count: padding)
        }

        deinit { buffer.deallocate() }
    }

    /// The offset and a description of the first byte sequence that is not
    /// valid UTF-8 or not a character YAML allows; nil when all is well.
    static func firstInvalidCharacter(in bytes: [UInt8]) -> (Int, String)? {
        bytes.withUnsafeBufferPointer { firstInvalidCharacter(in: $0) }
    }

    static func firstInvalidCharacter(in buffer: UnsafeBufferPointer<UInt8>) -> (Int, String)? {
        var index = 0
        let count = buffer.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while index < count {
            // Eight printable ASCII characters at a time (no control character, no DEL): most of any input.
            if index + 8 <= count, let base = buffer.baseAddress {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let belowSpace = (word &- ones &* 0x20) & ~word
                let delete = word ^ (ones &* UInt64(Byte.delete))
                let flagged = (word | belowSpace | ((delete &- ones) & ~delete)) & highs
                if flagged == 0 {
                    index += 8
                    continue
                }
                // The lowest flagged byte is exact (borrows only flag bytes above it): the ones before it are fine.
                index += flagged.trailingZeroBitCount >> 3
            }
            let lead = buffer[index]
            if lead < 0x80 {
                // Printable ASCII, tab, line feed, carriage return; nothing else.
                if lead >= 0x20 && lead != Byte.delete || lead == Byte.tab || lead == Byte.lineFeed || lead == Byte.carriageReturn {
                    index += 1
                    continue
                }
                if lead == 0 { return (index, "the input holds a NUL byte (binary data is not YAML)") }
                return (index, "control character U+\(hex(UInt32(lead))) is not allowed in YAML")
            }
            let length: Int
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; scalar = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; scalar = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; scalar = UInt32(lead & 0x07)
            default: return (index, "invalid UTF-8 byte 0x\(hex(UInt32(lead)))")
            }
            guard index + length <= count else { return (index, "truncated UTF-8 sequence at the end of the input") }
            for k in 1..<length {
                let continuation = buffer[index + k]
                guard continuation & 0xC0 == 0x80 else { return (index, "invalid UTF-8 sequence starting with byte 0x\(hex(UInt32(lead)))") }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            let shortest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
            if scalar < shortest || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                return (index, "invalid UTF-8 sequence starting with byte 0x\(hex(UInt32(lead)))")
            }
            // C1 controls (except NEL) and the two noncharacters are not printable in YAML.
            if (scalar >= 0x80 && scalar < 0xA0 && scalar != 0x85) || scalar == 0xFFFE || scalar == 0xFFFF {
                return (index, "control character U+\(hex(scalar)) is not allowed in YAML")
            }
            index += length
        }
        return nil
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, (value > 0xFF ? 4 : 2) - digits.count)) + digits
    }
}
