/// The process exit codes (CLI.md, "Exit codes"): a contract for scripts.
public enum ExitCode: Int32, Sendable, Equatable {
    /// The gate passed (or the command did its job).
    case passed = 0
    /// The gate failed.
    case gateFailed = 1
    /// Unknown command or flag, bad flag value.
    case usage = 2
    /// A file missing or unreadable, invalid YAML/JSON, an input over a limit.
    case inputError = 3
}
