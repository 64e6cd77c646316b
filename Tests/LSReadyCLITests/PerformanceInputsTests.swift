import Foundation
import LSReadyGen
import TestSupport
import XCTest
@testable import LSReadyCLI
import LSReadyCore

/// The audit's fast input path (`InputGatherer(buildsClusterInventory:)`)
/// must not change any finding: every scenario and a generated dump of the
/// benchmark (small scale) are audited both ways, and the generated dump's
/// findings are checked. Behaviour only, never time.
final class PerformanceInputsTests: XCTestCase {
    private func reports(_ arguments: [InputArgument], in directory: URL,
                         options: AuditOptions = AuditOptions()) throws -> (fast: Report, strict: Report, inventory: ClusterInventory?) {
        let (context, _, _) = CommandHarness(in: directory).context
        let fast = try InputGatherer(context: context, buildsClusterInventory: true).gather(arguments)
        let strict = try InputGatherer(context: context).gather(arguments)
        func values(_ gathered: GatheredInputs) throws -> Node? {
            gathered.valuesFiles.isEmpty ? nil
                : try ValuesComputation.values(files: gathered.valuesFiles.map(\.values), setExpressions: [], chartDefaults: nil)
        }
        let documents = strict.clusterFiles.isEmpty ? nil : strict.clusterFiles.flatMap { file in
            file.documents.map { ClusterDocument(file: file.path, node: $0) }
        }
        let decisions = Decisions(today: "2026-11-29")
        let fastReport = AuditPipeline.run(userValues: try values(fast), clusterInventory: fast.clusterInventory,
                                           options: options, decisions: decisions)
        let strictReport = AuditPipeline.run(userValues: try values(strict), clusterDocuments: documents,
                                             options: options, decisions: decisions)
        XCTAssertEqual(fast.inputs, strict.inputs)
        XCTAssertEqual(fast.valuesFiles, strict.valuesFiles)
        XCTAssertEqual(fast.clusterInventory, documents.map { ClusterInventory.build(from: $0) })
        return (fastReport, strictReport, fast.clusterInventory)
    }

    func testScenariosGiveTheSameReportBothWays() throws {
        let scenarios = ProjectPaths.fixtures.appendingPathComponent("scenarios")
        for name in try FileManager.default.contentsOfDirectory(atPath: scenarios.path).sorted() {
            let directory = scenarios.appendingPathComponent(name)
            let paths = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0 != "args" && !$0.hasPrefix("expected") && !$0.hasPrefix(".") }.sorted()
            let (fast, strict, _) = try reports(paths.map { .path($0) }, in: directory)
            XCTAssertEqual(fast, strict, "scenario \(name)")
        }
    }

    func testGeneratedDumpIsAuditedAlike() throws {
        let directory = try TemporaryDirectory()
        let generator = ClusterDumpGenerator(pods: 400, nodes: 15, seed: 3)
        try directory.write("values.yaml", GeneratedValues.yaml)
        try directory.write("dump.json", String(decoding: generator.generate(format: .json), as: UTF8.self))
        try directory.write("dump.yaml", String(decoding: generator.generate(format: .yaml), as: UTF8.self))
        for dump in ["dump.json", "dump.yaml"] {
            let (fast, strict, inventory) = try reports([.values("values.yaml"), .cluster(dump)], in: directory.url)
            XCTAssertEqual(fast, strict, dump)
            let objects = try XCTUnwrap(inventory)
            XCTAssertEqual(objects.pods.count, 400, dump)
            XCTAssertEqual(objects.nodes.count, 15, dump)
            XCTAssertEqual(objects.storageClasses.map(\.meta.name), ["gp3", "gp2"], dump)
            XCTAssertEqual(objects.langSmithWorkload("queue").pods.count, 3, dump)
            XCTAssertEqual(objects.langSmithWorkload("queue").horizontalPodAutoscalers.count, 1, dump)
            XCTAssertEqual(objects.langSmithWorkload("ingest-queue").deployments.map(\.meta.name), ["langsmith-ingest-queue"], dump)
            // One queue pod crash-loops after an OOM kill; the chart label gives the version; the nodes say EKS.
            let oomKilled = objects.pods.filter { $0.containerStatuses.value?.contains { $0.wasOOMKilled == .known(true) } == true }
            XCTAssertEqual(oomKilled.filter { $0.meta.namespace == "langsmith" }.map(\.meta.name.count), ["langsmith-queue-".count + 16], dump)
            XCTAssertEqual(fast.platform, .eks, dump)
            XCTAssertEqual(fast.chartVersion, "0.16.11", dump)
            XCTAssertTrue(objects.warnings.isEmpty, "\(dump): \(objects.warnings.prefix(3))")
        }
    }
}
