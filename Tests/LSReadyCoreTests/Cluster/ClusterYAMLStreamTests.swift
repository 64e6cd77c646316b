import Foundation
import LSReadyGen
import TestSupport
import XCTest
@testable import LSReadyCore

/// The streamed YAML path (`ClusterEvidenceReader.addStreamedYAML`) must give
/// exactly the inventory of the strict reader (every document loaded with
/// Helm's resolution) plus `ClusterInventory.build(from:)`: same objects,
/// facts, warnings, locations and order; and must decline every file the
/// strict reader rejects, so that `addYAML` reports the strict reader's error.
final class ClusterYAMLStreamTests: XCTestCase {
    private func assertSameInventory(_ bytes: [UInt8], name: String, streams: Bool? = nil, limits: ReaderLimits = .standard,
                                     file: StaticString = #filePath, line: UInt = #line) {
        YAMLStreamAssertions.assertSameInventory(bytes, name: name, streams: streams, limits: limits, file: file, line: line)
    }

    private func streamedInventory(_ bytes: [UInt8], file: String, requireObject: Bool = false) -> ClusterInventory? {
        YAMLStreamAssertions.streamedInventory(bytes, file: file, requireObject: requireObject)
    }

    // MARK: Fixtures and generated dumps

    func testEveryYAMLFixtureGivesTheSameInventory() throws {
        let root = ProjectPaths.fixtures
        let enumerator = try XCTUnwrap(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var count = 0
        for case let url as URL in enumerator where ["yaml", "yml"].contains(url.pathExtension) {
            count += 1
            try assertSameInventory([UInt8](Data(contentsOf: url)), name: url.lastPathComponent)
        }
        XCTAssertGreaterThan(count, 20)
        // The cluster dumps among them are streamed.
        for path in ["scenarios/eks-without-ebs-csi/cluster.yaml", "scenarios/diagnostics-bundle/langsmith-diagnostics/resources_details.yaml"] {
            let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent(path)))
            XCTAssertNotNil(streamedInventory(bytes, file: path, requireObject: true), path)
        }
    }

    /// The yaml-test-suite's inputs: the streaming reader must never accept
    /// what the strict reader rejects, nor read anything differently.
    func testYAMLTestSuiteInputsAreReadAlike() throws {
        let override = ProcessInfo.processInfo.environment["LSREADY_SHARED"].map { URL(fileURLWithPath: $0).appendingPathComponent("yaml-test-suite") }
        guard let suite = override ?? ProjectPaths.shared("yaml-test-suite", for: "yaml-test-suite") else { return }
        for id in try FileManager.default.contentsOfDirectory(atPath: suite.path).sorted() {
            guard let yaml = FileManager.default.contents(atPath: suite.appendingPathComponent(id).appendingPathComponent("in.yaml").path) else { continue }
            assertSameInventory(Array(yaml), name: "\(id).yaml")
        }
    }

    func testGeneratedDumpsAreStreamed() throws {
        for generator in [ClusterDumpGenerator(pods: 120, nodes: 6, seed: 7), {
            var namespace = ClusterDumpGenerator(pods: 40, nodes: 5, seed: 2)
            namespace.namespaceOnly = true
            return namespace
        }()] {
            let bytes = generator.generate(format: .yaml)
            assertSameInventory(bytes, name: "dump.yaml", streams: true)
            var reader = ClusterEvidenceReader()
            try reader.addYAML(bytes, file: "dump.yaml")
            XCTAssertEqual(reader.strictReads, 0, "the generated dump was read by the strict reader")
            XCTAssertEqual(reader.yamlObjectsLoadedWhole, 0, "objects of the generated dump were loaded unfiltered")
            XCTAssertGreaterThan(reader.inventory.pods.count, 10)
            // The same content as JSON gives the same objects (locations differ).
            var json = ClusterEvidenceReader()
            XCTAssertTrue(try json.addJSON(generator.generate(format: .json), file: "dump.json"))
            XCTAssertEqual(reader.inventory.pods.map(\.meta.name), json.inventory.pods.map(\.meta.name))
            XCTAssertEqual(reader.inventory.skippedKinds, json.inventory.skippedKinds)
        }
    }

    /// The same objects as a stream of documents (`---` between them, as
    /// manifests and concatenated `kubectl get` outputs are) stream too.
    func testGeneratedDocumentStreamIsStreamed() throws {
        let list = String(decoding: ClusterDumpGenerator(pods: 60, nodes: 4, seed: 5).generate(format: .yaml), as: UTF8.self)
        var stream = "# objects, one a document\n"
        var inItems = false
        for line in list.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "items:" { inItems = true; continue }
            if inItems && !line.hasPrefix("- ") && !line.hasPrefix("  ") { inItems = false }
            guard inItems else { continue }
            stream += line.hasPrefix("- ") ? "---\n" + line.dropFirst(2) + "\n" : line.dropFirst(2) + "\n"
        }
        let bytes = Array(stream.utf8)
        assertSameInventory(bytes, name: "stream.yaml", streams: true)
        var reader = ClusterEvidenceReader()
        try reader.addYAML(bytes, file: "stream.yaml")
        XCTAssertEqual(reader.strictReads, 0)
        XCTAssertEqual(reader.yamlObjectsLoadedWhole, 0)
        XCTAssertGreaterThan(reader.inventory.pods.count, 50)
    }

    /// A dump over the old per-file count of 2,000,000 values streams: the
    /// count applies to each item. Small items keep the test quick.
    func testDumpOverThePerFileValueCountStreams() throws {
        func dump(_ items: Int) -> [UInt8] {
            var text = "apiVersion: v1\nitems:\n"
            text.reserveCapacity(items * 36 + 100)
            for _ in 0..<items { text += "- apiVersion: v1\n  kind: ConfigMap\n" }
            text += "kind: List\nmetadata:\n  resourceVersion: \"\"\n"
            return Array(text.utf8)
        }
        // Each item is 11 tokens (entry, mapping start and end, two keys, values and ':'),
        // which the strict reader counts against the file's limit.
        var small = ReaderLimits.standard
        small.maxNodes = 11 * 100
        XCTAssertThrowsError(try YAMLReader.parseStream(dump(100), file: "dump.yaml", limits: small)) { error in
            XCTAssertEqual((error as? InputError)?.kind, .sizeLimit)
        }
        let items = 190_000
        XCTAssertGreaterThan(items * 11, ReaderLimits.standard.maxNodes)
        let bytes = dump(items)
        var reader = ClusterEvidenceReader()
        XCTAssertTrue(bytes.withUnsafeBufferPointer { reader.addStreamedYAML($0, file: "dump.yaml") })
        XCTAssertEqual(reader.yamlObjectsLoadedWhole, 0)
        XCTAssertEqual(reader.inventory.skippedKinds["ConfigMap"], items)
        XCTAssertEqual(reader.itemsRead, items)
    }

    /// A streamed dump may exceed the size of one file; what is not a dump
    /// (no object), or an object over that size, is left to the strict
    /// reader, which rejects the file for its size as before.
    func testOnlyDumpsMayExceedTheSizeOfOneFile() {
        var limits = ReaderLimits.standard
        limits.maxInputBytes = 200
        func streams(_ text: String) -> Bool {
            var reader = ClusterEvidenceReader()
            return Array(text.utf8).withUnsafeBufferPointer { reader.addStreamedYAML($0, file: "dump.yaml", limits: limits) }
        }
        let nodes = (0..<10).map { "- apiVersion: v1\n  kind: Node\n  metadata: {name: n\($0)}\n" }.joined()
        XCTAssertTrue(streams("apiVersion: v1\nitems:\n" + nodes + "kind: List\n"))
        XCTAssertTrue(streams((0..<10).map { "---\napiVersion: v1\nkind: Node\nmetadata: {name: n\($0)}\n" }.joined()))
        XCTAssertFalse(streams((0..<10).map { "---\nconfig:\n  key\($0): value\n" }.joined()))
        XCTAssertFalse(streams("apiVersion: v1\nitems:\n" + nodes + "kind: List\nmetadata:\n  annotations:\n    a: " + String(repeating: "x", count: 200) + "\n"))
    }

    /// Per-item limits still apply, and the strict reader then has the last word.
    func testItemLimitsStillApply() {
        let label = String(repeating: "x", count: 50)
        let dump = "apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: p\n    labels:\n      a: \(label)\nkind: List\n"
        var limits = ReaderLimits.standard
        limits.maxScalarBytes = 10
        assertSameInventory(Array(dump.utf8), name: "dump.yaml", streams: false, limits: limits)
        limits = .standard
        // List, items, Pod, metadata, labels, and the label's value (the loader counts scalars too).
        limits.maxDepth = 5
        assertSameInventory(Array(dump.utf8), name: "dump.yaml", streams: false, limits: limits)
        limits.maxDepth = 6
        assertSameInventory(Array(dump.utf8), name: "dump.yaml", streams: true, limits: limits)
    }
}
