/// Collects the entries of one loaded mapping with "last one wins"
/// semantics: a repeated key keeps the position of its first occurrence but
/// takes the later value and the later key's location.
struct MappingBuilder {
    private(set) var entries: [Node.Entry] = []
    /// Key → position, built once the mapping outgrows a linear scan (most
    /// mappings have a handful of keys, and hashing each one cost more than comparing).
    private var positions: [String: Int]?
    private static let linearLimit = 12

    func contains(_ key: String) -> Bool { position(of: key) != nil }

    private func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        return entries.firstIndex { $0.key == key }
    }

    mutating func set(_ key: String, at keyLocation: SourceLocation, to value: Node) {
        if let index = position(of: key) {
            entries[index].value = value
            entries[index].keyLocation = keyLocation
            return
        }
        if positions != nil {
            positions![key] = entries.count
        } else if entries.count == Self.linearLimit {
            var index: [String: Int] = [:]
            index.reserveCapacity(entries.count * 2)
            for (position, entry) in entries.enumerated() { index[entry.key] = position }
            index[key] = entries.count
            positions = index
        }
        entries.append(Node.Entry(key: key, keyLocation: keyLocation, value: value))
    }
}
