/// The one error type for everything wrong with an input: unreadable files,
/// invalid YAML or JSON, values Helm cannot read, inputs over a limit.
/// Rendered `file:line:column: error: message` (the CLI maps it to exit 3).
/// Messages quote at most the offending token, never a whole line: a line of
/// a values file can hold a password.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        /// The file is missing, a directory, or cannot be read.
        case unreadable
        /// The bytes are not valid UTF-8, or hold a NUL or another forbidden character.
        case encoding
        /// The text is not well-formed YAML or JSON.
        case syntax
        /// An alias names an anchor that is not defined (yet).
        case undefinedAlias
        /// An alias refers to the node that contains it.
        case recursiveAlias
        /// Nesting deeper than the limit.
        case depthLimit
        /// Alias expansion beyond the billion-laughs guard.
        case aliasLimit
        /// A scalar, document or stream over its size limit.
        case sizeLimit
        /// Valid YAML that Helm cannot turn into values (`.inf`, a null or list key, a top-level list).
        case unsupportedValue
        /// A malformed `--set` expression or a value in the wrong place.
        case invalidArgument
        /// Input of the wrong kind (a values file where a cluster dump was expected, and the reverse).
        case wrongKind
    }

    public var kind: Kind
    public var message: String
    public var location: SourceLocation
    /// A suggestion for the common mistake behind this error, when one is known.
    public var hint: String?

    public init(_ kind: Kind, _ message: String, at location: SourceLocation, hint: String? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
        self.hint = hint
    }

    public var description: String {
        var text = "\(location): error: \(message)"
        if let hint { text += " (\(hint))" }
        return text
    }
}
