import LSReadyCore

/// The usage error for a malformed `--set`: the argument and the parser's
/// message, except when the argument sets a secret-bearing key. Then the
/// value is `<redacted>` and the message generic, since the parser's
/// message can quote a piece of the value (`key "def" has no value` for a
/// password `abc,def`).
enum SetArgumentError {
    static func usage(_ argument: String, _ error: InputError, command: String) -> UsageError {
        guard SecretKeys.setsSecret(argument) else {
            return UsageError("--set '\(argument)': \(error.message)", command: command)
        }
        return UsageError("--set '\(SecretKeys.redactedAssignment(argument))': the value cannot be parsed as a --set value; "
                          + "it is not shown because the key holds a secret (escape commas as '\\,', or use -f)", command: command)
    }
}
