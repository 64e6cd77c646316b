import Foundation
import LSReadyGen
import TestSupport
import XCTest
@testable import LSReadyCore

/// The filtering JSON fast path (`ClusterEvidenceReader`) must give exactly
/// the inventory of the strict reader plus `ClusterInventory.build(from:)`:
/// same objects, facts, warnings, locations and order; and the strict
/// reader's error, location included, for any input the strict reader rejects.
final class ClusterFastPathTests: XCTestCase {
    private func strictInventory(_ bytes: [UInt8], file: String) throws -> ClusterInventory {
        let documents = try JSONReader.parseSequence(bytes, file: file).filter { !$0.isNull }
        return ClusterInventory.build(from: documents.map { ClusterDocument(file: file, node: $0) })
    }

    private func fastInventory(_ bytes: [UInt8], file: String, expectFastPath: Bool = true) throws -> ClusterInventory {
        var reader = ClusterEvidenceReader()
        XCTAssertTrue(try reader.addJSON(bytes, file: file))
        if expectFastPath { XCTAssertEqual(reader.strictReads, 0, "\(file) was read by the strict reader") }
        return reader.inventory
    }

    private func assertSameInventory(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try assertSameInventory(Array(text.utf8), name: "cluster.json", expectFastPath: false, file: file, line: line)
    }

    private func assertSameInventory(_ bytes: [UInt8], name: String, expectFastPath: Bool = true,
                                     file: StaticString = #filePath, line: UInt = #line) throws {
        let strict = try strictInventory(bytes, file: name)
        let fast = try fastInventory(bytes, file: name, expectFastPath: expectFastPath)
        XCTAssertEqual(fast, strict, "\(name): the fast path's inventory differs", file: file, line: line)
        if fast != strict {
            for (a, b) in zip(fast.warnings, strict.warnings) where a != b { print("fast:   \(a)\nstrict: \(b)") }
        }
    }

    func testFixturesGiveTheSameInventory() throws {
        var urls = try FileManager.default.contentsOfDirectory(at: ProjectPaths.fixtures.appendingPathComponent("cluster"), includingPropertiesForKeys: nil)
        let scenarios = ProjectPaths.fixtures.appendingPathComponent("scenarios")
        for scenario in try FileManager.default.contentsOfDirectory(atPath: scenarios.path) {
            let url = scenarios.appendingPathComponent(scenario).appendingPathComponent("cluster.json")
            if FileManager.default.fileExists(atPath: url.path) { urls.append(url) }
        }
        XCTAssertGreaterThan(urls.count, 4)
        for url in urls where url.pathExtension == "json" {
            try assertSameInventory([UInt8](Data(contentsOf: url)), name: url.lastPathComponent)
        }
    }

    func testGeneratedDumpGivesTheSameInventory() throws {
        let bytes = ClusterDumpGenerator(pods: 300, nodes: 12, seed: 7).generate(format: .json)
        let inventory = try fastInventory(bytes, file: "dump.json")
        XCTAssertEqual(inventory.pods.count, 300)
        XCTAssertEqual(inventory.nodes.count, 12)
        XCTAssertEqual(inventory.skippedKinds["ReplicaSet"].map { $0 > 0 }, true)
        XCTAssertEqual(inventory.skippedKinds["Secret"].map { $0 > 0 }, true)
        try assertSameInventory(bytes, name: "dump.json")
    }

