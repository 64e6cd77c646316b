/// Reads typed settings out of the merged values (user values over the chart
/// defaults) for the model builders, and remembers which booleans and
/// integers the model read, so that `values.types` can check exactly those.
///
/// Booleans are read the way the chart's templates read them (`{{ if }}`):
/// false, 0, null, "" and empty collections are false; anything else — the
/// string "false" included — is true.
struct ValuesReader {
    enum ExpectedType: Sendable, Equatable {
        case boolean, integer
    }

    struct TypedRead: Sendable, Equatable {
        var path: String
        var expected: ExpectedType
    }

    let merged: Node
    private(set) var typedReads: [TypedRead] = []

    init(merged: Node) {
        self.merged = merged
    }

    func node(_ path: String) -> Node? {
        merged.at(path)
    }

    func location(_ path: String) -> SourceLocation {
        node(path)?.location ?? .chartDefault
    }

    /// A boolean as the templates see it.
    mutating func bool(_ path: String) -> Setting<Bool> {
        typedReads.append(TypedRead(path: path, expected: .boolean))
        let node = self.node(path)
        return Setting(node.map(ValuesReader.truthy) ?? false, path: path, location: node?.location ?? .chartDefault)
    }

    /// A string; numbers and booleans as their text; absent or null as "".
    func string(_ path: String) -> Setting<String> {
        let node = self.node(path)
        return Setting(node.map(ValuesReader.text) ?? "", path: path, location: node?.location ?? .chartDefault)
    }

    /// A comma-separated list written either as one string (`"a,b"`) or as a
    /// YAML list of strings (`[a, b]`): the list's items joined with commas.
    func commaList(_ path: String) -> Setting<String> {
        guard let node = self.node(path), let items = node.items else { return string(path) }
        return Setting(items.map(ValuesReader.text).joined(separator: ","), path: path, location: node.location)
    }

    /// A number, or a string holding one (the chart writes many numbers as strings: "21600").
    func number(_ path: String) -> Setting<Double?> {
        let node = self.node(path)
        return Setting(node.flatMap(ValuesReader.numeric), path: path, location: node?.location ?? .chartDefault)
    }

    /// A number the chart expects to be an integer (replicas, percentages).
    mutating func integer(_ path: String) -> Setting<Double?> {
        typedReads.append(TypedRead(path: path, expected: .integer))
        return number(path)
    }

    /// A map of strings (annotations, labels); non-string values as their text.
    func stringMap(_ path: String) -> Setting<[String: String]> {
        let node = self.node(path)
        var map: [String: String] = [:]
        for entry in node?.entries ?? [] { map[entry.key] = ValuesReader.text(entry.value) }
        return Setting(map, path: path, location: node?.location ?? .chartDefault)
    }

    /// The number of items of a list (0 when absent or not a list).
    func count(_ path: String) -> Setting<Int> {
        let node = self.node(path)
        return Setting(node?.items?.count ?? 0, path: path, location: node?.location ?? .chartDefault)
    }

    /// Whether a secret-bearing setting holds a value: the value itself never leaves the reader.
    func secret(_ path: String) -> Setting<Bool> {
        let node = self.node(path)
        let isSet = node.map { !ValuesReader.text($0).isEmpty } ?? false
        return Setting(isSet, path: path, location: node?.location ?? .chartDefault)
    }

    static func truthy(_ node: Node) -> Bool {
        switch node.value {
        case .null: return false
        case .bool(let flag): return flag
        case .number(let number): return number != 0
        case .string(let text): return !text.isEmpty
        case .sequence(let items): return !items.isEmpty
        case .mapping(let entries): return !entries.isEmpty
        }
    }

    static func text(_ node: Node) -> String {
        switch node.value {
        case .null: return ""
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return NumberText.render(number)
        case .string(let text): return text
        case .sequence, .mapping: return ""
        }
    }

    static func numeric(_ node: Node) -> Double? {
        switch node.value {
        case .number(let number): return number
        case .string(let text): return Double(text.trimmingSpaces())
        default: return nil
        }
    }
}

/// Numbers as people write them: `21600`, `0.5`, not `21600.0`.
enum NumberText {
    static func render(_ number: Double) -> String {
        if number.rounded() == number && abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}
