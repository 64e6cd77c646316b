/// A command line lsready cannot run: printed as one line on stderr
/// (`lsready: <message> (see 'lsready values --help')`), exit 2.
public struct UsageError: Error, Equatable, Sendable {
    public var message: String
    /// The command whose `--help` would help; nil for the top-level usage.
    public var command: String?
    public var pointsToHelp: Bool

    public init(_ message: String, command: String?, pointsToHelp: Bool = true) {
        self.message = message
        self.command = command
        self.pointsToHelp = pointsToHelp
    }

    public var line: String {
        guard pointsToHelp else { return "lsready: \(message)" }
        let help = command.map { "lsready \($0) --help" } ?? "lsready --help"
        return "lsready: \(message) (see '\(help)')"
    }
}
