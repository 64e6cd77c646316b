import XCTest
@testable import LSReadyCore

/// A dump streamed into the inventory is not held whole, so the per-file
/// value count of a single document does not apply to it (a whole cluster's
/// dump keeps millions of values); it did, through the scanner's own limits.
final class ClusterStreamedLimitsTests: XCTestCase {
    func testStreamedDumpIgnoresThePerFileValueCount() throws {
        let pods = (0..<50).map { index in
            #"{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p\#(index)", "namespace": "n", "labels": {"a": "b"}}, "status": {"phase": "Running"}}"#
        }
        let dump = #"{"apiVersion": "v1", "kind": "List", "items": ["# + pods.joined(separator: ",") + "]}"
        var limits = ReaderLimits.standard
        limits.maxNodes = 20
        var reader = ClusterEvidenceReader()
        XCTAssertTrue(try reader.addJSON(Array(dump.utf8), file: "dump.json", limits: limits))
        XCTAssertEqual(reader.inventory.pods.count, 50)
        XCTAssertThrowsError(try JSONReader.parse(Array(dump.utf8), file: "dump.json", limits: limits),
                             "a document read whole still has the limit")
    }

    /// The streaming reader applies the limits it is given (depth, scalar size),
    /// not the scanner's defaults.
    func testStreamedDumpKeepsTheGivenScalarLimit() {
        let label = String(repeating: "x", count: 50)
        let dump = #"{"apiVersion": "v1", "kind": "List", "items": [{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "labels": {"a": "\#(label)"}}}]}"#
        var limits = ReaderLimits.standard
        limits.maxScalarBytes = 10
        var reader = ClusterEvidenceReader()
        XCTAssertThrowsError(try reader.addJSON(Array(dump.utf8), file: "dump.json", limits: limits)) { error in
            XCTAssertEqual((error as? InputError)?.kind, .sizeLimit)
        }
    }
}
