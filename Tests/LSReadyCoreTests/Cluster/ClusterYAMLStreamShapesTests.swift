import Foundation
import XCTest
@testable import LSReadyCore

/// Hand-written shapes of YAML dumps for the streamed path: what kubectl and
/// people write, and what could fool a splitter working on lines. Each must
/// give the strict reader's inventory, streamed or not (`streams` says which
/// is expected), or be declined when the strict reader rejects it.
final class ClusterYAMLStreamShapesTests: XCTestCase {
    private let pod = """
        - apiVersion: v1
          kind: Pod
          metadata:
            name: langsmith-backend-1
            namespace: langsmith
            labels:
              app.kubernetes.io/name: backend
          spec:
            nodeName: n1
            containers:
            - name: api
              resources:
                requests: {cpu: 500m, memory: 1Gi}
          status:
            phase: Running

        """

    private let scalars = """
        - apiVersion: v1
          kind: ConfigMap
          metadata:
            name: c
            annotations:
              literal: |
                - not an item
                ---
                ...
                items:
                kind: List
              folded: >-
                - still
                # not a comment
              keep: |+

                text
        """

    private let quoted = """
        - "apiVersion": 'v1'
          'kind': "Pod"
          metadata:
            "name": "q\\u00e9"
            namespace: 'it''s'
            annotations:
              "a: b": "line one
                line two"
              'c # d': x
        """

    private func node(_ name: String) -> String {
        "- apiVersion: v1\n  kind: Node\n  metadata:\n    name: \(name)\n    labels:\n      kubernetes.io/hostname: \(name)\n"
    }

    private func list(_ items: String, head: String = "apiVersion: v1\nitems:\n", tail: String = "kind: List\nmetadata:\n  resourceVersion: \"\"\n") -> String {
        head + items + tail
    }

    private func assertSame(_ text: String, streams: Bool?, file: StaticString = #filePath, line: UInt = #line) {
        YAMLStreamAssertions.assertSameInventory(Array(text.utf8), name: "dump.yaml", streams: streams, file: file, line: line)
    }

    func testKubectlLists() {
        assertSame(list(pod + node("n1") + node("n2")), streams: true)
        // kind and apiVersion before items; items last.
        assertSame("apiVersion: v1\nkind: List\nmetadata: {}\nitems:\n" + pod + node("n1"), streams: true)
        // A typed list, a nested list, items that are not objects.
        assertSame(list(pod, tail: "kind: PodList\n"), streams: true)
        assertSame(list("- apiVersion: v1\n  kind: List\n  items:\n  " + node("n9").replacingOccurrences(of: "\n  ", with: "\n    ") + pod), streams: true)
        assertSame(list("- 3\n-\n- [1, 2]\n- {kind: Pod}\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: 4}\n" + pod), streams: true)
        // Items indented under their key.
        let indented = pod.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
        assertSame(list(indented + "  " + node("n1").replacingOccurrences(of: "\n  ", with: "\n    ")), streams: true)
        // `-` alone on its line, the object below it.
        assertSame(list("-\n  apiVersion: v1\n  kind: Node\n  metadata:\n    name: n3\n" + pod), streams: true)
    }

    func testCommentsBlankLinesAndMarkers() {
        // Comments at column 0 between items, after `items:`, in items; blank lines.
        assertSame(list("# first\n\n" + pod + "# between\n" + node("n1") + "\n  # indented\n# before the tail\n"), streams: true)
        assertSame("apiVersion: v1\nitems: # the objects\n# none yet\n" + pod + "kind: List\n", streams: true)
        // Documents: `---` with comments, a leading comment, `...` at the end, empty documents.
        let podObject = pod.dropFirst(2).replacingOccurrences(of: "\n  ", with: "\n")
        assertSame("# dump\n--- # one\n" + podObject + "---\n" + list(node("n1")) + "...\n", streams: true)
        assertSame("---\n---\n" + list(node("n1")) + "---\n\n...\n---\n" + podObject, streams: true)
        assertSame(list(node("n1")) + "...\n# done\n---\n" + podObject + "...\n", streams: true)
        let kindFirst = "apiVersion: v1\nkind: List\nitems:\n"
        assertSame(list(node("n1"), head: kindFirst, tail: "") + "...\n" + podObject, streams: true)
        assertSame(list(node("n1"), head: kindFirst, tail: "") + "---\n" + podObject, streams: true)
        assertSame(list(node("n1"), tail: "kind: List\n") + "---\n", streams: true)
        // No document at all.
        assertSame("# nothing\n\n", streams: true)
        assertSame("", streams: true)
    }

