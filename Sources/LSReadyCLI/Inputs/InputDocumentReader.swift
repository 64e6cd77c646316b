import LSReadyCore

/// Turns one file's bytes into values or cluster documents (CLI.md,
/// "Inputs"): a document with `apiVersion` and `kind` (a Kubernetes object,
/// or a `List` of them) is cluster evidence, anything else a values file.
enum InputDocumentReader {
    enum Content: Equatable {
        case values(Node)
        case cluster([Node])
    }

    static func classify(_ bytes: [UInt8], path: String, limits: ReaderLimits) throws -> Content {
        if HelmGetValuesHeader.stripped(bytes) != nil {
            return .values(try readValues(bytes, path: path, limits: limits))
        }
        if JSONReader.looksLikeJSON(bytes), let nodes = try JSONOrYAML.jsonValues(bytes, path: path, limits: limits) {
            if let first = nodes.first, isClusterObject(first) { return .cluster(nodes) }
            return .values(try jsonValues(nodes, path: path))
        }
        guard let first = try YAMLReader.parseFirstDocument(bytes, file: path, limits: limits) else {
            return .values(try readValues(bytes, path: path, limits: limits))
        }
        if hasObjectKeys(first.root) {
            return .cluster(try readCluster(bytes, path: path, limits: limits))
        }
        // A manifest stream may open with an empty document (`---` twice);
        // a values file cannot usefully, so look further only then.
        if case .scalar(let text, .plain) = first.root.content, ["", "~", "null", "Null", "NULL"].contains(text) {
            let documents = try YAMLReader.parseStream(bytes, file: path, limits: limits)
            if documents.contains(where: { hasObjectKeys($0.root) }) {
                return .cluster(try readCluster(bytes, path: path, limits: limits))
            }
        }
        return .values(try readValues(bytes, path: path, limits: limits))
    }

    /// Like `classify` (or the forced kind), but cluster evidence goes into
    /// `reader` (JSON through its filtering fast path) and `.cluster` carries
    /// no documents.
    static func read(_ bytes: [UInt8], path: String, forced: GatheredInputs.Kind?, limits: ReaderLimits,
                     into reader: inout ClusterEvidenceReader) throws -> Content {
        switch forced {
        case .values?:
            return .values(try readValues(bytes, path: path, limits: limits))
        case .cluster?:
            if JSONReader.looksLikeJSON(bytes) {
                _ = try reader.addJSON(bytes, file: path, limits: limits)
            } else {
                try reader.addYAML(bytes, file: path, limits: limits)
            }
            return .cluster([])
        case nil:
            if HelmGetValuesHeader.stripped(bytes) == nil, JSONReader.looksLikeJSON(bytes) {
                if try reader.addJSON(bytes, file: path, limits: limits, requireObject: true) { return .cluster([]) }
                return .values(try jsonValues(JSONReader.parseSequence(bytes, file: path, limits: limits), path: path))
            }
            if HelmGetValuesHeader.stripped(bytes) == nil,
               bytes.withUnsafeBufferPointer({ reader.addStreamedYAML($0, file: path, limits: limits, requireObject: true) }) {
                return .cluster([])
            }
            if HelmGetValuesHeader.stripped(bytes) == nil, let documents = try? YAMLReader.parseStream(bytes, file: path, limits: limits),
               isClusterStream(documents) {
                // One parse instead of classify's two (a dump is one huge document); each document is
                // loaded and added, then dropped. A stream that does not parse whole is left to classify.
                for document in documents {
                    reader.add([try YAMLLoader.load(document, schema: .helm, limits: limits)], file: path)
                }
                return .cluster([])
            }
            let content = try classify(bytes, path: path, limits: limits)
            if case .cluster(let documents) = content {
                reader.add(documents, file: path)
                return .cluster([])
            }
            return content
        }
    }

    /// A values file as Helm reads it: without a `helm get values` header,
    /// first document only, an empty or null file meaning no values.
    static func readValues(_ bytes: [UInt8], path: String, limits: ReaderLimits) throws -> Node {
        let body = HelmGetValuesHeader.stripped(bytes) ?? bytes
        if JSONReader.looksLikeJSON(body), let nodes = try JSONOrYAML.jsonValues(body, path: path, limits: limits) {
            return try jsonValues(nodes, path: path)
        }
        return try YAMLLoader.loadValuesFile(body, file: path, limits: limits)
    }

    /// Every document of a YAML stream or JSON sequence, nulls dropped.
    static func readCluster(_ bytes: [UInt8], path: String, limits: ReaderLimits) throws -> [Node] {
        if JSONReader.looksLikeJSON(bytes), let nodes = try JSONOrYAML.jsonValues(bytes, path: path, limits: limits) {
            return nodes.filter { !$0.isNull }
        }
        return try YAMLReader.parseStream(bytes, file: path, limits: limits)
            .map { try YAMLLoader.load($0, schema: .helm, limits: limits) }
            .filter { !$0.isNull }
    }

    private static func jsonValues(_ nodes: [Node], path: String) throws -> Node {
        guard let node = nodes.first else { return Node(.mapping([]), at: .file(path)) }
        if nodes.count > 1 {
            throw InputError(.syntax, "a values file holds one JSON object, found \(nodes.count) JSON values", at: nodes[1].location)
        }
        switch node.value {
        case .mapping: return node
        case .null: return Node(.mapping([]), at: node.location)
        default:
            throw InputError(.unsupportedValue, "expected a map of values at the top level, found \(node.typeDescription)",
                             at: node.location, hint: "Helm reads a values file into a map")
        }
    }

    static func isClusterObject(_ node: Node) -> Bool {
        node["apiVersion"]?.string != nil && node["kind"]?.string != nil
    }

    /// What `classify` decides from a stream's documents: cluster evidence when the
    /// first document has object keys, or opens empty and a later one has them.
    private static func isClusterStream(_ documents: [YAMLDocument]) -> Bool {
        guard let first = documents.first else { return false }
        if hasObjectKeys(first.root) { return true }
        if case .scalar(let text, .plain) = first.root.content, ["", "~", "null", "Null", "NULL"].contains(text) {
            return documents.contains { hasObjectKeys($0.root) }
        }
        return false
    }

    private static func hasObjectKeys(_ root: YAMLNode) -> Bool {
        guard case .mapping(let pairs) = root.content else { return false }
        let keys = pairs.compactMap { pair -> String? in
            if case .scalar(let text, _) = pair.key.content { return text }
            return nil
        }
        return keys.contains("apiVersion") && keys.contains("kind")
    }
}
