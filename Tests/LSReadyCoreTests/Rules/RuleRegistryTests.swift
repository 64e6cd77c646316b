import XCTest
import LSReadyCore
import TestSupport

final class RuleRegistryTests: XCTestCase {
    /// Every rule id of CATALOG.md, in catalog order: the public contract.
    static let catalogIDs = [
        "redis.external", "redis.runs-expiry", "redis.memory-sizing", "redis.dedicated", "redis.monitoring",
        "postgres.external", "postgres.storage", "postgres.backups", "postgres.connections", "postgres.monitoring",
        "postgres.operations",
        "clickhouse.replicated", "clickhouse.replica-guardrail", "clickhouse.resources", "clickhouse.persistence",
        "clickhouse.ssd-storage", "clickhouse.storage-performance", "clickhouse.volume-expansion",
        "clickhouse.ebs-csi-driver", "clickhouse.default-storageclass", "clickhouse.pvc-bound", "clickhouse.pods-ready",
        "clickhouse.migrations", "clickhouse.access-control", "clickhouse.monitoring",
        "blob.enabled", "blob.configured", "blob.credentials", "blob.lifecycle-ttl", "blob.connectivity",
        "autoscaling.hpa", "autoscaling.resource-requests", "autoscaling.hpa-metrics", "autoscaling.keda-exclusive",
        "autoscaling.load-tested", "autoscaling.keda-operations",
        "scaling.write-path-capacity", "scaling.mental-model",
        "network.max-body-size", "network.proxy-timeouts", "network.ingress-controller", "network.blob-endpoint-access",
        "network.service-latency",
        "ops.monitoring", "ops.alerting", "ops.tenant-limits",
        "levers.async-insert-wait", "levers.timeouts",
        "diagnostics.log-collection", "diagnostics.clickhouse-system-tables", "diagnostics.har-capture",
        "diagnostics.backup-restore",
        "failure-modes.triage", "health.crashloop", "health.oomkilled", "health.unschedulable",
        "security.plaintext-secrets", "security.default-credentials", "security.tls", "security.waf", "security.auth",
        "security.cors", "security.private-exposure",
        "capacity.cluster-minimum", "capacity.clickhouse-nodes", "capacity.metrics-server",
        "values.types", "values.unknown-keys", "values.legacy-keys",
    ]

    func testRegistryIsTheCatalogInOrder() {
        XCTAssertEqual(RuleRegistry.all.map(\.metadata.id), Self.catalogIDs)
    }

    func testIDsAreUniqueAndWellFormed() {
        let ids = RuleRegistry.all.map(\.metadata.id)
        XCTAssertEqual(Set(ids).count, ids.count)
        for id in ids {
            let parts = id.split(separator: ".", omittingEmptySubsequences: false)
            XCTAssertEqual(parts.count, 2, id)
            for part in parts {
                XCTAssertFalse(part.isEmpty, id)
                XCTAssertTrue(part.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }, id)
                XCTAssertFalse(part.hasPrefix("-") || part.hasSuffix("-"), id)
            }
        }
    }

    func testEveryRuleHasPassingAndFailingExamplesAndWording() {
        for rule in RuleRegistry.all {
            let metadata = rule.metadata
            XCTAssertTrue(metadata.examples.contains { $0.expected == .pass }, "\(metadata.id) has no passing example")
            XCTAssertTrue(metadata.examples.contains { $0.expected != .pass && $0.expected != .notApplicable },
                          "\(metadata.id) has no failing example")
            XCTAssertFalse(metadata.summary.isEmpty || metadata.rationale.isEmpty || metadata.remediation.isEmpty, metadata.id)
        }
    }

    func testSectionsMatchTheIDPrefix() {
        let prefixes: [Section: [String]] = [
            .redis: ["redis"], .postgres: ["postgres"], .clickhouse: ["clickhouse"], .blobStorage: ["blob"],
            .autoscaling: ["autoscaling"], .scalingModel: ["scaling"], .networking: ["network"], .operations: ["ops"],
            .performanceLevers: ["levers"], .diagnostics: ["diagnostics"], .failureModes: ["failure-modes", "health"],
            .security: ["security"], .capacity: ["capacity"], .valuesHygiene: ["values"],
        ]
        for rule in RuleRegistry.all {
            let prefix = String(rule.metadata.id.split(separator: ".")[0])
            XCTAssertTrue(prefixes[rule.metadata.section]?.contains(prefix) ?? false, rule.metadata.id)
        }
    }

    /// Every `struct X: Rule` under Sources/LSReadyCore/Rules is registered exactly once.
    func testEveryRuleFileIsRegistered() throws {
        let rulesFolder = ProjectPaths.root.appendingPathComponent("Sources/LSReadyCore/Rules")
        var declared: [String] = []
        let enumerator = FileManager.default.enumerator(at: rulesFolder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("struct ") && line.contains(": Rule {") {
                let name = line.dropFirst("struct ".count).prefix { $0 != ":" }
                declared.append(String(name))
                XCTAssertEqual(url.deletingPathExtension().lastPathComponent, String(name), "one rule per file, named after it")
            }
        }
        let registered = RuleRegistry.all.map { String(describing: type(of: $0)) }
        XCTAssertEqual(declared.sorted(), registered.sorted())
    }
}
