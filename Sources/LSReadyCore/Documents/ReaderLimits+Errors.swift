/// The errors of the limits the readers share (docs/limits.md), worded
/// once so that YAML and JSON say the same thing.
extension ReaderLimits {
    static func scalarLimitError(_ byteCount: Int, limits: ReaderLimits, at location: SourceLocation) -> InputError {
        InputError(.sizeLimit, "a single value of \(byteCount) bytes, over the limit of \(limits.maxScalarBytes) bytes",
                   at: location, hint: "no Helm value or Kubernetes field is this large; is the file generated or corrupted?")
    }

    static func nodeLimitError(_ limits: ReaderLimits, at location: SourceLocation) -> InputError {
        InputError(.sizeLimit, "more than \(limits.maxNodes) values in one file",
                   at: location, hint: "split the dump, or collect one namespace with 'lsready collect'")
    }
}

extension YAMLScanner {
    /// Out of line, to keep the hot path small.
    @inline(never)
    func scalarLimitError(_ token: YAMLToken) -> InputError {
        ReaderLimits.scalarLimitError(token.value.count, limits: limits, at: location(token.start))
    }
}
