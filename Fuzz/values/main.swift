import LSReadyCore

// libFuzzer harness: Helm values merging on arbitrary bytes. The input is
// split at its first NUL-free "\n#--\n" marker into values files (YAML or
// JSON); lines starting with "--set " become --set expressions. The files are
// merged as `helm -f a -f b --set ...` merges them, coalesced with a chart's
// defaults, redacted and rendered in every style `lsready values` has.
private let marker: [UInt8] = Array("\n#--\n".utf8)
private let setPrefix: [UInt8] = Array("--set ".utf8)

private func split(_ bytes: [UInt8]) -> [[UInt8]] {
    var parts: [[UInt8]] = []
    var start = 0
    var index = 0
    while index + marker.count <= bytes.count {
        if bytes[index..<index + marker.count].elementsEqual(marker) {
            parts.append(Array(bytes[start..<index]))
            index += marker.count
            start = index
        } else {
            index += 1
        }
    }
    parts.append(Array(bytes[start...]))
    return parts
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzValues(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var files: [Node] = []
    var sets: [SetExpression] = []
    for (index, part) in split(bytes).enumerated() {
        if part.starts(with: setPrefix) {
            // One --set expression per such part (up to the first newline).
            let line = part.dropFirst(setPrefix.count).prefix { $0 != 0x0A }
            if let text = String(validating: line, as: UTF8.self), let expression = try? SetExpression(parsing: text) {
                sets.append(expression)
            }
            continue
        }
        let file = "values-\(index).yaml"
        if JSONReader.looksLikeJSON(part) {
            if let node = try? JSONReader.parse(part, file: file), case .mapping = node.value { files.append(node) }
        } else if let node = try? YAMLLoader.loadValuesFile(part, file: file) {
            files.append(node)
        }
    }
    guard let user = try? ValuesComputation.values(files: files, setExpressions: sets, chartDefaults: nil) else { return 0 }
    let snapshot = ChartKnowledge.snapshots[size % ChartKnowledge.snapshots.count]
    let withDefaults = ValuesMerger.coalesce(user: user, chartDefaults: snapshot.defaults)
    let redacted = Redaction.redact(user)
    _ = ValuesJSONRenderer.render(redacted)
    _ = ValuesYAMLRenderer.render(redacted)
    _ = ValuesExplainRenderer.render(redacted)
    // The chart's defaults are large: one rendering of the coalesced values
    // keeps the harness fast enough to explore (hundreds of runs a second).
    _ = ValuesJSONRenderer.render(Redaction.redact(withDefaults))
    return 0
}
