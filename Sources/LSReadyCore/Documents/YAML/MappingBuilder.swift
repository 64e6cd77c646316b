/// Collects the entries of one loaded mapping with "last one wins"
/// semantics: a repeated key keeps the position of its first occurrence but
/// takes the later value and the later key's location.
struct MappingBuilder {
    private(set) var entries: [Node.Entry] = []
    private var positions: [String: Int] = [:]

    func contains(_ key: String) -> Bool { positions[key] != nil }

    mutating func set(_ key: String, at keyLocation: SourceLocation, to value: Node) {
        if let index = positions[key] {
            entries[index].value = value
            entries[index].keyLocation = keyLocation
        } else {
            positions[key] = entries.count
            entries.append(Node.Entry(key: key, keyLocation: keyLocation, value: value))
        }
    }
}
