/// One `--set` argument (`a.b=c,list[0]=x,tags={a,b}`), applied as Helm's
/// `strvals.ParseInto` applies it (pkg/strvals/parser.go): into the values
/// merged from the files, in place. So `--set a.b=1` adds `b` to an existing
/// map `a`, `--set l[1]=x` changes one item of an existing list (growing it
/// with nulls), and setting a key under a value that is not a map (or an
/// index on a value that is not a list) is an error, as in Helm.
///
/// Values are typed as `--set` types them, not as YAML does: `true`/`false`/
/// `null` in any case, `0`, and base-10 integers not starting with `0` are
/// booleans, null and numbers; everything else (`1.5`, `yes`, `0x10`, `012`)
/// is a string. A backslash makes the next character literal (`\,` `\.` `\=`).
public struct SetExpression: Sendable, Equatable {
    /// The argument as given on the command line.
    public let argument: String

    /// Checks the syntax. Malformed → `InputError(.invalidArgument)`.
    public init(parsing argument: String) throws {
        self.argument = argument
        var scratch = SetTarget.map([], .commandLine(argument))
        var parser = SetParser(argument)
        try parser.parseAll(into: &scratch)
    }

    /// `values` with this expression's assignments applied, each new node
    /// located at `SourceLocation.commandLine(<assignment>)`.
    public func apply(to values: Node) throws -> Node {
        var target = SetTarget(values)
        var parser = SetParser(argument)
        try parser.parseAll(into: &target)
        return target.node
    }

    /// Applies each expression in order, as Helm applies repeated `--set`.
    public static func apply(_ expressions: [SetExpression], to values: Node) throws -> Node {
        try expressions.reduce(values) { try $1.apply(to: $0) }
    }
}
