import XCTest
@testable import LSReadyCore

final class ClusterQuantityTests: XCTestCase {
    func testCPUMillicores() {
        let cases: [(String, Int64?)] = [
            ("8", 8000), ("8000m", 8000), ("3500m", 3500), ("0.5", 500), ("0.1", 100), (".5", 500), ("1e3", 1_000_000),
            ("1E3", 1_000_000), ("2.5e-1", 250), ("+2", 2000), ("100u", 1), ("1n", 1), ("1k", 1_000_000), ("0", 0),
            ("15890m", 15890), ("0.0001", 1),
            ("-1", nil), ("abc", nil), ("", nil), ("1.2.3", nil), ("8 ", nil), (" 8", nil), ("1e", nil), ("e3", nil),
            ("1Gb", nil), ("m", nil), (".", nil), ("1e999", nil), ("9223372036854775807", nil),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(KubernetesQuantity.millicores(text), expected, text)
        }
    }

    func testMemoryBytes() {
        let gi: Int64 = 1 << 30
        let cases: [(String, Int64?)] = [
            ("32Gi", 32 * gi), ("512Mi", 512 << 20), ("1Ki", 1024), ("1Ti", 1 << 40), ("1Pi", 1 << 50), ("1Ei", 1 << 60),
            ("1G", 1_000_000_000), ("1M", 1_000_000), ("1k", 1000), ("1T", 1_000_000_000_000), ("1P", 1_000_000_000_000_000),
            ("1E", 1_000_000_000_000_000_000), ("1e9", 1_000_000_000), ("1.5Gi", gi + gi / 2), ("1073741824", gi),
            ("63193304Ki", 63193304 * 1024), ("128974848000m", 128_974_848), ("0.5", 1), ("1000Mi", 1000 << 20),
            ("-4Gi", nil), ("1K", nil), ("1gi", nil), ("Gi", nil), ("1Gi ", nil), ("32 Gi", nil), ("8Ei", nil), ("lots", nil),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(KubernetesQuantity.bytes(text), expected, text)
        }
    }

    /// The whole-number fast path must agree with the full (Decimal) parser wherever it answers.
    func testWholeAmountsMatchTheFullParser() {
        let suffixes = ["", "m", "k", "M", "G", "T", "Ki", "Mi", "Gi", "Ti", "K", "mi", "Pi", "E", "u", "e3", ".5", " ", "+", "Gib"]
        let numbers = ["0", "1", "7", "999", "1000", "1023", "1024", "3500", "000012", "123456789012345", "1234567890123456",
                       "9223372036854775807", "8796093022208", "", "+1", "-1", "1.", "0.5"]
        var answered = 0
        for number in numbers {
            for suffix in suffixes {
                let text = number + suffix
                for inMillicores in [true, false] {
                    guard let fast = KubernetesQuantity.wholeAmount(text, inMillicores: inMillicores) else { continue }
                    answered += 1
                    let full = KubernetesQuantity(text).flatMap { inMillicores ? $0.millicores : $0.bytes }
                    XCTAssertEqual(fast, full, "\(text) in \(inMillicores ? "millicores" : "bytes")")
                }
            }
        }
        XCTAssertGreaterThan(answered, 100)
    }

    func testTrimmingWhitespace() {
        let cases = [("  12 \t", "12"), ("\t", ""), ("", ""), (" a b ", "a b"), (" \u{301}x ", " \u{301}x"), ("\n1\n", "\n1\n"), ("x", "x")]
        for (text, expected) in cases {
            XCTAssertEqual(text.trimmingWhitespace, expected, text.debugDescription)
        }
    }

    func testNumbersReadAsQuantities() {
        XCTAssertEqual(KubernetesQuantity(number: 2)?.millicores, 2000)
        XCTAssertEqual(KubernetesQuantity(number: 0.25)?.millicores, 250)
        XCTAssertEqual(KubernetesQuantity(number: 1e9)?.bytes, 1_000_000_000)
        XCTAssertNil(KubernetesQuantity(number: -1))
        XCTAssertNil(KubernetesQuantity(number: .infinity))
    }

