import Foundation
import LSReadyGen
import TestSupport
import XCTest
@testable import LSReadyCore

/// `LangSmithWorkloadIndex` must find exactly what `langSmithWorkload`'s
/// straightforward filter finds: the same objects in the same order, for any
/// service and set of known names; and the model built with it must hold the
/// objects the filter gives.
final class LangSmithWorkloadIndexTests: XCTestCase {
    /// Services to ask for: the chart's, renamed ones, odd ones, and endings of the inventory's own names.
    private func services(in inventory: ClusterInventory) -> [String] {
        var services = LangSmithServiceNames.defaults + [
            "worker", "fast-queue", "langsmith-queue", "queue-", "-queue", "", "q", "qu\u{E9}ue", "que\u{301}ue", "\u{212A}", "K", "x;",
        ]
        let texts = inventory.pods.map { $0.meta.labels.value?[LangSmithServiceNames.componentLabel] ?? PodOwnership.workloadName(of: $0) }
            + inventory.deployments.map(\.meta.name) + inventory.statefulSets.map(\.meta.name)
        var seen = Set(services)
        for text in texts {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            for count in 1...min(3, parts.count) {
                let ending = parts.suffix(count).joined(separator: "-")
                if seen.insert(ending).inserted { services.append(ending) }
            }
            if services.count > 80 { break }
        }
        return services
    }

    private let nameSets = [
        LangSmithServiceNames(),
        LangSmithServiceNames(known: LangSmithServiceNames.defaults + ["fast-queue", "worker", "qu\u{E9}ue", "\u{212A}", "b-c"]),
        LangSmithServiceNames(known: []),
    ]

    private func assertSameWorkloads(_ inventory: ClusterInventory, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        let index = LangSmithWorkloadIndex(inventory)
        var found = 0
        for names in nameSets {
            for service in services(in: inventory) {
                let expected = inventory.langSmithWorkload(service, names: names)
                let workload = index.workload(service, names: names)
                found += expected.pods.count
                let identities = { (workload: LangSmithWorkload) in
                    [workload.deployments.map(\.meta), workload.statefulSets.map(\.meta), workload.pods.map(\.meta),
                     workload.horizontalPodAutoscalers.map(\.meta), workload.scaledObjects.map(\.meta)].map { $0.map(\.identity) }
                }
                XCTAssertEqual(identities(workload), identities(expected), "\(label) \(service)", file: file, line: line)
                // The whole objects, only when the names agree (a difference prints every object).
                if identities(workload) == identities(expected) {
                    XCTAssertTrue(workload == expected, "\(label) \(service)", file: file, line: line)
                }
                XCTAssertEqual(inventory.clickHouseObjects(chart: workload), inventory.clickHouseObjects(serviceName: service, names: names),
                               "\(label) \(service)", file: file, line: line)
            }
        }
        XCTAssertGreaterThan(found, 0, "\(label): no service matched any pod", file: file, line: line)
    }

    func testFixturesAndScenarios() throws {
        for name in ["aks-altinity-keda.json", "broken-health.json", "malformed.json", "production-eks.json"] {
            assertSameWorkloads(try ClusterFixtures.inventory(name), name)
        }
        for (scenario, inventory) in try scenarioInventories() {
            assertSameWorkloads(inventory, scenario)
        }
    }

    func testGeneratedDumps() throws {
        for (pods, seed) in [(300, UInt64(1)), (700, 42)] {
            let bytes = ClusterDumpGenerator(pods: pods, nodes: 10, seed: seed).generate(format: .json)
            assertSameWorkloads(try inventory(bytes, file: "dump.json"), "generated \(pods) pods, seed \(seed)")
        }
        var namespace = ClusterDumpGenerator(pods: 40, nodes: 5, seed: 9)
        namespace.namespaceOnly = true
        assertSameWorkloads(try inventory(namespace.generate(format: .json), file: "namespace.json"), "namespace dump")
    }

    /// Random names built from service names, dashes, hashes and non-ASCII
    /// look-alikes; owners of every kind; labels or none; duplicates.
    func testRandomInventories() throws {
        for seed in UInt64(1)...12 {
            assertSameWorkloads(try randomInventory(seed: seed), "random seed \(seed)")
        }
    }

