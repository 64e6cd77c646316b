/// Binds every alias of a document to the anchored node it names, in
/// document order, before anything is decoded: an alias sees the newest
/// definition written before it (anchors may be redefined, as go-yaml
/// allows), and an alias inside the node its anchor is still defining is
/// reported as recursive.
struct AnchorTable {
    /// The node each alias stands for, keyed by the alias's position (unique per document).
    private var targets: [SourceLocation: YAMLNode] = [:]

    init(document root: YAMLNode, limits: ReaderLimits) throws {
        var binder = Binder()
        try binder.bind(root, depth: 0, limits: limits)
        targets = binder.targets
    }

    func target(ofAliasAt location: SourceLocation) -> YAMLNode? {
        targets[location]
    }

    private struct Binder {
        var targets: [SourceLocation: YAMLNode] = [:]
        /// The newest definition of each anchor, with a number for each definition.
        var anchors: [String: (definition: Int, node: YAMLNode)] = [:]
        /// Definitions whose node is still being read.
        var open: Set<Int> = []
        var definitionCount = 0

        mutating func bind(_ node: YAMLNode, depth: Int, limits: ReaderLimits) throws {
            guard depth <= limits.maxDepth else {
                throw InputError(.depthLimit, "collections nested deeper than \(limits.maxDepth) levels", at: node.location)
            }
            var definition: Int? = nil
            if let anchor = node.anchor {
                definitionCount += 1
                definition = definitionCount
                anchors[anchor] = (definitionCount, node)
                open.insert(definitionCount)
            }
            defer { if let definition { open.remove(definition) } }
            switch node.content {
            case .alias(let name):
                guard let anchor = anchors[name] else {
                    throw InputError(.undefinedAlias, "unknown anchor '\(name)' referenced", at: node.location,
                                     hint: "define it with &\(name) before this alias")
                }
                if open.contains(anchor.definition) {
                    throw InputError(.recursiveAlias, "anchor '\(name)' value contains itself", at: node.location,
                                     hint: "an alias cannot refer to the node that contains it")
                }
                targets[node.location] = anchor.node
            case .scalar:
                break
            case .sequence(let items):
                for item in items { try bind(item, depth: depth + 1, limits: limits) }
            case .mapping(let pairs):
                for pair in pairs {
                    try bind(pair.key, depth: depth + 1, limits: limits)
                    try bind(pair.value, depth: depth + 1, limits: limits)
                }
            }
        }
    }
}
