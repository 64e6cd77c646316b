/// Every rule, in catalog order. Hand-written on purpose: the order is the
/// report's order, and a test checks that every rule type is listed once.
public enum RuleRegistry {
    public static let all: [any Rule] = []

    public static func rule(id: String) -> (any Rule)? {
        all.first { $0.metadata.id == id }
    }
}
