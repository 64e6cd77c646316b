import XCTest
@testable import LSReadyCore

/// The fast path skips strings without decoding them (`skipString`), and
/// copies kept ones as bytes; it must accept exactly the strings the strict
/// reader (`parseString`) accepts: valid UTF-8 as Swift validates it, and
/// valid escapes.
final class JSONStringCheckTests: XCTestCase {
    /// Whether each reader accepts `content` between quotes, and where each stopped.
    private func outcomes(_ content: [UInt8]) -> (fast: Bool, strict: Bool, fastEnd: Int?, strictEnd: Int?) {
        let bytes = [JSONByte.quote] + content + [JSONByte.quote, JSONByte.space]
        return bytes.withUnsafeBufferPointer { buffer in
            var fast = JSONScanner(bytes: buffer, file: "s.json", maxDepth: 8)
            let fastAccepts = (try? fast.skipString()) != nil
            var strict = JSONScanner(bytes: buffer, file: "s.json", maxDepth: 8)
            let strictAccepts = (try? strict.parseString()) != nil
            return (fastAccepts, strictAccepts, fastAccepts ? fast.offset : nil, strictAccepts ? strict.offset : nil)
        }
    }

    private func randomContent(_ pieces: [[UInt8]], brokenEvery: Int, round: Int,
                               using generator: inout SystemRandomNumberGenerator) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 0...40, using: &generator) {
            // Mostly valid pieces, now and then any piece, anywhere (eight-byte word edges included).
            bytes += pieces[Int.random(in: 0..<(round % brokenEvery == 0 ? pieces.count : 4), using: &generator)]
        }
        return bytes
    }

    func testUTF8AgreesWithSwiftsValidation() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [Array("plain text, ".utf8), Array("é".utf8), Array("€".utf8), Array("𝄞".utf8),
                                 [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xFF],
                                 [0xF0, 0x9D], [0xC3]]
        for round in 0..<3000 {
            let content = randomContent(pieces, brokenEvery: 3, round: round, using: &generator)
            let valid = String(validating: content, as: UTF8.self) != nil
            let (fast, strict, end, _) = outcomes(content)
            XCTAssertEqual(fast, valid, "\(content)")
            XCTAssertEqual(strict, valid, "\(content)")
            if valid { XCTAssertEqual(end, content.count + 2, "\(content)") }
        }
    }

    func testEscapesAgreeWithTheStrictReader() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [Array(#"text \n"#.utf8), Array(#"\"\\\/\b\f\r\t"#.utf8), Array(#"\u00e9\u20AC"#.utf8),
                                 Array(#"\uD834\uDD1E"#.utf8),
                                 Array(#"\q"#.utf8), Array(#"\u12G4"#.utf8), Array(#"\uDD1E"#.utf8), Array(#"\uD834"#.utf8),
                                 Array(#"\uD834\u0041"#.utf8), Array(#"\uD834\n"#.utf8), Array(#"\u00"#.utf8), [0x5C, 0xC3, 0xA9],
                                 [0x09], [0x5C]]
        for round in 0..<3000 {
            let content = randomContent(pieces, brokenEvery: 2, round: round, using: &generator)
            let (fast, strict, fastEnd, strictEnd) = outcomes(content)
            XCTAssertEqual(fast, strict, String(decoding: content, as: UTF8.self))
            // A lone backslash can escape the quote meant to close the string: both readers end at the same quote.
            XCTAssertEqual(fastEnd, strictEnd, String(decoding: content, as: UTF8.self))
        }
        XCTAssertEqual(outcomes(Array(#"\uD834\uDD1E"#.utf8)).fast, true)
        XCTAssertEqual(outcomes(Array(#"a \q b"#.utf8)).fast, false)
    }
}
