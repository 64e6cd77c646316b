import Foundation
import XCTest
@testable import LSReadyCore

/// Inputs built to hurt: each must end in an `InputError`, quickly.
final class YAMLHostileInputTests: XCTestCase {
    private func kind(of bytes: [UInt8], limits: ReaderLimits = .standard) -> InputError.Kind? {
        do {
            _ = try YAMLLoader.loadValuesFile(bytes, file: "hostile.yaml", limits: limits)
            return nil
        } catch let error as InputError {
            return error.kind
        } catch {
            return nil
        }
    }

    private func seconds(_ body: () -> Void) -> Double {
        let start = Date()
        body()
        return Date().timeIntervalSince(start)
    }

    func testMillionNestedBracketsFailFastWithDepthLimit() {
        let bytes = [UInt8](repeating: Byte.leftBracket, count: 1_000_000)
        var result: InputError.Kind?
        let elapsed = seconds { result = kind(of: bytes) }
        XCTAssertEqual(result, .depthLimit)
        XCTAssertLessThan(elapsed, 2)
    }

    func testMillionNestedBracesAndBlockIndentationFailWithDepthLimit() {
        XCTAssertEqual(kind(of: [UInt8](repeating: Byte.leftBrace, count: 1_000_000)), .depthLimit)
        let block = (0..<2000).map { String(repeating: " ", count: $0) + "- " }.joined(separator: "\n")
        XCTAssertEqual(kind(of: Array(block.utf8)), .depthLimit)
        let inline = String(repeating: "- ", count: 100_000) + "x\n"
        XCTAssertEqual(kind(of: Array(inline.utf8)), .depthLimit)
    }

    func testBillionLaughsFailsFast() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [" + Array(repeating: previous, count: 10).joined(separator: ", ") + "]\n"
        }
        var result: InputError.Kind?
        let elapsed = seconds { result = kind(of: Array(text.utf8)) }
        XCTAssertEqual(result, .aliasLimit)
        XCTAssertLessThan(elapsed, 1)
    }

    func testCoreSchemaAppliesTheSameGuard() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...6 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let document = try XCTUnwrap(YAMLReader.parseFirstDocument(Array(text.utf8), file: "h.yaml"))
        XCTAssertThrowsError(try YAMLLoader.load(document, schema: .core)) { error in
            XCTAssertEqual((error as? InputError)?.kind, .aliasLimit)
        }
    }

    func testLongAliasChainsHitTheDepthLimit() {
        var text = "a0: &a0 [x]\n"
        for level in 1...300 { text += "a\(level): &a\(level) [*a\(level - 1)]\n" }
        XCTAssertEqual(kind(of: Array(text.utf8)), .depthLimit)
    }

    func testBinaryAndControlBytesAreEncodingErrors() {
        XCTAssertEqual(kind(of: Array("a: 1\n".utf8) + [0x00] + Array("b: 2\n".utf8)), .encoding)
        XCTAssertEqual(kind(of: Array("a: \u{7}\n".utf8)), .encoding)
        XCTAssertEqual(kind(of: Array("a: \u{7F}\n".utf8)), .encoding)
        XCTAssertEqual(kind(of: [0xFF, 0xFE, 0x61, 0x00]), .encoding)
        XCTAssertEqual(kind(of: Array("a: ".utf8) + [0xED, 0xA0, 0x80]), .encoding) // a UTF-16 surrogate
        XCTAssertEqual(kind(of: Array("a: ".utf8) + [0xE2, 0x82]), .encoding) // truncated
        var random = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let bytes = (0..<200).map { _ in UInt8.random(in: 0...255, using: &random) }
            _ = kind(of: bytes) // must not crash
        }
    }

    func testSyntaxErrorsOfCommonMistakes() {
        XCTAssertEqual(kind(of: Array("a:\n\tb: 1\n".utf8)), .syntax)
        XCTAssertEqual(kind(of: Array("a: \"open\n".utf8)), .syntax)
        XCTAssertEqual(kind(of: Array("a: 'open\n".utf8)), .syntax)
        XCTAssertEqual(kind(of: Array("a: [1, 2\n".utf8)), .syntax)
        XCTAssertEqual(kind(of: Array("a: {b: 1\n".utf8)), .syntax)
        XCTAssertEqual(kind(of: Array(String(repeating: "[", count: 100).utf8)), .syntax)
    }

    func testSizeLimits() {
        XCTAssertEqual(kind(of: Array("a: 1\n".utf8), limits: ReaderLimits(maxInputBytes: 4)), .sizeLimit)
        let stream = Array(String(repeating: "--- 1\n", count: 20).utf8)
        XCTAssertThrowsError(try YAMLReader.parseStream(stream, file: "s.yaml", limits: ReaderLimits(maxDocuments: 10))) { error in
            XCTAssertEqual((error as? InputError)?.kind, .sizeLimit)
        }
        XCTAssertNoThrow(try YAMLReader.parseFirstDocument(stream, file: "s.yaml", limits: ReaderLimits(maxDocuments: 10)))
    }

    func testDefaultDepthLimitIs256() throws {
        XCTAssertEqual(ReaderLimits.standard.maxDepth, 256)
        func nested(_ depth: Int) -> [UInt8] {
            Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8)
        }
        let document = try XCTUnwrap(YAMLReader.parseFirstDocument(nested(256), file: "d.yaml"))
        XCTAssertNoThrow(try YAMLLoader.load(document, schema: .core))
        XCTAssertThrowsError(try YAMLReader.parseFirstDocument(nested(257), file: "d.yaml")) { error in
            XCTAssertEqual((error as? InputError)?.kind, .depthLimit)
        }
    }
}