    func testUnusualShapesGiveTheSameInventory() throws {
        let pod = ClusterFixtures.object("Pod", "langsmith-backend-7d9f8c6b5-x2x9z", extra: #"""
            "spec": {"containers": [{"name": "api", "env": [{"name": "A", "value": "1"}, {"name": "B", "valueFrom": {"secretKeyRef": {"name": "s", "key": "k"}}}],
                     "resources": {"requests": {"cpu": "abc"}}, "image": "x"}], "volumes": [{"name": "d", "persistentVolumeClaim": {"claimName": "data"}}, 3]},
            "status": {"phase": "Running", "conditions": [{"type": "Ready", "status": "True", "lastTransitionTime": "t"}],
                       "containerStatuses": [{"name": "api", "state": {"waiting": {"reason": "CrashLoopBackOff"}}, "restartCount": 2.5}]}
            """#)
        // kind and apiVersion last, as a hand-written or converted dump may have them.
        try assertSameInventory(#"{"metadata": {"name": "n1", "labels": {"a": "b"}}, "spec": {"providerID": "aws:///x"}, "status": {"allocatable": {"cpu": "2"}}, "kind": "Node", "apiVersion": "v1"}"#)
        try assertSameInventory(ClusterFixtures.list([pod, pod, "3", "null", "[1, 2]", #"{"kind": "Pod"}"#, #"{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": 4}}"#]))
        // Duplicate keys: the last wins, wherever the filter was chosen.
        try assertSameInventory(#"{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "a"}, "spec": {"type": "NodePort"}, "spec": {"type": "LoadBalancer", "type": "ClusterIP"}}"#)
        try assertSameInventory(#"{"spec": {"type": "NodePort"}, "apiVersion": "v1", "spec": {"type": "LoadBalancer"}, "kind": "Service", "metadata": {"name": "a"}}"#)
        try assertSameInventory(#"{"apiVersion": "v1", "kind": "Service", "kind": "Pod", "metadata": {"name": "a"}}"#)
        // Lists: nested, items before kind, items that are not a list, an object with items that is not a list.
        try assertSameInventory(#"{"items": [\#(pod)], "apiVersion": "v1", "kind": "PodList"}"#)
        try assertSameInventory(#"{"items": [\#(pod)], "apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}}"#)
        try assertSameInventory(#"{"items": [\#(pod)], "kind": "List"}"#)
        try assertSameInventory(#"{"apiVersion": "v1", "kind": "List", "items": {"a": 1}}"#)
        try assertSameInventory(#"{"apiVersion": "v1", "kind": "List", "items": [], "items": [\#(pod)]}"#)
        try assertSameInventory(#"{"apiVersion": "v1", "kind": "List", "items": [{"apiVersion": "v1", "kind": "List", "items": [\#(pod)]}]}"#)
        try assertSameInventory("\(ClusterFixtures.list([pod])) null \(pod)\n[1]")
        // Escaped keys and strings; wrong types everywhere.
        try assertSameInventory(#"{"apiVersion": "v1", "kind": "Pod", "meta\u0064ata": {"name": "p\u00e9", "labels": {"k\"": "v"}}, "spec": {"node\u004eame": "n", "containers": {"a": 1}}, "status": []}"#)
        try assertSameInventory(#"{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "managedFields": [{"f:x": {"\\": "é"}}]}, "spec": 3, "status": "x"}"#)
        try assertSameInventory(#"{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": "x"}"#)
        try assertSameInventory(#"{"apiVersion": "foo.io/v1", "kind": "Deployment", "metadata": {"name": "crd"}}"#)
    }

    /// The same shapes as list items: what the tape writer reads (the
    /// single documents above go through the strict reader's nodes).
    func testUnusualItemsGiveTheSameInventory() throws {
        let annotations = (0..<40).map { #""a\#($0)": "v\#($0)""# }.joined(separator: ", ")
        let items = [
            #"{"metadata": {"name": "n1", "labels": {"a": "b"}}, "spec": {"providerID": "aws:///x"}, "kind": "Node", "apiVersion": "v1"}"#,
            #"{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "a"}, "spec": {"type": "NodePort"}, "spec": {"type": "ClusterIP"}}"#,
            #"{"apiVersion": "v1", "kind": "Service", "kind": "Pod", "metadata": {"name": "a"}}"#,
            #"{"apiVersion": "v1", "kind": "Pod", "meta\u0064ata": {"name": "p\u00e9", "labels": {"k\"": "v", "\u006b": "w"}}, "spec": {"node\u004eame": "n"}}"#,
            #"{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "big", "annotations": {\#(annotations)}}}"#,
            #"{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "dup", "annotations": {\#(annotations), "a3": 7}}}"#,
            #"{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "dup", "labels": {"x": "1", "x": 2}}}"#,
            #"{"apiVersion": 1, "kind": "Pod", "metadata": {"name": "p"}}"#,
            #"{"kind": "Pod", "metadata": {"name": "p"}}"#,
            #"{}"#, #""text""#, "true", "12.5", "null", "[{}]",
            #"{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": ""}}"#,
            #"{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": null}}"#,
            #"{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "q", "labels": {"a": null}, "annotations": []}, "status": {"phase": "Running", "containerStatuses": [{"name": "c", "restartCount": -1, "ready": "yes"}]}}"#,
            #"{"apiVersion": "v1", "kind": "PodList", "items": []}"#,
        ]
        for item in items {
            try assertSameInventory(ClusterFixtures.list([item]))
            try assertSameInventory(ClusterFixtures.list([item, item]))
        }
        try assertSameInventory(ClusterFixtures.list(items))
        // Items the tape writer reads on its own (no duplicates, no nested list) take the fast path.
        let plain = Array(ClusterFixtures.list(Array(items[3...4]) + Array(items[7...14])).utf8)
        try assertSameInventory(plain, name: "plain.json")
    }

    /// Each item's filter follows its own kind and apiVersion, though the
    /// tape writer reuses the previous item's choice when both are the same bytes.
    func testKindChoicesFollowEachItem() throws {
        let items = [
            ClusterFixtures.object("Deployment", "z", apiVersion: "foo.io/v1", extra: #""spec": {"replicas": 1}"#),
            ClusterFixtures.object("Deployment", "a", apiVersion: "apps/v1", extra: #""spec": {"replicas": 2}"#),
            ClusterFixtures.object("Deployment", "b", apiVersion: "foo.io/v1", extra: #""spec": {"replicas": 3}"#),
            ClusterFixtures.object("Deployment", "c", apiVersion: "apps/v1", extra: #""spec": {"replicas": 4}"#),
            ClusterFixtures.object("Pod", "p", extra: #""spec": {"nodeName": "n1"}"#),
            ClusterFixtures.object("Pod", "q", extra: #""spec": {"nodeName": "n2"}"#).replacingOccurrences(of: #""kind": "Pod""#, with: #""kind": "Pod""#),
            ClusterFixtures.object("Pod", "r", extra: #""spec": {"nodeName": "n3"}"#),
            ClusterFixtures.object("Service", "s", extra: #""spec": {"type": "NodePort"}"#),
            ClusterFixtures.object("PodX", "t"),
            ClusterFixtures.object("Pod", "u", extra: #""spec": {"nodeName": "n4"}"#),
        ]
        let bytes = Array(ClusterFixtures.list(items).utf8)
        try assertSameInventory(bytes, name: "kinds.json")
        let inventory = try fastInventory(bytes, file: "kinds.json")
        XCTAssertEqual(inventory.deployments.map(\.meta.name), ["a", "c"])
        XCTAssertEqual(inventory.deployments.map(\.replicas), [.known(2), .known(4)])
        XCTAssertEqual(inventory.pods.map(\.nodeName), [.known("n1"), .known("n2"), .known("n3"), .known("n4")])
        XCTAssertEqual(inventory.services.map(\.meta.name), ["s"])
        XCTAssertEqual(inventory.skippedKinds, ["Deployment": 2, "PodX": 1])
    }

    /// Env lists as the tape writer meets them: passed over when they
    /// cannot name a judged variable (`NodeFilter.Gate`), read otherwise.
    func testEnvListsGiveTheSameInventory() throws {
        let variable = KubeEnvVar.asyncInsertWait
        let lists = [
            #"[{"name": "A", "value": "1"}, {"name": "B", "valueFrom": {"secretKeyRef": {"name": "s", "key": "k"}}}]"#,
            #"[{"name": "A", "value": 3}, 7, null, {"value": "x"}, {"name": 5}]"#,
            #"[{"name": "\#(variable)", "value": "0.2"}, {"name": "A", "value": 3}]"#,
            #"[{"value": "0.3", "name": "\#(variable)"}, {"name": "\#(variable)", "valueFrom": 4}]"#,
            #"[{"name": "A", "value": "\#(variable)"}]"#,
            #"[{"name": "\u0043LICKHOUSE_ASYNC_INSERT_WAIT_PCT_FLOAT", "value": "0.4"}]"#,
            #"[{"name": "\#(variable)\u0000", "value": "0.4"}]"#,
            #"[]"#, #"{"name": "\#(variable)"}"#, #""x""#, "null",
        ]
        let items = lists.enumerated().map { index, env in
            ClusterFixtures.object("Pod", "p\(index)", extra: #""spec": {"containers": [{"name": "c", "env": \#(env)}, {"name": "d", "env": \#(env)}]}"#)
        }
        try assertSameInventory(ClusterFixtures.list(items))
        // On many lines: a list read again after a look that found a judged name keeps its warnings' lines.
        let spread = ClusterFixtures.list(items + [ClusterFixtures.object("Pod", "last", extra: #""spec": {"nodeName": 7}"#)])
            .replacingOccurrences(of: ", ", with: ",\n      ")
        try assertSameInventory(spread)
        let lines = try strictInventory(Array(spread.utf8), file: "cluster.json").warnings.map(\.location.line)
        XCTAssertEqual(lines.count, 7)
        XCTAssertEqual(Set(lines).count, 7, "every warning on its own line")
        let inventory = try fastInventory(Array(ClusterFixtures.list(items).utf8), file: "cluster.json", expectFastPath: false)
        let names = inventory.pods.map { $0.containers.value?.first?.env.value?.map(\.name) }
        XCTAssertEqual(names, [[], [], [variable], nil, [], [variable], [], [], nil, nil, []])
    }

    // MARK: Two threads

    /// Reads with the list split between two threads whatever its size
    /// (in two segments, or in segments of about `segmentBytes`).
    private func parallelInventory(_ bytes: [UInt8], file: String, segmentBytes: Int? = nil) throws -> (ClusterInventory, ClusterEvidenceReader) {
        var reader = ClusterEvidenceReader()
        reader.parallelThreshold = 0
        // The other thread goes first: small lists are shared between the threads whatever their speeds.
        reader.parallelOtherThreadFirst = true
        if let segmentBytes { reader.parallelSegmentBytes = segmentBytes }
        XCTAssertTrue(try reader.addJSON(bytes, file: file))
        return (reader.inventory, reader)
    }

    /// Many segments, read from both ends: the same inventory (objects,
    /// facts, warnings and their lines) whichever thread read which segment.
    func testManySegmentsGiveTheSameInventory() throws {
        let bytes = ClusterDumpGenerator(pods: 120, nodes: 6, seed: 5).generate(format: .json)
        for segmentBytes in [2_000, 9_000, 40_000, bytes.count / 3] {
            for _ in 0..<3 {
                let (inventory, reader) = try parallelInventory(bytes, file: "dump.json", segmentBytes: segmentBytes)
                XCTAssertEqual(reader.strictReads, 0)
                XCTAssertEqual(inventory, try strictInventory(bytes, file: "dump.json"), "segments of \(segmentBytes) bytes")
            }
        }
        func item(_ name: String, labels: String = "{}") -> String {
            "        {\n            \"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"\(name)\", \"labels\": \(labels)}\n        }"
        }
        func list(_ items: [String]) -> [UInt8] {
            Array("{\n    \"apiVersion\": \"v1\",\n    \"kind\": \"List\",\n    \"items\": [\n\(items.joined(separator: ",\n"))\n    ]\n}\n".utf8)
        }
        // Field warnings in several segments (their lines move with the segment), duplicates across
        // segments, an item that is not an object (its warning names its line: that segment is the caller's), a trailing document.
        var items = (0..<40).map { item("p\($0 % 25)", labels: $0 % 7 == 3 ? "5" : #"{"n": "\#($0)"}"#) }
        items[29] = "        [1, 2]"
        let tail = Array("\n{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"late\", \"labels\": 5}}\n".utf8)
        let mixed = list(items) + tail
        let strict = try strictInventory(mixed, file: "mixed.json")
        XCTAssertGreaterThan(strict.warnings.count, 5)
        for segmentBytes in [150, 400, 1_000] {
            for _ in 0..<3 {
                let (inventory, _) = try parallelInventory(mixed, file: "mixed.json", segmentBytes: segmentBytes)
                XCTAssertEqual(inventory, strict, "segments of \(segmentBytes) bytes")
            }
        }
        // No skipped item (the other thread's work is kept): objects in both threads' segments are added
        // one by one, and the field warnings of those segments move down once, like their objects.
        let duplicated = list((0..<40).map { item("q\($0 % 25)", labels: $0 % 7 == 3 ? "5" : #"{"n": "\#($0)"}"#) })
        let strictDuplicated = try strictInventory(duplicated, file: "duplicated.json")
        for segmentBytes in [150, 400, 1_000] {
            let (inventory, reader) = try parallelInventory(duplicated, file: "duplicated.json", segmentBytes: segmentBytes)
            XCTAssertEqual(reader.parallelReads, 1, "segments of \(segmentBytes) bytes: the other thread's were not taken")
            XCTAssertEqual(inventory, strictDuplicated, "segments of \(segmentBytes) bytes")
        }
        // After the list, a document and a second list: their positions count on from the last segment's lines.
        let clean = list(Array(items[0..<25])) + tail + list([item("second", labels: "7")])
        let (cleanInventory, reader) = try parallelInventory(clean, file: "clean.json", segmentBytes: 300)
        XCTAssertEqual(reader.parallelReads, 1, "the other thread's segments were not taken")
        XCTAssertEqual(cleanInventory, try strictInventory(clean, file: "clean.json"))
    }

    /// Inputs on which the fastpath fuzzer found the two readers differing
    /// (Fixtures/hostile/fuzz-regressions/fastpath), read as the harness reads them.
    func testFuzzRegressionsGiveTheSameInventory() throws {
        let folder = ProjectPaths.fixtures.appendingPathComponent("hostile/fuzz-regressions/fastpath")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
        XCTAssertFalse(names.isEmpty)
        for name in names.sorted() {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            var reader = ClusterEvidenceReader()
            reader.parallelThreshold = 0
            reader.parallelOtherThreadFirst = true
            reader.parallelSegmentBytes = 64 + (bytes.count * 7 + Int(bytes.first ?? 0)) % 2048
            _ = try reader.addJSON(bytes, file: name)
            XCTAssertEqual(reader.inventory, try strictInventory(bytes, file: name), name)
        }
    }

    func testTwoThreadsGiveTheSameInventory() throws {
        for seed in [3, 7] {
            let bytes = ClusterDumpGenerator(pods: 200 + seed, nodes: 9, seed: UInt64(seed)).generate(format: .json)
            let (inventory, reader) = try parallelInventory(bytes, file: "dump.json")
            XCTAssertEqual(reader.parallelReads, 1, "the second half was not read by the other thread")
            XCTAssertEqual(reader.strictReads, 0)
            XCTAssertEqual(inventory, try strictInventory(bytes, file: "dump.json"))
        }
        let scenarios = ProjectPaths.fixtures.appendingPathComponent("scenarios")
        var split = 0
        for scenario in try FileManager.default.contentsOfDirectory(atPath: scenarios.path) {
            let url = scenarios.appendingPathComponent(scenario).appendingPathComponent("cluster.json")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let bytes = [UInt8](try Data(contentsOf: url))
            let (inventory, reader) = try parallelInventory(bytes, file: "cluster.json")
            split += reader.parallelReads
            XCTAssertEqual(inventory, try strictInventory(bytes, file: "cluster.json"), scenario)
        }
        XCTAssertGreaterThan(split, 0, "scenario dumps are pretty-printed lists: some should split")
    }

    /// The split is a guess from the text; a wrong guess or a problem in
    /// either half must give the one-thread result.
    func testWrongSplitGuessesGiveTheSameInventory() throws {
        func item(_ name: String, containers: String = #"[{"name": "x"}]"#) -> String {
            "        {\n            \"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"\(name)\"}, \"spec\": {\"containers\": \(containers)}\n        }"
        }
        func list(_ items: [String]) -> [UInt8] {
            Array("{\n    \"apiVersion\": \"v1\",\n    \"kind\": \"List\",\n    \"items\": [\n\(items.joined(separator: ",\n"))\n    ]\n}\n".utf8)
        }
        // A nested list written like items: its second element looks like an item start.
        let nested = "[{\"name\": \"a\"},\n        {\n\"name\": \"b\"}]"
        let fooled = list((0..<4).map { item("p\($0)") } + [item("trap", containers: nested)] + (0..<3).map { item("q\($0)") })
        let (inventory, reader) = try parallelInventory(fooled, file: "fooled.json")
        XCTAssertEqual(reader.parallelReads, 0)
        XCTAssertEqual(inventory, try strictInventory(fooled, file: "fooled.json"))
        XCTAssertEqual(inventory.pods.map(\.meta.name), ["p0", "p1", "p2", "p3", "trap", "q0", "q1", "q2"])

        // The same name in both halves: the later copy wins, in the earlier place.
        let twice = list((0..<6).map { item("p\($0 % 3)") })
        let (again, twiceReader) = try parallelInventory(twice, file: "twice.json")
        XCTAssertEqual(twiceReader.parallelReads, 1)
        XCTAssertEqual(again, try strictInventory(twice, file: "twice.json"))

        // Positions after a list read by two threads: a later document's warning.
        let after = twice + Array("\n  {\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"late\", \"labels\": 5}}\n".utf8)
        let (afterInventory, afterReader) = try parallelInventory(after, file: "after.json")
        XCTAssertEqual(afterReader.parallelReads, 1)
        XCTAssertEqual(afterInventory.warnings.count, 1)
        XCTAssertEqual(afterInventory, try strictInventory(after, file: "after.json"))

        // Halves with no object in common, then a later copy of an object of the second half: replaced in its place.
        let distinct = list((0..<8).map { item("p\($0)") })
            + Array("\n{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"p6\", \"labels\": {\"late\": \"yes\"}}}\n".utf8)
        let (distinctInventory, distinctReader) = try parallelInventory(distinct, file: "distinct.json")
        XCTAssertEqual(distinctReader.parallelReads, 1)
        XCTAssertEqual(distinctInventory.pods.map(\.meta.name), (0..<8).map { "p\($0)" })
        XCTAssertEqual(distinctInventory.pods[6].meta.labels, .known(["late": "yes"]))
        XCTAssertEqual(distinctInventory, try strictInventory(distinct, file: "distinct.json"))

        // The second half holds something the fast path leaves to the strict reader.
        let odd = list((0..<6).map { item("p\($0)") } + [#"        {"apiVersion": "v1", "kind": "Pod", "kind": "Pod", "metadata": {"name": "dup"}}"#])
        let (oddInventory, oddReader) = try parallelInventory(odd, file: "odd.json")
        XCTAssertEqual(oddReader.strictReads, 1)
        XCTAssertEqual(oddInventory, try strictInventory(odd, file: "odd.json"))
        // Broken in the second half: the strict reader's error.
        let broken = list((0..<6).map { item("p\($0)") } + [#"        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": tru}}"#])
        var strictError: InputError?
        XCTAssertThrowsError(try JSONReader.parseSequence(broken, file: "b.json")) { strictError = $0 as? InputError }
        var brokenReader = ClusterEvidenceReader()
        brokenReader.parallelThreshold = 0
        XCTAssertThrowsError(try brokenReader.addJSON(broken, file: "b.json")) { error in
            XCTAssertEqual(error as? InputError, strictError)
        }
    }

    private func assertSameError(_ text: [UInt8], limits: ReaderLimits = .standard, file: StaticString = #filePath, line: UInt = #line) {
        var strictError: InputError?
        XCTAssertThrowsError(try JSONReader.parseSequence(text, file: "c.json", limits: limits), file: file, line: line) { strictError = $0 as? InputError }
        var reader = ClusterEvidenceReader()
        XCTAssertThrowsError(try reader.addJSON(text, file: "c.json", limits: limits), file: file, line: line) { error in
            XCTAssertEqual(error as? InputError, strictError, file: file, line: line)
        }
    }

    func testErrorsAreTheStrictReadersErrors() throws {
        let dump = ClusterDumpGenerator(pods: 40, nodes: 3, seed: 1).generate(format: .json)
        // Cut short inside a skipped region (managedFields of some object) and elsewhere.
        for cut in [dump.count / 3, dump.count / 2, dump.count - 2] { assertSameError(Array(dump[0..<cut])) }
        // Invalid UTF-8 and a control character inside skipped fields; a bad literal in a kept one.
        var broken = dump
        let managed = Array("\"managedFields\"".utf8)
        let at = broken.indices.first { broken[$0..<min($0 + managed.count, broken.count)].elementsEqual(managed) }!
        broken[at + 40] = 0xFF
        assertSameError(broken)
        broken[at + 40] = 0x01
        assertSameError(broken)
        // Escapes the strict reader rejects, in a skipped field (the fast path once let them through).
        for escape in [#"\q"#, #"\u12G4"#, #"\uDD1E"#, #"\uD834"#, #"\uD834\u0041"#, #"\u00"#] {
            let pod = #"{"apiVersion": "v1", "kind": "List", "items": [{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a", "managedFields": [{"x": "bad "# + escape + #" escape"}]}}]}"#
            assertSameError(Array(pod.utf8))
        }
        assertSameError(Array(#"{"apiVersion": "v1", "kind": "List", "items": [{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": tru}}]}"#.utf8))
        assertSameError(Array(#"{"apiVersion": "v1", "kind": "List", "items": [{"apiVersion": "v1", "kind": "Pod", "spec": {"x": [}]}}]}"#.utf8))
        // Nesting past the limit in a skipped field.
        let deep = #"{"apiVersion": "v1", "kind": "Pod", "spec": {"affinity": "# + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}}"
        assertSameError(Array(deep.utf8))
        let limited = #"{"apiVersion": "v1", "kind": "Pod", "spec": {"affinity": [[[[[]]]]]}}"#
        assertSameError(Array(limited.utf8), limits: ReaderLimits(maxDepth: 4))
    }

    func testValuesFilesAreNotClaimed() throws {
        var reader = ClusterEvidenceReader()
        XCTAssertFalse(try reader.addJSON(Array(#"{"items": [1, 2], "config": {"a": 1}}"#.utf8), file: "v.json", requireObject: true))
        XCTAssertFalse(try reader.addJSON(Array(#"[{"apiVersion": "v1", "kind": "Pod"}]"#.utf8), file: "v.json", requireObject: true))
        XCTAssertEqual(reader.inventory, ClusterInventory())
    }

    func testSimpleQuantitiesAgreeWithKubernetesQuantity() {
        let numbers = ["0", "1", "7", "05", "100", "1500", "999999999999999", "9999999999999999", "12345678901234"]
        let suffixes = ["", "m", "k", "M", "G", "T", "Ki", "Mi", "Gi", "Ti", "Pi", "E", "u", "n", "e3", "i", "mi", "KiB"]
        for number in numbers {
            for suffix in suffixes {
                let text = number + suffix
                for millicores in [true, false] {
                    guard let fast = KubernetesQuantity.wholeAmount(text, inMillicores: millicores) else { continue }
                    let full = millicores ? KubernetesQuantity.millicores(text) : KubernetesQuantity.bytes(text)
                    XCTAssertEqual(fast, full, "\(text) (\(millicores ? "millicores" : "bytes"))")
                }
            }
        }
        for text in ["", "m", "+1", "1.5", "1e3", "-1", "1 ", "١"] {
            XCTAssertNil(KubernetesQuantity.wholeAmount(text, inMillicores: true), text)
        }
    }
}
