/// Loads a document as Helm reads a values file: go-yaml v2 decoding into
/// `interface{}` (decode.go), then sigs.k8s.io/yaml's key stringification
/// and JSON round trip (every number a float64, ±Inf and NaN rejected).
struct HelmDecoder {
    let anchors: AnchorTable
    let limits: ReaderLimits
    var guardCounter = AliasGuard()
    var depth = 0

    init(anchors: AnchorTable, limits: ReaderLimits) {
        self.anchors = anchors
        self.limits = limits
    }

    mutating func decodeDocument(_ document: YAMLDocument) throws -> Node {
        try guardCounter.countNode(at: document.location) // the document node itself
        return try decode(document.root)
    }

    /// go-yaml's `unmarshal`: counts the node, follows aliases, then decodes by kind.
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
            let scalar = try HelmScalarResolver.resolve(text, style: style, tag: node.tag, at: node.location)
            return Node(try Self.jsonValue(of: scalar, at: node.location), at: node.location)
        case .sequence(let items):
            var nodes: [Node] = []
            nodes.reserveCapacity(items.count)
            for item in items { nodes.append(try decode(item)) }
            return Node(.sequence(nodes), at: node.location)
        case .mapping:
            var builder = MappingBuilder()
            try decodeMapping(node, into: &builder)
            return Node(.mapping(builder.entries), at: node.location)
        }
    }

    func aliasTarget(_ alias: YAMLNode) throws -> YAMLNode {
        guard let target = anchors.target(ofAliasAt: alias.location) else {
            if case .alias(let name) = alias.content {
                throw InputError(.undefinedAlias, "unknown anchor '\(name)' referenced", at: alias.location)
            }
            throw InputError(.undefinedAlias, "unknown anchor referenced", at: alias.location)
        }
        return target
    }

    /// go-yaml's `mapping`: keys and values in order into one map; a `<<`
    /// merges in place, overwriting keys set before it.
    mutating func decodeMapping(_ node: YAMLNode, into builder: inout MappingBuilder) throws {
        guard case .mapping(let pairs) = node.content else { return }
        for pair in pairs {
            if isMergeKey(pair.key) {
                try merge(pair.value, into: &builder)
                continue
            }
            let key = try decodeKey(pair.key)
            let value = try decode(pair.value)
            builder.set(key, at: pair.key.location, to: value)
        }
    }

    func isMergeKey(_ key: YAMLNode) -> Bool {
        guard case .scalar(let text, let style) = key.content, text == "<<" else { return false }
        return (key.tag == nil && style == .plain) || key.tag == HelmScalarResolver.mergeTag
    }

    /// go-yaml's `merge`: a map, an alias to a map, or a sequence of those
    /// applied last to first (so the earlier map wins).
    mutating func merge(_ value: YAMLNode, into builder: inout MappingBuilder) throws {
        switch value.content {
        case .mapping:
            try decodeMergedMap(value, into: &builder)
        case .alias:
            guard case .mapping = try aliasTarget(value).content else { throw mergeError(at: value.location) }
            try decodeMergedMap(value, into: &builder)
        case .sequence(let items):
            for item in items.reversed() {
                switch item.content {
                case .mapping: break
                case .alias:
                    guard case .mapping = try aliasTarget(item).content else { throw mergeError(at: item.location) }
                default:
                    throw mergeError(at: item.location)
                }
                try decodeMergedMap(item, into: &builder)
            }
        case .scalar:
            throw mergeError(at: value.location)
        }
    }

    /// Decodes a mapping (or an alias to one) into an existing map, counting
    /// nodes as go-yaml's `unmarshal` does.
    private mutating func decodeMergedMap(_ node: YAMLNode, into builder: inout MappingBuilder) throws {
        try guardCounter.countNode(at: node.location)
        depth += 1
        defer { depth -= 1 }
        guard depth <= limits.maxDepth else {
            throw InputError(.depthLimit, "merges nest deeper than \(limits.maxDepth) levels", at: node.location)
        }
        if case .alias = node.content {
            let target = try aliasTarget(node)
            guardCounter.aliasDepth += 1
            defer { guardCounter.aliasDepth -= 1 }
            try decodeMergedMap(target, into: &builder)
            return
        }
        try decodeMapping(node, into: &builder)
    }

    func mergeError(at location: SourceLocation) -> InputError {
        InputError(.unsupportedValue, "map merge requires map or sequence of maps as the value", at: location)
    }

    /// A key decoded like any node, then stringified as sigs.k8s.io/yaml does.
    mutating func decodeKey(_ key: YAMLNode) throws -> String {
        try guardCounter.countNode(at: key.location)
        var node = key
        var expansions = 0
        while case .alias = node.content {
            node = try aliasTarget(node)
            expansions += 1
            if expansions == 1 {
                guardCounter.aliasDepth += 1
            }
            try guardCounter.countNode(at: key.location)
        }
        defer { if expansions > 0 { guardCounter.aliasDepth -= 1 } }
        guard case .scalar(let text, let style) = node.content else {
            // Still count the collection's nodes? go-yaml fails right after decoding it; the error comes first here.
            throw InputError(.unsupportedValue, "a list or map cannot be a map key in a values file", at: key.location,
                             hint: "Helm (go-yaml) fails with \"invalid map key\"")
        }
        return try Self.keyString(HelmScalarResolver.resolve(text, style: style, tag: node.tag, at: node.location), at: key.location)
    }

    /// sigs.k8s.io/yaml's stringification of a resolved key; null and uint64 keys are errors.
    static func keyString(_ scalar: HelmScalar, at location: SourceLocation) throws -> String {
        switch scalar {
        case .string(let string): return string
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let integer): return String(integer)
        case .float(let float): return GoFloatFormat.formatShortestFloat32(float)
        case .null:
            throw InputError(.unsupportedValue, "a null key (~, null or empty) cannot be read by Helm", at: location,
                             hint: "quote the key if it is meant as text")
        case .uint:
            throw InputError(.unsupportedValue, "an integer key above 9223372036854775807 cannot be read by Helm", at: location,
                             hint: "quote the key")
        }
    }

    /// The JSON value Helm ends up with: every number a float64; ±Inf and NaN fail in json.Marshal.
    static func jsonValue(of scalar: HelmScalar, at location: SourceLocation) throws -> Node.Value {
        switch scalar {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let integer): return .number(Double(integer))
        case .uint(let integer): return .number(Double(integer))
        case .string(let string): return .string(string)
        case .float(let float):
            if float.isNaN {
                throw InputError(.unsupportedValue, "Helm cannot read .nan: JSON has no NaN", at: location,
                                 hint: "quote it to make it a string")
            }
            if float.isInfinite {
                throw InputError(.unsupportedValue, "Helm cannot read \(float > 0 ? ".inf" : "-.inf"): JSON has no infinity", at: location,
                                 hint: "quote it to make it a string")
            }
            return .number(float)
        }
    }
}
