import LSReadyCore

/// `lsready version` (also `lsready --version`).
struct VersionCommand: Command {
    let name = "version"
    let summary = "print the version"
    let usage = "lsready version"
    let discussion = "Prints the tool's name and version."
    let options: [OptionSpec] = []
    let maxPositionals = 0

    static var line: String { "\(LSReady.name) \(LSReady.version)\n" }

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        context.standardOutput.write(Self.line)
        return .passed
    }
}
