/// Where a value came from: a position in an input file, a chart default, or a
/// command-line `--set`. Lines and columns are 1-based; columns count Unicode
/// scalars. A location without a line (`line == 0`) names only its origin.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The origin of every value that the user did not set.
    public static let chartDefault = SourceLocation(file: "chart default", line: 0, column: 0)

    /// A value set by `--set` on the command line.
    public static func commandLine(_ argument: String) -> SourceLocation {
        SourceLocation(file: "--set \(SecretKeys.redactedAssignment(argument))", line: 0, column: 0)
    }

    /// A whole file, without a position inside it.
    public static func file(_ path: String) -> SourceLocation {
        SourceLocation(file: path, line: 0, column: 0)
    }

    public var isChartDefault: Bool { self == .chartDefault }
    public var hasPosition: Bool { line > 0 }

    /// `values.yaml:12:5`, or just the origin when there is no position.
    public var description: String {
        hasPosition ? "\(file):\(line):\(column)" : file
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