    func testBlockScalarsAndQuotedText() {
        // Block scalars holding lines that look like entries, markers and keys.
        assertSame(list(scalars + "\n" + pod), streams: true)
        // Quoted keys and values, escapes, multi-line quoted values indented under their key.
        assertSame(list(quoted + "\n" + pod), streams: true)
        // A quoted value continued at column 0 (an error), and on a line that looks like an entry.
        assertSame(list("- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: \"a\nb\"\n"), streams: false)
        assertSame(list("- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: \"a\n- b\"\n"), streams: false)
        // A flow collection left open across an entry line.
        assertSame(list("- apiVersion: v1\n  kind: Pod\n  metadata: {name: a,\n- b}\n"), streams: false)
    }

    func testLineBreaksAndByteOrderMarks() {
        let text = list(pod + node("n1"))
        assertSame(text.replacingOccurrences(of: "\n", with: "\r\n"), streams: true)
        assertSame("\u{FEFF}" + text, streams: true)
        assertSame("\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n"), streams: true)
        // Lone carriage returns are line breaks too.
        assertSame(text.replacingOccurrences(of: "\n", with: "\r"), streams: nil)
        // A byte order mark inside the stream is content, not a mark to skip.
        assertSame(list(node("n1"), head: "apiVersion: v1\nkind: List\nitems:\n", tail: "") + "...\n\u{FEFF}" + "apiVersion: v1\nkind: Node\nmetadata: {name: x}\n", streams: false)
        assertSame(list(node("n1"), head: "apiVersion: v1\nkind: List\nitems:\n", tail: "") + "...\n\u{FEFF}# c\n" + "apiVersion: v1\nkind: Node\nmetadata: {name: x}\n", streams: false)
        // No line break at the end.
        assertSame(String(text.dropLast()), streams: true)
    }

    func testEmptyAndNullItems() {
        assertSame("apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: \"\"\n", streams: true)
        assertSame("apiVersion: v1\nitems:\nkind: List\n", streams: true)
        assertSame("apiVersion: v1\nitems: null\nkind: List\n", streams: true)
        assertSame("apiVersion: v1\nitems: ~\nkind: List\n", streams: true)
        assertSame("apiVersion: v1\nkind: List\nitems:\n", streams: true)
        assertSame("apiVersion: v1\nkind: List\nitems: {a: 1}\n", streams: true)
        assertSame("apiVersion: v1\nkind: List\nitems:\n  a: 1\n", streams: true)
    }

    /// Shapes the streaming reader leaves to the strict one: the result is the strict reader's.
    func testUnusualShapesAreReadStrictly() {
        // Not a List after all, or no string apiVersion.
        assertSame(list(pod, tail: "kind: Pod\nmetadata: {name: p}\n"), streams: false)
        assertSame(list(pod, head: "items:\n", tail: "kind: List\n"), streams: false)
        assertSame(list(pod, head: "apiVersion: 1\nitems:\n"), streams: false)
        // Repeated keys around items, and items twice.
        assertSame(list(pod, head: "apiVersion: v1\nkind: PodList\nitems:\n"), streams: false)
        assertSame(list(pod, tail: "kind: List\nitems: []\n"), streams: false)
        assertSame(list(pod, head: "apiVersion: v1\nitems: []\nitems:\n"), streams: false)
        // Aliases (anchors alone are fine), merge keys, tags on keys.
        assertSame(list("- &p\n  apiVersion: v1\n  kind: Node\n  metadata: {name: a}\n- *p\n"), streams: false)
        assertSame(list("- apiVersion: &v v1\n  kind: Node\n  metadata: {name: a}\n- apiVersion: *v\n  kind: Node\n  metadata: {name: b}\n"), streams: false)
        assertSame(list("- apiVersion: &v v1\n  kind: Node\n  metadata: {name: a}\n"), streams: true)
        assertSame("x: &k {kind: List}\n---\n" + list(pod, tail: "<<: *k\n"), streams: false)
        assertSame(list(pod, tail: "<<: {kind: List}\n"), streams: false)
        assertSame(list(pod, tail: "!!str kind: List\n"), streams: false)
        // Directives, a marker with content, flow style at the top, tabs.
        assertSame("%YAML 1.2\n---\n" + list(pod), streams: false)
        assertSame("--- \n" + list(pod), streams: true)
        assertSame("--- {apiVersion: v1, kind: List, items: []}\n", streams: false)
        assertSame("{apiVersion: v1, kind: List, items: [{apiVersion: v1, kind: Node, metadata: {name: n}}]}\n", streams: true)
        assertSame(list(pod + "\t" + node("n1")), streams: false)
        assertSame(list(pod.replacingOccurrences(of: "  kind: Pod", with: "\tkind: Pod")), streams: false)
        // Odd indentation: items less indented than the first, an object at column 1.
        assertSame("apiVersion: v1\nitems:\n  - apiVersion: v1\n    kind: Node\n    metadata: {name: a}\n - apiVersion: v1\nkind: List\n", streams: false)
        assertSame("apiVersion: v1\nitems:\n" + pod + " kind: List\n", streams: false)
    }

    func testErrorsAreTheStrictReadersErrors() {
        let text = list(pod + node("n1") + pod.replacingOccurrences(of: "backend-1", with: "backend-2") + node("n2"))
        let bytes = Array(text.utf8)
        // Cut anywhere: inside items, keys, scalars, the tail.
        for cut in stride(from: 1, to: bytes.count, by: 7) {
            YAMLStreamAssertions.assertSameInventory(Array(bytes[0..<cut]), name: "cut.yaml", streams: nil)
        }
        // Broken bytes and syntax in the third item; a document whose value Helm cannot read.
        var broken = bytes
        let third = bytes.count * 2 / 3
        broken[third] = 0xFF
        YAMLStreamAssertions.assertSameInventory(broken, name: "dump.yaml", streams: false)
        broken[third] = 0x01
        YAMLStreamAssertions.assertSameInventory(broken, name: "dump.yaml", streams: false)
        assertSame(list(pod + "- apiVersion: v1\n  kind: Node\n  metadata: {name: [}\n" + node("n1")), streams: false)
        assertSame(list(pod + "- apiVersion: v1\n  kind: Node\n  metadata:\n    name: .nan\n"), streams: false)
        assertSame(list(pod + "- apiVersion: v1\n  kind: Node\n  metadata:\n    ~: x\n"), streams: false)
        assertSame(list(pod + "- apiVersion: v1\n   kind: Node\n"), streams: false)
    }

    /// One byte changed, inserted or removed at a time, the new ones being
    /// what YAML reads (indicators, quotes, breaks, tabs, markers): whatever
    /// the text becomes, both paths agree, or the streaming one declines.
    /// Deterministic; `LSREADY_MUTATIONS=30000` runs longer (it passed).
    func testMutatedDumpsAreReadAlike() {
        let text = "# dump\n" + list(pod + scalars + "\n" + quoted + "\n" + node("n1"), tail: "kind: List\nmetadata:\n  resourceVersion: \"\"\n") + "---\n"
            + pod.dropFirst(2).replacingOccurrences(of: "\n  ", with: "\n") + "...\n"
        let bytes = Array(text.utf8)
        let replacements = Array("-: \n#'\"[]{}&*!|>\t%.?,~".utf8) + [0x0D]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<(ProcessInfo.processInfo.environment["LSREADY_MUTATIONS"].flatMap { Int($0) } ?? 500) {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let position = Int(state >> 33) % bytes.count
            let replacement = replacements[Int((state >> 17) % UInt64(replacements.count))]
            var mutated = bytes
            switch state % 3 {
            case 0: mutated[position] = replacement
            case 1: mutated.insert(replacement, at: position)
            default: mutated.remove(at: position)
            }
            YAMLStreamAssertions.assertSameInventory(mutated, name: "mutated.yaml", streams: nil)
        }
    }

    func testValuesFilesAreNotClaimed() {
        let values = "config:\n  blobStorage:\n    enabled: true\nitems:\n- a\n- b\nkind: x\n"
        var reader = ClusterEvidenceReader()
        XCTAssertFalse(Array(values.utf8).withUnsafeBufferPointer { reader.addStreamedYAML($0, file: "v.yaml", requireObject: true) })
        XCTAssertFalse(Array("---\n---\n\(list(pod))".utf8).withUnsafeBufferPointer { reader.addStreamedYAML($0, file: "v.yaml", requireObject: true) })
        XCTAssertFalse(Array("# nothing\n".utf8).withUnsafeBufferPointer { reader.addStreamedYAML($0, file: "v.yaml", requireObject: true) })
        XCTAssertEqual(reader.inventory, ClusterInventory())
        // Given as cluster evidence, a values file reads as the strict reader reads it (one warning, no object).
        assertSame("config:\n  blobStorage:\n    enabled: true\n", streams: true)
        assertSame(values, streams: false)
    }
}
