extension SecretKeys {
    /// A `--set` argument as it may be printed: when an assignment in it sets
    /// a secret-bearing key, everything from that assignment's `=` on is
    /// `<redacted>` (a value may hold commas, so the rest goes too).
    /// `--set postgres.external.password=hunter2` would otherwise reach
    /// `lsready values --explain`, report evidence and error messages.
    public static func redactedAssignment(_ argument: String) -> String {
        for piece in argument.split(separator: ",", omittingEmptySubsequences: false) {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let key = piece[piece.startIndex..<equals].split(separator: ".").map(String.init)
            // The key itself or anything below it (`password.x=...`).
            if (1...max(1, key.count)).contains(where: { isSecret(Array(key.prefix($0))) }) {
                return String(argument[..<equals]) + "=" + Redaction.placeholder
            }
        }
        return argument
    }

    /// Whether the argument sets a secret-bearing key.
    public static func setsSecret(_ argument: String) -> Bool {
        redactedAssignment(argument) != argument
    }
}