    /// The model asks the index; each of its observed objects must be the filter's.
    func testModelHoldsTheFiltersObjects() throws {
        var cases = try scenarioInventories().map { ($0.name, $0.inventory, try? values(ProjectPaths.fixtures.appendingPathComponent("scenarios/\($0.name)/values.yaml"))) }
        let generated = try inventory(ClusterDumpGenerator(pods: 300, nodes: 10, seed: 5).generate(format: .json), file: "dump.json")
        cases.append(("generated", generated, try YAMLLoader.loadValuesFile(Array(GeneratedValues.yaml.utf8), file: "values.yaml")))
        let renamed = """
            queue: {name: worker}
            redis: {name: cache}
            clickhouse: {name: chdb}
            """
        cases.append(("renamed", try randomInventory(seed: 3), try YAMLLoader.loadValuesFile(Array(renamed.utf8), file: "values.yaml")))
        for seed in UInt64(20)...24 {
            cases.append(("random \(seed)", try randomInventory(seed: seed), nil))
        }
        for (label, inventory, values) in cases {
            let model = DeploymentModelBuilder.build(userValues: values, cluster: inventory, options: AuditOptions())
            let names = model.serviceNames
            func filtered(_ name: Setting<String>, _ defaultName: String) -> LangSmithWorkload {
                inventory.langSmithWorkload(name.value.isEmpty ? defaultName : name.value, names: names)
            }
            for service in model.services {
                let expected = filtered(service.name, service.service.defaultName)
                XCTAssertEqual(service.deployments, expected.deployments, "\(label) \(service.valueKey)")
                XCTAssertEqual(service.pods, expected.pods, "\(label) \(service.valueKey)")
                XCTAssertEqual(service.autoscalers, expected.horizontalPodAutoscalers, "\(label) \(service.valueKey)")
                XCTAssertEqual(service.scaledObjects, expected.scaledObjects, "\(label) \(service.valueKey)")
            }
            let redis = filtered(model.redis.name, "redis"), postgres = filtered(model.postgres.name, "postgres")
            XCTAssertEqual(model.redis.observedPods, redis.pods, label)
            XCTAssertEqual(model.redis.observedStatefulSet, redis.statefulSets.first, label)
            XCTAssertEqual(model.postgres.observedPods, postgres.pods, label)
            XCTAssertEqual(model.postgres.observedStatefulSet, postgres.statefulSets.first, label)
            let clickhouse = inventory.clickHouseObjects(serviceName: model.clickhouse.name.value.isEmpty ? "clickhouse" : model.clickhouse.name.value, names: names)
            XCTAssertEqual(model.clickhouse.pods, clickhouse.pods, label)
            XCTAssertEqual(model.clickhouse.statefulSets, clickhouse.statefulSets, label)
            XCTAssertEqual(model.clickhouse.claims, clickhouse.persistentVolumeClaims, label)
            XCTAssertEqual(model.health.pods.map(\.meta.identity), referenceHealthPods(model).map(\.meta.identity), label)
            XCTAssertEqual(model.health.pods, referenceHealthPods(model), label)
        }
    }

    /// The failure-mode rules' pods as they were computed before the model stored them.
    private func referenceHealthPods(_ model: DeploymentModel) -> [KubePod] {
        var names = LangSmithServiceNames.defaults
        let renamed = model.services.map(\.name.value) + [model.redis.name.value, model.postgres.name.value, model.clickhouse.name.value]
        for name in renamed where !name.isEmpty && !names.contains(name) { names.append(name) }
        let known = LangSmithServiceNames(known: names)
        let datastorePods = [model.redis.name.value.isEmpty ? "redis" : model.redis.name.value,
                             model.postgres.name.value.isEmpty ? "postgres" : model.postgres.name.value]
            .flatMap { model.inventory.langSmithWorkload($0, names: known).pods }
        var seen = Set<String>()
        return (model.services.flatMap(\.pods) + model.clickhouse.pods + datastorePods).filter {
            seen.insert(($0.meta.namespace ?? "") + "/" + $0.meta.name).inserted
        }
    }

    // MARK: - Inputs

    private func inventory(_ bytes: [UInt8], file: String) throws -> ClusterInventory {
        let documents = try JSONReader.parseSequence(bytes, file: file).filter { !$0.isNull }
        return ClusterInventory.build(from: documents.map { ClusterDocument(file: file, node: $0) })
    }

    private func values(_ url: URL) throws -> Node {
        try YAMLLoader.loadValuesFile([UInt8](Data(contentsOf: url)), file: "values.yaml")
    }

