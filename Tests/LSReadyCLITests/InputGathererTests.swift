import XCTest
@testable import LSReadyCLI
import LSReadyCore
import TestSupport

final class InputGathererTests: XCTestCase {
    private let deployment = #"{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "x"}}"#
    private let list = #"{"apiVersion": "v1", "kind": "List", "items": []}"#

    private func gather(_ arguments: [InputArgument], in directory: TemporaryDirectory, stdin: String = "") throws -> GatheredInputs {
        let (context, _, _) = CommandHarness(in: directory.url, standardInput: stdin).context
        return try InputGatherer(context: context).gather(arguments)
    }

    private func assertInputError(_ arguments: [InputArgument], in directory: TemporaryDirectory, kind: InputError.Kind,
                                  _ description: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try gather(arguments, in: directory), file: file, line: line) { error in
            guard let error = error as? InputError else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertEqual(error.kind, kind, file: file, line: line)
            XCTAssertEqual(error.description, description, file: file, line: line)
        }
    }

    func testJSONClassifiedByContent() throws {
        let directory = try TemporaryDirectory()
        try directory.write("deploy.json", deployment)
        try directory.write("list.json", list + "\n" + deployment)
        try directory.write("values.json", #"{"config": {"a": 1}}"#)
        let inputs = try gather([.path("deploy.json"), .path("values.json"), .path("list.json")], in: directory)
        XCTAssertEqual(inputs.inputs.map(\.path), ["deploy.json", "values.json", "list.json"])
        XCTAssertEqual(inputs.inputs.map(\.kind), [.cluster, .values, .cluster])
        XCTAssertEqual(inputs.clusterFiles.map(\.documents.count), [1, 2])
        XCTAssertEqual(inputs.valuesFiles.first?.values.at("config.a")?.number, 1)
    }

    func testForcedKindsOverrideContent() throws {
        let directory = try TemporaryDirectory()
        try directory.write("kind-only.json", #"{"kind": "Deployment"}"#)
        try directory.write("empty-list.json", #"{"apiVersion": "v1", "kind": "List", "items": []}"#)
        let inputs = try gather([.values("kind-only.json"), .cluster("empty-list.json")], in: directory)
        XCTAssertEqual(inputs.inputs.map(\.kind), [.values, .cluster])
    }

    /// `-f cluster.json` and `--cluster values.json` are mistakes, not choices (docs/errors.md).
    /// `-f` forces values as `helm -f` reads any map (a warning says it looks
    /// like cluster evidence); `--cluster` on a file without objects is an error.
    func testForcingTheWrongKindWarnsOrFailsWithAHint() throws {
        let directory = try TemporaryDirectory()
        try directory.write("deploy.json", deployment)
        try directory.write("values.json", #"{"a": 1}"#)
        let forcedValues = try gather([.values("deploy.json")], in: directory)
        XCTAssertEqual(forcedValues.valuesFiles.map(\.path), ["deploy.json"])
        XCTAssertThrowsError(try gather([.cluster("values.json")], in: directory)) { error in
            XCTAssertEqual((error as? InputError)?.kind, .wrongKind)
            XCTAssertTrue((error as? InputError)?.hint?.contains("-f") ?? false)
        }
    }

    func testValuesKeepCommandLineOrder() throws {
        let directory = try TemporaryDirectory()
        for name in ["a", "b", "c"] { try directory.write("\(name).json", #"{"v": "\#(name)"}"#) }
        let inputs = try gather([.values("c.json"), .path("a.json"), .values("b.json")], in: directory)
        XCTAssertEqual(inputs.valuesFiles.map(\.path), ["c.json", "a.json", "b.json"])
    }

    func testDirectoryWalkIsRecursiveSortedAndFiltered() throws {
        let directory = try TemporaryDirectory()
        try directory.write("in/b.json", #"{"b": 1}"#)
        try directory.write("in/a.yml", #"{"a": 1}"#)
        try directory.write("in/sub/c.yaml", deployment)
        try directory.write("in/notes.txt", "ignored")
        try directory.write("in/.hidden.json", "{}")
        try directory.write("in/.git/config.json", "{}")
        try directory.write("in/Z.JSON", "{}")
        let inputs = try gather([.path("in/")], in: directory)
        XCTAssertEqual(inputs.inputs.map(\.path), ["in/Z.JSON", "in/a.yml", "in/b.json", "in/sub/c.yaml"])
        XCTAssertEqual(inputs.inputs.map(\.kind), [.values, .values, .values, .cluster])
    }

    func testDiagnosticsBundleIsRecognised() throws {
        let directory = try TemporaryDirectory()
        try directory.write("bundle/resources_details.yaml", deployment)
        try directory.write("bundle/helm-values/langsmith_values.yaml", #"{"config": {"x": 1}}"#)
        try directory.write("bundle/helm-values/other.yaml", "{}")
        try directory.write("bundle/pod_logs/api.json", "{}")
        try directory.write("bundle/events.yaml", "{}")
        let inputs = try gather([.path("bundle")], in: directory)
        XCTAssertEqual(inputs.inputs, [
            .init(path: "bundle/helm-values/langsmith_values.yaml", kind: .values),
            .init(path: "bundle/resources_details.yaml", kind: .cluster),
        ])
    }

    func testBundleNestedInAWalkedDirectory() throws {
        let directory = try TemporaryDirectory()
        try directory.write("top/values.json", "{}")
        try directory.write("top/diag/resources_details.yaml", deployment)
        try directory.write("top/diag/other.json", "{}")
        let inputs = try gather([.path("top")], in: directory)
        XCTAssertEqual(inputs.inputs.map(\.path), ["top/diag/resources_details.yaml", "top/values.json"])
    }

    func testClusterDirectoryOfABundleSkipsItsValues() throws {
        let directory = try TemporaryDirectory()
        try directory.write("bundle/resources_details.yaml", deployment)
        try directory.write("bundle/helm-values/ls_values.yaml", "{}")
        let inputs = try gather([.cluster("bundle")], in: directory)
        XCTAssertEqual(inputs.inputs, [.init(path: "bundle/resources_details.yaml", kind: .cluster)])
    }

    func testStandardInputIsReadOnceForValuesAndPositional() throws {
        let directory = try TemporaryDirectory()
        let inputs = try gather([.values("-"), .path("-")], in: directory, stdin: #"{"a": 1}"#)
        XCTAssertEqual(inputs.inputs, [.init(path: "<stdin>", kind: .values), .init(path: "<stdin>", kind: .values)])
        XCTAssertEqual(inputs.valuesFiles.first?.values["a"]?.location.file, "<stdin>")
    }

    func testHelmGetValuesFileIsValues() throws {
        let directory = try TemporaryDirectory()
        try directory.write("get.txt", "USER-SUPPLIED VALUES:\nnull\n")
        try directory.write("computed.yaml", "COMPUTED VALUES:\n{\"apiVersion\": \"v1\", \"kind\": \"x\"}\n")
        let inputs = try gather([.path("get.txt"), .path("computed.yaml")], in: directory)
        XCTAssertEqual(inputs.inputs.map(\.kind), [.values, .values])
        XCTAssertEqual(inputs.valuesFiles.first?.values.entries?.count, 0)
    }

    func testEmptyFileIsEmptyValues() throws {
        let directory = try TemporaryDirectory()
        try directory.write("empty.yaml", "")
        let inputs = try gather([.path("empty.yaml")], in: directory)
        XCTAssertEqual(inputs.inputs.map(\.kind), [.values])
        XCTAssertEqual(inputs.valuesFiles.first?.values.entries?.count, 0)
    }

    func testMissingPathsAndDirectoriesForValues() throws {
        let directory = try TemporaryDirectory()
        try directory.write("dir/a.json", "{}")
        assertInputError([.path("missing.yaml")], in: directory, kind: .unreadable, "missing.yaml: error: no such file or directory")
        assertInputError([.values("missing.yaml")], in: directory, kind: .unreadable, "missing.yaml: error: no such file or directory")
        assertInputError([.cluster("gone")], in: directory, kind: .unreadable, "gone: error: no such file or directory")
        assertInputError([.values("dir")], in: directory, kind: .unreadable, "dir: error: is a directory; -f/--values takes a values file")
    }

    func testBadJSONValuesFiles() throws {
        let directory = try TemporaryDirectory()
        try directory.write("list.json", "[1, 2]")
        try directory.write("two.json", "{}\n{}")
        try directory.write("broken.json", "{\"a\": }")
        assertInputError([.path("list.json")], in: directory, kind: .unsupportedValue,
                         "list.json:1:1: error: expected a map of values at the top level, found a list (Helm reads a values file into a map)")
        assertInputError([.path("two.json")], in: directory, kind: .syntax,
                         "two.json:2:1: error: a values file holds one JSON object, found 2 JSON values")
        XCTAssertThrowsError(try gather([.path("broken.json")], in: directory)) { error in
            XCTAssertEqual((error as? InputError)?.location.file, "broken.json")
            XCTAssertEqual((error as? InputError)?.location.line, 1)
        }
    }

    func testAbsolutePathsArePrintedAsGiven() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("v.json", "{}")
        let inputs = try gather([.path(file.path)], in: try TemporaryDirectory())
        XCTAssertEqual(inputs.inputs.map(\.path), [file.path])
    }

    // MARK: YAML syntax (needs the real YAML reader)

    func testYAMLManifestStreamIsCluster() throws {
        try XCTSkipUnless(YAMLReaderAvailability.isReal, YAMLReaderAvailability.skipMessage)
        let directory = try TemporaryDirectory()
        try directory.write("manifests.yaml", """
            apiVersion: v1
            kind: Service
            metadata:
              name: a
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: b
            """)
        let inputs = try gather([.path("manifests.yaml")], in: directory)
        XCTAssertEqual(inputs.inputs.map(\.kind), [.cluster])
        XCTAssertEqual(inputs.clusterFiles.first?.documents.count, 2)
    }

    func testYAMLValuesReadOnlyFirstDocument() throws {
        try XCTSkipUnless(YAMLReaderAvailability.isReal, YAMLReaderAvailability.skipMessage)
        let directory = try TemporaryDirectory()
        try directory.write("values.yaml", "config:\n  replicas: 3\n---\n: broken [\n")
        let inputs = try gather([.path("values.yaml")], in: directory)
        XCTAssertEqual(inputs.inputs.map(\.kind), [.values])
        XCTAssertEqual(inputs.valuesFiles.first?.values.at("config.replicas")?.number, 3)
        XCTAssertEqual(inputs.valuesFiles.first?.values.at("config.replicas")?.location.line, 2)
    }
}
