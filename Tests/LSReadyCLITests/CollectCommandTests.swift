import XCTest
@testable import LSReadyCLI
import LSReadyCore
import TestSupport

/// `lsready collect` against a fake kubectl that records its arguments.
final class CollectCommandTests: XCTestCase {
    func testCollectsEveryCallIntoOneListAndTheAuditReadsIt() throws {
        let directory = try TemporaryDirectory()
        let kubectl = try FakeKubectl(in: directory.url)
        let harness = CommandHarness(in: directory.url, environment: kubectl.environment)
        let result = harness.run("collect", "--namespace", "langsmith", "-o", "cluster.json")
        XCTAssertEqual(result.exitCode, .passed, result.standardError)
        XCTAssertEqual(result.standardOutput, "")
        XCTAssertEqual(kubectl.calls(), [
            "get pods,persistentvolumeclaims,statefulsets,deployments,jobs,horizontalpodautoscalers,ingresses,services -n langsmith -o json",
            "get scaledobjects.keda.sh -n langsmith -o json",
            "get clickhouseinstallations.clickhouse.altinity.com -n langsmith -o json",
            "get nodes,storageclasses,csidrivers,apiservices -o json",
            "get deployments,daemonsets -n kube-system -o json",
        ])
        // The absent KEDA CRD is a note, not a failure.
        XCTAssertTrue(result.standardError.contains("note: scaledobjects.keda.sh (KEDA) is not installed in this cluster; skipped"),
                      result.standardError)
        XCTAssertTrue(result.standardError.contains("wrote 45 objects to cluster.json"), result.standardError)

        let dump = try JSONReader.parse(Array(directory.read("cluster.json").utf8), file: "cluster.json")
        XCTAssertEqual(dump["kind"]?.string, "List")
        XCTAssertEqual(dump["apiVersion"]?.string, "v1")
        let kinds = (dump["items"]?.items ?? []).compactMap { $0["kind"]?.string }
        XCTAssertEqual(kinds.count, 45)
        XCTAssertEqual(Set(kinds), ["Pod", "PersistentVolumeClaim", "StatefulSet", "Deployment", "Job", "HorizontalPodAutoscaler",
                                    "Ingress", "Service", "Node", "StorageClass", "CSIDriver", "APIService", "DaemonSet"])
        XCTAssertFalse(directory.exists(".cluster.json.tmp"))

        let audit = harness.run("audit", "--cluster", "cluster.json", "--format", "json")
        XCTAssertTrue([.passed, .gateFailed].contains(audit.exitCode), audit.standardError)
        XCTAssertTrue(audit.standardOutput.contains("\"platform\": \"eks\""))
    }

    func testNeverRequestsSecretsOrConfigMaps() throws {
        let directory = try TemporaryDirectory()
        let kubectl = try FakeKubectl(in: directory.url)
        _ = CommandHarness(in: directory.url, environment: kubectl.environment).run("collect", "-n", "langsmith")
        XCTAssertEqual(kubectl.calls().count, 5)
        for call in kubectl.calls() {
            let words = call.split(separator: " ").flatMap { $0.split(separator: ",") }.map { $0.lowercased() }
            XCTAssertEqual(words.first, "get", call)
            for forbidden in ["secret", "secrets", "configmap", "configmaps", "all", "--all-namespaces", "-a"] {
                XCTAssertFalse(words.contains(forbidden), "\(call) asks for \(forbidden)")
            }
            XCTAssertFalse(call.lowercased().contains("secret"), call)
        }
    }

