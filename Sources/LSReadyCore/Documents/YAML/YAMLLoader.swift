/// Turns a parsed document into a `Node`: resolves scalars with one of two
/// schemas, expands aliases (within the billion-laughs guard), applies `<<`
/// merge keys and stringifies keys.
public enum YAMLSchema: Sendable {
    /// go-yaml v2 as Helm 3 uses it, followed by sigs.k8s.io/yaml's JSON round trip.
    case helm
    /// The YAML 1.2 core schema.
    case core
}

public enum YAMLLoader {
    /// Resolves scalars, expands aliases (with the billion-laughs guard), applies `<<` merge keys, stringifies keys.
    public static func load(_ document: YAMLDocument, schema: YAMLSchema, limits: ReaderLimits = .standard) throws -> Node {
        let anchors = try AnchorTable(document: document.root, limits: limits)
        switch schema {
        case .helm:
            var decoder = HelmDecoder(anchors: anchors, limits: limits)
            return try decoder.decodeDocument(document)
        case .core:
            var decoder = CoreDecoder(anchors: anchors, limits: limits)
            return try decoder.decode(document.root)
        }
    }

    /// A Helm values file: first document only, Helm schema. An empty/comment-only file or a null document → empty mapping
    /// (Node(.mapping([]), at: file location)). A top-level list or scalar → InputError(.unsupportedValue) explaining a values file must be a map.
    public static func loadValuesFile(_ bytes: [UInt8], file: String, limits: ReaderLimits = .standard) throws -> Node {
        guard let document = try YAMLReader.parseFirstDocument(bytes, file: file, limits: limits) else {
            return Node(.mapping([]), at: .file(file))
        }
        let node = try load(document, schema: .helm, limits: limits)
        switch node.value {
        case .mapping:
            return node
        case .null:
            return Node(.mapping([]), at: .file(file))
        default:
            throw InputError(.unsupportedValue, "a values file must be a map of keys to values, but this document is \(node.typeDescription)",
                             at: node.location, hint: "Helm fails with \"cannot unmarshal\"; put the values under keys")
        }
    }
}
