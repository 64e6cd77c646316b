import Foundation
@testable import LSReadyCore

/// A small JSON reader for the tests: the yaml-test-suite's `in.json` files
/// hold several JSON values one after another, which JSONSerialization does
/// not read, and comparing needs bools told apart from numbers.
enum TestJSON: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([TestJSON])
    case object([String: TestJSON])

    struct Malformed: Error {}

    /// Every JSON value in `text`, in order (none for empty text).
    static func values(in text: String) throws -> [TestJSON] {
        var reader = Reader(bytes: Array(text.utf8))
        var values: [TestJSON] = []
        reader.skipSpace()
        while reader.index < reader.bytes.count {
            values.append(try reader.value())
            reader.skipSpace()
        }
        return values
    }

    /// The same shape as a loaded node (keys as a dictionary: order is not compared).
    init(_ node: Node) {
        switch node.value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number): self = .number(number)
        case .string(let string): self = .string(string)
        case .sequence(let items): self = .array(items.map(TestJSON.init))
        case .mapping(let entries):
            var object: [String: TestJSON] = [:]
            for entry in entries { object[entry.key] = TestJSON(entry.value) }
            self = .object(object)
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func value() throws -> TestJSON {
            skipSpace()
            guard index < bytes.count else { throw Malformed() }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var object: [String: TestJSON] = [:]
                skipSpace()
                if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(object) }
                while true {
                    skipSpace()
                    guard case .string(let key) = try value() else { throw Malformed() }
                    skipSpace()
                    guard bytes[index] == UInt8(ascii: ":") else { throw Malformed() }
                    index += 1
                    object[key] = try value()
                    skipSpace()
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    guard bytes[index] == UInt8(ascii: "}") else { throw Malformed() }
                    index += 1
                    return .object(object)
                }
            case UInt8(ascii: "["):
                index += 1
                var array: [TestJSON] = []
                skipSpace()
                if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(array) }
                while true {
                    array.append(try value())
                    skipSpace()
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    guard bytes[index] == UInt8(ascii: "]") else { throw Malformed() }
                    index += 1
                    return .array(array)
                }
            case UInt8(ascii: "\""):
                index += 1
                var scalars = String.UnicodeScalarView()
                var raw: [UInt8] = []
                func flush() {
                    scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
                    raw.removeAll()
                }
                while bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "\\") {
                        flush()
                        index += 1
                        let code = bytes[index]
                        index += 1
                        switch code {
                        case UInt8(ascii: "n"): scalars.append("\n")
                        case UInt8(ascii: "t"): scalars.append("\t")
                        case UInt8(ascii: "r"): scalars.append("\r")
                        case UInt8(ascii: "b"): scalars.append("\u{08}")
                        case UInt8(ascii: "f"): scalars.append("\u{0C}")
                        case UInt8(ascii: "u"):
                            var value = try hex4()
                            if (0xD800..<0xDC00).contains(value), bytes[index] == UInt8(ascii: "\\") {
                                index += 2
                                let low = try hex4()
                                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                            }
                            guard let scalar = Unicode.Scalar(value) else { throw Malformed() }
                            scalars.append(scalar)
                        default: scalars.append(Unicode.Scalar(code))
                        }
                    } else {
                        raw.append(bytes[index])
                        index += 1
                    }
                }
                flush()
                index += 1
                return .string(String(scalars))
            default:
                let start = index
                while index < bytes.count, !([0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")].contains(bytes[index])) {
                    index += 1
                }
                let word = String(decoding: bytes[start..<index], as: UTF8.self)
                switch word {
                case "null": return .null
                case "true": return .bool(true)
                case "false": return .bool(false)
                default:
                    guard let number = Double(word) else { throw Malformed() }
                    return .number(number)
                }
            }
        }

        mutating func hex4() throws -> UInt32 {
            guard index + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16) else {
                throw Malformed()
            }
            index += 4
            return value
        }
    }
}
