import LSReadyCore

/// A file that opens with `{` or `[` is read as JSON first (faster, and its
/// errors are the better ones for JSON: "was the kubectl output cut short?").
/// But YAML's flow style opens the same way (`{image: {tag: v1}}` is a valid
/// values file for Helm), so when the JSON reader rejects the syntax and the
/// YAML reader accepts the file, it is YAML. Except in a `.json` file: there
/// the author meant JSON, and `{"a": tru}` is a JSON mistake to point at,
/// not the YAML string "tru".
enum JSONOrYAML {
    /// The JSON values, or nil when the bytes are YAML instead; the JSON
    /// error when neither reader accepts them.
    static func jsonValues(_ bytes: [UInt8], path: String, limits: ReaderLimits) throws -> [Node]? {
        do {
            return try JSONReader.parseSequence(bytes, file: path, limits: limits)
        } catch let error as InputError where error.kind == .syntax && !path.lowercased().hasSuffix(".json") {
            if (try? YAMLReader.parseFirstDocument(bytes, file: path, limits: limits)) != nil { return nil }
            throw error
        }
    }
}
