/// go-yaml v2's billion-laughs guard (decode.go:321-357), counted while
/// expanding so that a bomb fails after a few thousand steps instead of
/// materializing an exponential tree.
struct AliasGuard {
    /// Every node decoded, including each node again inside every alias expansion.
    private(set) var decodeCount = 0
    /// The nodes decoded while inside an alias expansion.
    private(set) var aliasCount = 0
    /// How many alias expansions enclose the current node.
    var aliasDepth = 0

    /// Counts one decoded node; throws once aliases dominate the decoding.
    mutating func countNode(at location: SourceLocation) throws {
        decodeCount += 1
        if aliasDepth > 0 { aliasCount += 1 }
        if aliasCount > 100 && decodeCount > 1000
            && Double(aliasCount) / Double(decodeCount) > Self.allowedAliasRatio(decodeCount) {
            throw InputError(.aliasLimit, "the document expands too many aliases (\(aliasCount) of \(decodeCount) nodes come from aliases)",
                             at: location, hint: "this looks like an alias bomb (\"billion laughs\"); Helm rejects it too")
        }
    }

    /// 0.99 up to 400,000 decoded nodes, 0.10 from 4,000,000, linear in between.
    static func allowedAliasRatio(_ decodeCount: Int) -> Double {
        if decodeCount <= 400_000 { return 0.99 }
        if decodeCount >= 4_000_000 { return 0.10 }
        return 0.99 - 0.89 * (Double(decodeCount - 400_000) / 3_600_000)
    }
}