    /// Every scenario's cluster dump (JSON or YAML).
    private func scenarioInventories() throws -> [(name: String, inventory: ClusterInventory)] {
        let scenarios = ProjectPaths.fixtures.appendingPathComponent("scenarios")
        var found: [(String, ClusterInventory)] = []
        for scenario in try FileManager.default.contentsOfDirectory(atPath: scenarios.path).sorted() {
            let directory = scenarios.appendingPathComponent(scenario)
            if let bytes = try? [UInt8](Data(contentsOf: directory.appendingPathComponent("cluster.json"))) {
                found.append((scenario, try inventory(bytes, file: "cluster.json")))
            } else if let bytes = try? [UInt8](Data(contentsOf: directory.appendingPathComponent("cluster.yaml"))) {
                let documents = try YAMLReader.parseStream(bytes, file: "cluster.yaml").map {
                    ClusterDocument(file: "cluster.yaml", node: try YAMLLoader.load($0, schema: .helm))
                }
                found.append((scenario, ClusterInventory.build(from: documents)))
            }
        }
        XCTAssertGreaterThanOrEqual(found.count, 4)
        return found
    }

    private func randomInventory(seed: UInt64) throws -> ClusterInventory {
        var random = SplitMix64(seed: seed)
        let parts = ["ls", "langsmith", "queue", "ingest", "backend", "platform", "redis", "clickhouse", "worker", "fast",
                     "cache", "chdb", "b", "c", "", "qu\u{E9}ue", "que\u{301}ue", "\u{212A}", "K", "x;", "x\u{37E}", "7d9f8b6c5", "x2x9z", "0"]
        func name(_ maxParts: Int) -> String {
            (0..<random.int(1...maxParts)).map { _ in random.pick(parts) }.joined(separator: "-")
        }
        func quoted(_ text: String) -> String { "\"\(text)\"" }
        func meta(_ objectName: String, owner: (kind: String, name: String)? = nil) -> String {
            var members = ["\"name\": \(quoted(objectName))", "\"namespace\": \(quoted(random.pick(["langsmith", "team-a"])))"]
            switch random.int(0...3) {
            case 0: members.append("\"labels\": {\"app.kubernetes.io/component\": \(quoted(name(3)))}")
            case 1: members.append("\"labels\": {\"app\": \"x\"}")
            case 2: members.append("\"labels\": 3")
            default: break
            }
            if let owner {
                members.append("\"ownerReferences\": [{\"kind\": \(quoted(owner.kind)), \"name\": \(quoted(owner.name)), \"controller\": true}]")
            }
            return "\"metadata\": {\(members.joined(separator: ", "))}"
        }
        var items: [String] = []
        var workloads: [String] = []
        for _ in 0..<random.int(5...25) {
            let workload = name(3)
            workloads.append(workload)
            let kind = random.chance(70) ? ("apps/v1", "Deployment") : ("apps/v1", "StatefulSet")
            items.append("{\"apiVersion\": \"\(kind.0)\", \"kind\": \"\(kind.1)\", \(meta(workload))}")
        }
        for _ in 0..<random.int(20...120) {
            let workload = random.chance(80) && !workloads.isEmpty ? random.pick(workloads) : name(3)
            let owner: (kind: String, name: String)?
            let podName: String
            switch random.int(0...4) {
            case 0: owner = ("ReplicaSet", workload + "-" + random.suffix(random.int(1...10))); podName = owner!.name + "-" + random.suffix(5)
            case 1: owner = ("StatefulSet", workload); podName = workload + "-\(random.int(0...3))"
            case 2: owner = ("ReplicaSet", workload + "-" + random.pick(["", "aeiou", "x;"])); podName = workload + "-" + random.suffix(5)
            case 3: owner = nil; podName = workload + "-" + random.suffix(random.int(3...10)) + "-" + random.suffix(5)
            default: owner = nil; podName = random.chance(50) ? workload + "-\(random.int(0...9))" : name(4)
            }
            items.append("{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \(meta(podName, owner: owner))}")
        }
        for kind in [("autoscaling/v2", "HorizontalPodAutoscaler"), ("keda.sh/v1alpha1", "ScaledObject")] {
            for _ in 0..<random.int(0...8) {
                let target = random.chance(60) && !workloads.isEmpty ? random.pick(workloads) : name(3)
                let spec = random.chance(90) ? "\"spec\": {\"scaleTargetRef\": {\"kind\": \"Deployment\", \"name\": \(quoted(target))}}" : "\"spec\": {\"scaleTargetRef\": {\"name\": 4}}"
                items.append("{\"apiVersion\": \"\(kind.0)\", \"kind\": \"\(kind.1)\", \(meta(name(2))), \(spec)}")
            }
        }
        return try ClusterFixtures.inventory(json: ClusterFixtures.list(items))
    }
}