    func testWritesToStandardOutputWithoutOutputFileAndPassesTheContext() throws {
        let directory = try TemporaryDirectory()
        let kubectl = try FakeKubectl(in: directory.url)
        let result = CommandHarness(in: directory.url, environment: kubectl.environment)
            .run("collect", "--namespace", "langsmith", "--context", "prod-eks")
        XCTAssertEqual(result.exitCode, .passed, result.standardError)
        XCTAssertTrue(result.standardOutput.hasPrefix("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": ["))
        XCTAssertTrue(kubectl.calls().allSatisfy { $0.hasPrefix("--context prod-eks get ") }, "\(kubectl.calls())")
        XCTAssertTrue(result.standardError.contains("lsready: kubectl get nodes,storageclasses,csidrivers,apiservices -o json"))
    }

    func testPresentOptionalCRDIsCollected() throws {
        let directory = try TemporaryDirectory()
        let kubectl = try FakeKubectl(in: directory.url)
        try FileManager.default.removeItem(at: kubectl.fixtures.appendingPathComponent("scaledobjects.err"))
        try Data(#"{"apiVersion":"v1","kind":"List","items":[{"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","metadata":{"name":"langsmith-queue","namespace":"langsmith"},"spec":{"minReplicaCount":2,"pollingInterval":0.5}}]}"#.utf8)
            .write(to: kubectl.fixtures.appendingPathComponent("scaledobjects.json"))
        let result = CommandHarness(in: directory.url, environment: kubectl.environment).run("collect", "-n", "langsmith")
        XCTAssertEqual(result.exitCode, .passed, result.standardError)
        XCTAssertFalse(result.standardError.contains("not installed"))
        XCTAssertTrue(result.standardOutput.contains("\"kind\": \"ScaledObject\""))
        XCTAssertTrue(result.standardOutput.contains("\"minReplicaCount\": 2,"), "integers stay integers")
        XCTAssertTrue(result.standardOutput.contains("\"pollingInterval\": 0.5"))
    }

    func testAFailingCallIsAnInputErrorAndWritesNothing() throws {
        let directory = try TemporaryDirectory()
        let kubectl = try FakeKubectl(in: directory.url)
        try kubectl.fail("nodes", with: "Error from server (Forbidden): nodes is forbidden: User \"ci\" cannot list resource \"nodes\"\n")
        let result = CommandHarness(in: directory.url, environment: kubectl.environment)
            .run("collect", "--namespace", "langsmith", "-o", "cluster.json")
        XCTAssertEqual(result.exitCode, .inputError)
        XCTAssertTrue(result.standardError.contains(
            "lsready: kubectl get nodes,storageclasses,csidrivers,apiservices -o json: error: exited with status 1: Error from server (Forbidden): nodes is forbidden"),
                      result.standardError)
        XCTAssertEqual(try directory.list(), ["bin", "kubectl-calls.log", "kubectl-fixtures"], "no partial dump")
    }

    func testAFailingOptionalCallForAnotherReasonStillFails() throws {
        let directory = try TemporaryDirectory()
        let kubectl = try FakeKubectl(in: directory.url)
        try kubectl.fail("scaledobjects", with: "Unable to connect to the server: dial tcp 10.0.0.1:443: i/o timeout\n")
        let result = CommandHarness(in: directory.url, environment: kubectl.environment).run("collect", "-n", "langsmith")
        XCTAssertEqual(result.exitCode, .inputError)
        XCTAssertTrue(result.standardError.contains("Unable to connect to the server"), result.standardError)
    }

    func testMissingKubectlIsAClearInputError() throws {
        let directory = try TemporaryDirectory()
        let onPath = CommandHarness(in: directory.url, environment: ["PATH": directory.url.path]).run("collect", "-n", "langsmith")
        XCTAssertEqual(onPath.exitCode, .inputError)
        XCTAssertEqual(onPath.standardError,
                       "lsready: kubectl: error: not found on PATH; install kubectl or give its location with --kubectl PATH\n")
        let given = CommandHarness(in: directory.url, environment: [:]).run("collect", "-n", "langsmith", "--kubectl", "./nope/kubectl")
        XCTAssertEqual(given.exitCode, .inputError)
        XCTAssertTrue(given.standardError.contains("./nope/kubectl: error: not an executable file"), given.standardError)
    }

    func testKubectlOptionTakesAPath() throws {
        let directory = try TemporaryDirectory()
        let kubectl = try FakeKubectl(in: directory.url)
        var environment = kubectl.environment
        environment["PATH"] = "/usr/bin:/bin"
        let result = CommandHarness(in: directory.url, environment: environment)
            .run("collect", "-n", "langsmith", "--kubectl", "bin/kubectl", "-o", "dump.json")
        XCTAssertEqual(result.exitCode, .passed, result.standardError)
        XCTAssertTrue(directory.exists("dump.json"))
    }

    func testNamespaceIsRequiredAndChecked() throws {
        let directory = try TemporaryDirectory()
        let harness = CommandHarness(in: directory.url)
        XCTAssertEqual(harness.run("collect").exitCode, .usage)
        XCTAssertEqual(harness.run("collect", "-n", "Bad_Name").exitCode, .usage)
        XCTAssertEqual(harness.run("collect", "-n", "langsmith", "extra").exitCode, .usage)
    }

    func testSecretsInTheOutputAreDropped() throws {
        let call = KubectlCall(arguments: ["get", "x"])
        let objects = try CollectCommand.objects(in: Array(#"{"kind":"List","items":[{"kind":"Secret","metadata":{"name":"s"}},{"kind":"Pod","metadata":{"name":"p"}}]}"#.utf8), call: call)
        XCTAssertEqual(objects.map { $0["kind"]?.string }, ["Pod"])
    }
}