    func testNginxSizes() {
        XCTAssertEqual(NginxSize("25M"), .bytes(25 << 20))
        XCTAssertEqual(NginxSize("100m"), .bytes(100 << 20))
        XCTAssertEqual(NginxSize("1m"), .bytes(1 << 20))
        XCTAssertEqual(NginxSize("8k"), .bytes(8192))
        XCTAssertEqual(NginxSize("8K"), .bytes(8192))
        XCTAssertEqual(NginxSize("1g"), .bytes(1 << 30))
        XCTAssertEqual(NginxSize("2G"), .bytes(2 << 30))
        XCTAssertEqual(NginxSize("1048576"), .bytes(1 << 20))
        XCTAssertEqual(NginxSize("0"), .unlimited)
        XCTAssertEqual(NginxSize("0m"), .unlimited)
        XCTAssertEqual(NginxSize(" 25M "), .bytes(25 << 20))
        for invalid in ["", "M", "1.5m", "-1m", "25Mi", "25MB", "1t", "abc", "99999999999999999999"] {
            XCTAssertNil(NginxSize(invalid), invalid)
        }
        XCTAssertEqual(NginxSize(number: 0), .unlimited)
        XCTAssertEqual(NginxSize(number: 1024), .bytes(1024))
        XCTAssertNil(NginxSize(number: 1.5))
    }

    func testNginxSizeOrderAndAdmission() {
        XCTAssertTrue(NginxSize("1m")! < NginxSize("25M")!)
        XCTAssertTrue(NginxSize("25M")! < .unlimited)
        XCTAssertFalse(NginxSize.unlimited < NginxSize("1g")!)
        XCTAssertTrue(NginxSize.unlimited.admits(Int64.max))
        XCTAssertTrue(NginxSize("25M")!.admits(25 << 20))
        XCTAssertFalse(NginxSize("1m")!.admits(25 << 20))
        XCTAssertEqual(NginxSize("25M")!.description, "25Mi")
        XCTAssertEqual(NginxSize.unlimited.description, "unlimited")
    }

    func testNginxDurations() {
        let cases: [(String, Double?)] = [
            ("60", 60), ("60s", 60), ("5m", 300), ("1h", 3600), ("1d", 86400), ("1w", 604_800), ("1m30s", 90),
            ("500ms", 0.5), ("1h5m", 3900), ("0", 0), (" 300 ", 300),
            ("", nil), ("-5", nil), ("1.5s", nil), ("5M", nil), ("1y", nil), ("30s1m", nil), ("1m1m", nil), ("s", nil), ("abc", nil),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(NginxDuration.seconds(text), expected, text)
        }
        XCTAssertEqual(NginxDuration.seconds(number: 300), 300)
        XCTAssertNil(NginxDuration.seconds(number: -1))
    }

    func testFormatter() {
        XCTAssertEqual(QuantityFormatter.bytes(32 << 30), "32Gi")
        XCTAssertEqual(QuantityFormatter.bytes(512 << 20), "512Mi")
        XCTAssertEqual(QuantityFormatter.bytes((1 << 30) + (1 << 29)), "1.5Gi")
        XCTAssertEqual(QuantityFormatter.bytes(63193304 * 1024), "60.2Gi")
        XCTAssertEqual(QuantityFormatter.bytes(1000), "1000")
        XCTAssertEqual(QuantityFormatter.bytes(1024), "1Ki")
        XCTAssertEqual(QuantityFormatter.bytes(0), "0")
        XCTAssertEqual(QuantityFormatter.bytes(Int64.max), "7.9Ei")
        XCTAssertEqual(QuantityFormatter.bytes(-2048), "-2Ki")
        XCTAssertEqual(QuantityFormatter.cpu(millicores: 8000), "8")
        XCTAssertEqual(QuantityFormatter.cpu(millicores: 3500), "3500m")
        XCTAssertEqual(QuantityFormatter.cpu(millicores: 0), "0")
    }
}
