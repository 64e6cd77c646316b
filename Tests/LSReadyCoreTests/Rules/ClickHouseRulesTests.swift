import XCTest
@testable import LSReadyCore

/// The ClickHouse rules' computations that the examples only touch once:
/// EBS figures at their bounds, the server container, the replica count.
final class ClickHouseRulesTests: XCTestCase {
    private func storageClass(_ provisioner: String, _ parameters: [String: String]) -> KubeStorageClass {
        KubeStorageClass(meta: KubeObjectMeta(kind: "StorageClass", apiVersion: "storage.k8s.io/v1", name: "sc", file: "cluster.yaml"),
                         provisioner: .known(provisioner), parameters: .known(parameters))
    }

    private func performance(_ storageClass: KubeStorageClass, gib: Int64?) -> EBSPerformance? {
        guard case .computed(let figures) = EBSPerformance.of(storageClass, sizeBytes: .known(gib.map { $0 << 30 })) else { return nil }
        return figures
    }

    func testGP2IOPSScaleWithSizeWithinBounds() {
        let gp2 = storageClass("kubernetes.io/aws-ebs", ["type": "gp2"])
        XCTAssertEqual(performance(gp2, gib: 20)?.iops, 100)
        XCTAssertEqual(performance(gp2, gib: 1000)?.iops, 3000)
        XCTAssertEqual(performance(gp2, gib: 10000)?.iops, 16000)
        XCTAssertEqual(performance(gp2, gib: 10000)?.meetsRequirement, false, "gp2 throughput stays at 250 MiB/s")
        XCTAssertNil(performance(gp2, gib: nil), "no size, no gp2 figures")
    }

    func testGP3DefaultsAndExplicitFigures() {
        XCTAssertEqual(performance(storageClass("ebs.csi.aws.com", [:]), gib: 50), EBSPerformance(volumeType: "gp3", iops: 3000, throughput: 125, throughputIsCeiling: false))
        let tuned = performance(storageClass("ebs.csi.aws.com", ["type": "GP3", "IOPS": "7000", "throughput": "1000"]), gib: 50)
        XCTAssertEqual(tuned?.meetsRequirement, true, "type and parameter keys are read case-insensitively")
        XCTAssertNil(performance(storageClass("ebs.csi.aws.com", ["iops": "lots"]), gib: 50))
    }

    func testIOPSPerGBWinsOverIOPSAndThroughputCountsAsMaximum() {
        let io1 = storageClass("ebs.csi.aws.com", ["type": "io1", "iopsPerGB": "10", "iops": "20000"])
        XCTAssertEqual(performance(io1, gib: 500)?.iops, 5000)
        XCTAssertEqual(performance(storageClass("ebs.csi.aws.com", ["type": "io2", "iops": "8000"]), gib: nil)?.meetsRequirement, true)
    }

    func testDiskClassification() {
        XCTAssertEqual(ClickHouseDisk.of(storageClass("disk.csi.azure.com", [:])), .ssd("Azure StandardSSD_LRS"))
        XCTAssertEqual(ClickHouseDisk.of(storageClass("disk.csi.azure.com", ["skuName": "Standard_LRS"])), .hdd("Azure Standard_LRS"))
        XCTAssertEqual(ClickHouseDisk.of(storageClass("pd.csi.storage.gke.io", ["type": "hyperdisk-balanced"])), .ssd("GCE hyperdisk-balanced"))
        XCTAssertEqual(ClickHouseDisk.of(storageClass("kubernetes.io/aws-ebs", [:])), .ssd("EBS gp2"))
        XCTAssertEqual(ClickHouseDisk.of(storageClass("ebs.csi.aws.com", ["type": "sc1"])), .hdd("EBS sc1"))
    }

    func testServerContainerSkipsSidecars() {
        func container(_ name: String) -> KubeContainer { KubeContainer(name: .known(name)) }
        XCTAssertEqual(ClickHouseServerContainer.pick([container("clickhouse-log"), container("clickhouse-pod")])?.name, .known("clickhouse-pod"))
        XCTAssertEqual(ClickHouseServerContainer.pick([container("metrics-exporter"), container("my-clickhouse")])?.name, .known("my-clickhouse"))
        XCTAssertEqual(ClickHouseServerContainer.pick([container("server")])?.name, .known("server"))
        XCTAssertNil(ClickHouseServerContainer.pick([]))
    }

    func testResourceCheckPerDimension() {
        let minimum: (millicores: Int64, bytes: Int64) = (8000, 32 << 30)
        XCTAssertEqual(ClickHouseResourceCheck(cpuRequest: 8000, cpuLimit: nil, memoryRequest: 32 << 30, memoryLimit: nil).status(minimum: minimum), .pass)
        XCTAssertEqual(ClickHouseResourceCheck(cpuRequest: 8000, cpuLimit: 8000, memoryRequest: 16 << 30, memoryLimit: 32 << 30).status(minimum: minimum), .atRisk)
        XCTAssertEqual(ClickHouseResourceCheck(cpuRequest: 2000, cpuLimit: nil, memoryRequest: 32 << 30, memoryLimit: 64 << 30).status(minimum: minimum), .fail,
                       "a missing limit under a low request fails")
    }

    func testReplicaCountTakesThePodsWhenTheLayoutIsExplicit() throws {
        // Explicit shard/replica layouts leave replicasCount at its default 1; the pods show 3 replicas.
        let dump = """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: clickhouse.altinity.com/v1
              kind: ClickHouseInstallation
              metadata: {name: ls}
              spec:
                configuration:
                  clusters:
                  - name: main
                    layout:
                      shards:
                      - replicas: [{}, {}, {}]
            - {apiVersion: v1, kind: Pod, metadata: {name: chi-ls-main-0-0-0}}
            - {apiVersion: v1, kind: Pod, metadata: {name: chi-ls-main-0-1-0}}
            - {apiVersion: v1, kind: Pod, metadata: {name: chi-ls-main-0-2-0}}
            """
        let example = RuleExample("explicit layout", expect: .pass, values: """
            clickhouse:
              external:
                enabled: true
                cluster: main
            """, cluster: dump)
        let finding = try RuleExampleRunner.run(example, of: ClickHouseReplicated())
        XCTAssertEqual(finding.status, .pass, finding.message)
        XCTAssertTrue(finding.message.contains("3 replicas"), finding.message)
    }

    func testCoresRoundDown() {
        XCTAssertEqual(CountWording.cores(47_670), "47.6")
        XCTAssertEqual(CountWording.cores(16_000), "16")
        XCTAssertEqual(CountWording.cores(999), "0.9")
    }
}
