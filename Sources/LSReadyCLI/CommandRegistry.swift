/// The commands this build runs, listed by hand: adding a command means
/// adding it here (and to `GeneralHelp` when it is new to CLI.md).
public enum CommandRegistry {
    public static let commands: [any Command] = [
        AuditCommand(),
        ValuesCommand(),
        RulesCommand(),
        ExplainCommand(),
        ChecklistCommand(),
        CollectCommand(),
        VersionCommand(),
    ]

    public static func command(named name: String) -> (any Command)? {
        commands.first { $0.name == name }
    }
}
