import XCTest
@testable import LSReadyCore

/// The fast path checks a dump's UTF-8 as a whole before copying strings as
/// bytes; the check must agree with Swift's own validation, split across
/// two threads or not.
final class UTF8CheckTests: XCTestCase {
    private func swiftValid(_ bytes: [UInt8]) -> Bool { String(validating: bytes, as: UTF8.self) != nil }

    func testAgreesWithSwiftsValidation() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [Array("plain text, ".utf8), Array("é".utf8), Array("€".utf8), Array("𝄞".utf8),
                                 [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xFF]]
        for round in 0..<2000 {
            var bytes: [UInt8] = []
            let count = Int.random(in: 0...120, using: &generator)
            for _ in 0..<count {
                // Mostly valid pieces; now and then a broken one, anywhere (the split point included).
                let piece = pieces[Int.random(in: 0..<(round % 3 == 0 ? pieces.count : 4), using: &generator)]
                bytes += piece
            }
            let expected = swiftValid(bytes)
            bytes.withUnsafeBufferPointer { buffer in
                XCTAssertEqual(UTF8Check.isValid(buffer), expected, "\(bytes)")
                XCTAssertEqual(UTF8Check.isValid(buffer, threshold: 0), expected, "two threads: \(bytes)")
            }
        }
    }
}
