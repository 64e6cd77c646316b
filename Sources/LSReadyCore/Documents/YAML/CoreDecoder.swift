/// Loads a document with the YAML 1.2 core schema: the reading the YAML
/// test suite's JSON expects. Keys become their text; `<<` merges follow the
/// merge-key spec (a merged key never overrides one the mapping sets itself).
struct CoreDecoder {
    let anchors: AnchorTable
    let limits: ReaderLimits
    var guardCounter = AliasGuard()
    var depth = 0

    init(anchors: AnchorTable, limits: ReaderLimits) {
        self.anchors = anchors
        self.limits = limits
    }

    mutating func decode(_ node: YAMLNode) throws -> Node {
        try guardCounter.countNode(at: node.location)
        depth += 1
        defer { depth -= 1 }
        guard depth <= limits.maxDepth else {
            throw InputError(.depthLimit, "aliases expand to collections nested deeper than \(limits.maxDepth) levels", at: node.location)
        }
        switch node.content {
        case .alias:
            let target = try aliasTarget(node)
            guardCounter.aliasDepth += 1
            defer { guardCounter.aliasDepth -= 1 }
            return try decode(target)
        case .scalar(let text, let style):
            return Node(try CoreScalarResolver.resolve(text, style: style, tag: node.tag, at: node.location), at: node.location)
        case .sequence(let items):
            var nodes: [Node] = []
            nodes.reserveCapacity(items.count)
            for item in items { nodes.append(try decode(item)) }
            return Node(.sequence(nodes), at: node.location)
        case .mapping(let pairs):
            var builder = MappingBuilder()
            var merges: [YAMLNode] = []
            for pair in pairs {
                if isMergeKey(pair.key) {
                    merges.append(pair.value)
                    continue
                }
                let key = try decodeKey(pair.key)
                builder.set(key, at: pair.key.location, to: try decode(pair.value))
            }
            for merge in merges {
                try apply(merge, into: &builder)
            }
            return Node(.mapping(builder.entries), at: node.location)
        }
    }

    func aliasTarget(_ alias: YAMLNode) throws -> YAMLNode {
        guard let target = anchors.target(ofAliasAt: alias.location) else {
            throw InputError(.undefinedAlias, "unknown anchor referenced", at: alias.location)
        }
        return target
    }

    func isMergeKey(_ key: YAMLNode) -> Bool {
        guard case .scalar(let text, let style) = key.content, text == "<<" else { return false }
        return (key.tag == nil && style == .plain) || key.tag == HelmScalarResolver.mergeTag
    }

    /// Adds the keys of a merged map (or of each map in a sequence, earlier
    /// first) that the mapping does not already have.
    mutating func apply(_ merge: YAMLNode, into builder: inout MappingBuilder) throws {
        let value = try decode(merge)
        let maps: [Node]
        switch value.value {
        case .mapping: maps = [value]
        case .sequence(let items): maps = items
        default: throw mergeError(at: merge.location)
        }
        for map in maps {
            guard case .mapping(let entries) = map.value else { throw mergeError(at: map.location) }
            for entry in entries where !builder.contains(entry.key) {
                builder.set(entry.key, at: entry.keyLocation, to: entry.value)
            }
        }
    }

    func mergeError(at location: SourceLocation) -> InputError {
        InputError(.unsupportedValue, "a merge key (<<) needs a map or a sequence of maps", at: location)
    }

    /// A scalar key's text (after aliases); a collection key cannot become a JSON key.
    mutating func decodeKey(_ key: YAMLNode) throws -> String {
        try guardCounter.countNode(at: key.location)
        var node = key
        if case .alias = node.content { node = try aliasTarget(node) }
        guard case .scalar(let text, _) = node.content else {
            throw InputError(.unsupportedValue, "a list or map cannot be a mapping key here", at: key.location)
        }
        return text
    }
}
