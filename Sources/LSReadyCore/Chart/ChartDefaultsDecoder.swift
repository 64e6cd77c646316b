/// Decodes the embedded chart defaults (the JSON `generate-chart-data.py`
/// writes) straight into nodes located at `SourceLocation.chartDefault`.
///
/// Every audit decodes one snapshot at start-up. `JSONReader` (positions,
/// duplicate keys, limits, error messages: everything an untrusted file
/// needs) and then relocating the whole tree to `.chartDefault` cost ~7% of
/// a small audit; this reads only what the generator writes and gives up
/// (nil) on anything else, and the caller then takes the strict reader,
/// which names the error. `ChartDefaultsDecoderTests` checks that every
/// snapshot decodes, to exactly the strict reader's tree.
struct ChartDefaultsDecoder {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private let location = SourceLocation.chartDefault
    private var depth = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    static func decode(_ json: String) -> Node? {
        var json = json
        return json.withUTF8 { bytes in
            var decoder = ChartDefaultsDecoder(bytes)
            guard let node = decoder.value() else { return nil }
            decoder.skipWhitespace()
            return decoder.offset == bytes.count ? node : nil
        }
    }

    private mutating func value() -> Node? {
        skipWhitespace()
        guard offset < bytes.count else { return nil }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "["): return array()
        case UInt8(ascii: "\""): return string().map { Node(.string($0), at: location) }
        case UInt8(ascii: "t"): return literal("true", .bool(true))
        case UInt8(ascii: "f"): return literal("false", .bool(false))
        case UInt8(ascii: "n"): return literal("null", .null)
        default: return number()
        }
    }

    private mutating func object() -> Node? {
        guard depth < 64 else { return nil }
        depth += 1
        defer { depth -= 1 }
        offset += 1
        var entries: [Node.Entry] = []
        skipWhitespace()
        if offset < bytes.count && bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            return Node(.mapping(entries), at: location)
        }
        while true {
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\""), let key = string() else { return nil }
            // The generator sorts keys: a repeated key is not its output.
            if let last = entries.last, last.key >= key { return nil }
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { return nil }
            offset += 1
            guard let member = value() else { return nil }
            entries.append(Node.Entry(key: key, keyLocation: location, value: member))
            skipWhitespace()
            guard offset < bytes.count else { return nil }
            if bytes[offset] == UInt8(ascii: ",") { offset += 1; continue }
            guard bytes[offset] == UInt8(ascii: "}") else { return nil }
            offset += 1
            return Node(.mapping(entries), at: location)
        }
    }

    private mutating func array() -> Node? {
        guard depth < 64 else { return nil }
        depth += 1
        defer { depth -= 1 }
        offset += 1
        var items: [Node] = []
        skipWhitespace()
        if offset < bytes.count && bytes[offset] == UInt8(ascii: "]") {
            offset += 1
            return Node(.sequence(items), at: location)
        }
        while true {
            guard let item = value() else { return nil }
            items.append(item)
            skipWhitespace()
            guard offset < bytes.count else { return nil }
            if bytes[offset] == UInt8(ascii: ",") { offset += 1; continue }
            guard bytes[offset] == UInt8(ascii: "]") else { return nil }
            offset += 1
            return Node(.sequence(items), at: location)
        }
    }

    /// A string at `offset` (its opening quote). Nearly every string is one
    /// plain run (the generator escapes non-ASCII and control characters;
    /// the text is a Swift string, so valid UTF-8 either way).
    private mutating func string() -> String? {
        offset += 1
        let start = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
                offset += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
            guard byte >= 0x20 else { return nil }
            offset += 1
        }
        return nil
    }

    private mutating func escapedString(from start: Int) -> String? {
        var utf8: [UInt8] = []
        var pendingHighSurrogate: UInt32?
        offset = start
        while offset < bytes.count {
            let byte = bytes[offset]
            guard byte == UInt8(ascii: "\\") else {
                guard byte >= 0x20, pendingHighSurrogate == nil else { return nil }
                offset += 1
                if byte == UInt8(ascii: "\"") { return String(decoding: utf8, as: UTF8.self) }
                utf8.append(byte)
                continue
            }
            guard offset + 1 < bytes.count else { return nil }
            let escape = bytes[offset + 1]
            offset += 2
            if escape == UInt8(ascii: "u") {
                guard let unit = hexQuad() else { return nil }
                var scalar: Unicode.Scalar?
                if let high = pendingHighSurrogate {
                    guard (0xDC00...0xDFFF).contains(unit) else { return nil }
                    pendingHighSurrogate = nil
                    scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00))
                } else if (0xD800...0xDBFF).contains(unit) {
                    pendingHighSurrogate = unit
                    continue
                } else {
                    scalar = Unicode.Scalar(unit)
                }
                guard let scalar else { return nil }
                utf8.append(contentsOf: UTF8.encode(scalar)!)
                continue
            }
            guard pendingHighSurrogate == nil else { return nil }
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            default: return nil
            }
        }
        return nil
    }

    private mutating func hexQuad() -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var unit: UInt32 = 0
        for byte in bytes[offset..<offset + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            unit = unit << 4 | UInt32(digit)
        }
        offset += 4
        return unit
    }

    /// A number as `JSONReader` reads one: its text through `Double(_:)`.
    private mutating func number() -> Node? {
        let start = offset
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                 UInt8(ascii: "e"), UInt8(ascii: "E"):
                offset += 1
                continue
            default: break
            }
            break
        }
        guard offset > start else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        guard let number = Double(text), number.isFinite else { return nil }
        return Node(.number(number), at: location)
    }

    private mutating func literal(_ word: StaticString, _ value: Node.Value) -> Node? {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count,
              bytes[offset..<offset + count].elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: count)) else { return nil }
        offset += count
        return Node(value, at: location)
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): offset += 1
            default: return
            }
        }
    }
}
