extension JSONValue {
    /// A loaded document as JSON, keys in input order: how `collect` writes
    /// what kubectl printed. Integral numbers stay integers (Kubernetes
    /// counts, ports, generations); others keep their shortest form.
    public init(_ node: Node) {
        switch node.value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number):
            if number.rounded() == number, abs(number) < 9_007_199_254_740_992 {
                self = .int(Int(number))
            } else {
                self = .number(number)
            }
        case .string(let text): self = .string(text)
        case .sequence(let items): self = .array(items.map(JSONValue.init))
        case .mapping(let entries): self = .object(entries.map { ($0.key, JSONValue($0.value)) })
        }
    }
}
