import Foundation
import TestSupport
@testable import LSReadyCore

/// Loads the cluster fixtures and inline JSON objects into inventories.
enum ClusterFixtures {
    static func inventory(_ name: String) throws -> ClusterInventory {
        let url = ProjectPaths.fixtures.appendingPathComponent("cluster").appendingPathComponent(name)
        let bytes = try [UInt8](Data(contentsOf: url))
        let documents = try JSONReader.parseSequence(bytes, file: name).map { ClusterDocument(file: name, node: $0) }
        return ClusterInventory.build(from: documents)
    }

    /// An inventory of inline JSON documents, all from `cluster.json`.
    static func inventory(json texts: String...) throws -> ClusterInventory {
        let documents = try texts.map { ClusterDocument(file: "cluster.json", node: try JSONReader.parse(Array($0.utf8), file: "cluster.json")) }
        return ClusterInventory.build(from: documents)
    }

    /// A minimal object of `kind` with `name` and extra top-level JSON members.
    static func object(_ kind: String, _ name: String, apiVersion: String = "v1", namespace: String? = "langsmith",
                       labels: [String: String] = [:], extra: String = "") -> String {
        var metadata = "\"name\": \"\(name)\""
        if let namespace { metadata += ", \"namespace\": \"\(namespace)\"" }
        if !labels.isEmpty {
            let pairs = labels.sorted(by: { $0.key < $1.key }).map { "\"\($0.key)\": \"\($0.value)\"" }.joined(separator: ", ")
            metadata += ", \"labels\": {\(pairs)}"
        }
        return "{\"apiVersion\": \"\(apiVersion)\", \"kind\": \"\(kind)\", \"metadata\": {\(metadata)}\(extra.isEmpty ? "" : ", " + extra)}"
    }

    static func list(_ items: [String]) -> String {
        "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": [\(items.joined(separator: ", "))]}"
    }
}
