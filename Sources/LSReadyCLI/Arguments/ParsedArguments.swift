/// A command line after parsing: options by long name, in the order given.
public struct ParsedArguments: Sendable, Equatable {
    public struct Occurrence: Sendable, Equatable {
        /// The option's long name, or nil for a positional argument.
        public var option: String?
        public var value: String
    }

    /// Options and positionals in command-line order (order matters for
    /// inputs: `-f a.yaml b.yaml -f c.yaml` merges a, b, c).
    public var occurrences: [Occurrence] = []
    public var helpRequested = false

    public init() {}

    public var positionals: [String] {
        occurrences.filter { $0.option == nil }.map(\.value)
    }

    public func values(_ option: String) -> [String] {
        occurrences.filter { $0.option == option }.map(\.value)
    }

    public func value(_ option: String) -> String? {
        values(option).last
    }

    public func has(_ option: String) -> Bool {
        occurrences.contains { $0.option == option }
    }
}
