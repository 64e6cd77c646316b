import Foundation

/// One `lsready <name>` command. Commands throw `UsageError` (exit 2) and
/// `InputError` (exit 3); the dispatcher prints them.
public protocol Command: Sendable {
    var name: String { get }
    /// One line for the command list.
    var summary: String { get }
    /// `lsready values [PATH ...] [options]`.
    var usage: String { get }
    /// What the command does, shown by `--help` above the options.
    var discussion: String { get }
    var options: [OptionSpec] { get }
    var maxPositionals: Int { get }

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode
}

extension Command {
    public var maxPositionals: Int { .max }

    public var parser: ArgumentParser {
        ArgumentParser(command: name, options: options, maxPositionals: maxPositionals)
    }

    public var helpText: String {
        let rows = options.map { ($0.synopsis, $0.help) } + [("-h, --help", "Show this help")]
        let width = rows.map(\.0.count).max() ?? 0
        var text = "Usage: \(usage)\n\n\(discussion)\n\nOptions:\n"
        for (synopsis, help) in rows {
            text += "  " + synopsis.padding(toLength: width + 2, withPad: " ", startingAt: 0) + help + "\n"
        }
        return text
    }
}
