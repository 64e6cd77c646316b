extension Node {
    /// This tree with every node and key attributed to `location`: chart
    /// defaults come from the chart, whatever their place in the embedded data.
    public func relocated(to location: SourceLocation) -> Node {
        switch value {
        case .sequence(let items):
            return Node(.sequence(items.map { $0.relocated(to: location) }), at: location)
        case .mapping(let entries):
            return Node(.mapping(entries.map {
                Node.Entry(key: $0.key, keyLocation: location, value: $0.value.relocated(to: location))
            }), at: location)
        case .null, .bool, .number, .string:
            return Node(value, at: location)
        }
    }
}
