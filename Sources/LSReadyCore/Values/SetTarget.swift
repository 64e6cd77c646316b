/// The mutable tree a `--set` expression writes into: like `Node`, but maps
/// and lists can be edited in place while the parser walks a key path.
/// Untouched subtrees stay whole `Node`s, so they keep their locations.
indirect enum SetTarget: Sendable {
    case node(Node)
    case map([(key: String, keyLocation: SourceLocation, value: SetTarget)], SourceLocation)
    case list([SetTarget], SourceLocation)

    init(_ node: Node) {
        switch node.value {
        case .mapping(let entries):
            self = .map(entries.map { ($0.key, $0.keyLocation, SetTarget($0.value)) }, node.location)
        case .sequence(let items):
            self = .list(items.map(SetTarget.init), node.location)
        default:
            self = .node(node)
        }
    }

    var node: Node {
        switch self {
        case .node(let node):
            return node
        case .map(let entries, let location):
            return Node(.mapping(entries.map {
                Node.Entry(key: $0.key, keyLocation: $0.keyLocation, value: $0.value.node)
            }), at: location)
        case .list(let items, let location):
            return Node(.sequence(items.map(\.node)), at: location)
        }
    }

    /// A short name of the value's type, for errors.
    var typeDescription: String {
        switch self {
        case .node(let node): return node.typeDescription
        case .map: return "a map"
        case .list: return "a list"
        }
    }
}
