import LSReadyCore

// libFuzzer harness: the YAML reader on arbitrary bytes, with both scalar
// resolvers (Helm's go-yaml v2 schema and the YAML 1.2 core schema), the
// whole stream and the first-document path Helm's values reader takes.
// Any thrown InputError is a correct outcome; a crash, a sanitizer report,
// a timeout or running out of memory is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let documents = try? YAMLReader.parseStream(bytes, file: "fuzz.yaml") {
        for document in documents {
            _ = try? YAMLLoader.load(document, schema: .helm)
            _ = try? YAMLLoader.load(document, schema: .core)
        }
    }
    if let values = try? YAMLLoader.loadValuesFile(bytes, file: "fuzz.yaml") {
        // Errors and locations must render without trapping too.
        _ = ValuesJSONRenderer.render(values)
    }
    do {
        _ = try YAMLReader.parseFirstDocument(bytes, file: "fuzz.yaml")
    } catch let error as InputError {
        _ = error.description
    } catch {
        fatalError("the YAML reader threw something other than an InputError: \(error)")
    }
    return 0
}
