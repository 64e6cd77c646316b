/// One option a command accepts.
public struct OptionSpec: Sendable {
    public enum Kind: Sendable, Equatable {
        /// `--explain`: present or not.
        case flag
        /// `--format json`: takes a value, named in help (`FORMAT`).
        case value(placeholder: String)
    }

    /// The long name without dashes (`values`); parsed results are keyed by it.
    public var name: String
    public var shortName: Character?
    public var kind: Kind
    public var repeatable: Bool
    /// When set, the value must be one of these.
    public var allowedValues: [String]?
    public var help: String

    public init(_ name: String, short: Character? = nil, kind: Kind = .flag, repeatable: Bool = false,
                allowedValues: [String]? = nil, help: String) {
        self.name = name
        self.shortName = short
        self.kind = kind
        self.repeatable = repeatable
        self.allowedValues = allowedValues
        self.help = help
    }

    public var takesValue: Bool { kind != .flag }

    /// `-f, --values FILE` as help lists it.
    public var synopsis: String {
        var text = shortName.map { "-\($0), " } ?? "    "
        text += "--\(name)"
        if case .value(let placeholder) = kind { text += " \(placeholder)" }
        return text
    }
}
