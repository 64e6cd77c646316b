extension SourceLocation {
    /// The location with any `--set PATH=VALUE` value replaced by `<redacted>`:
    /// a `--set` location carries the whole argument, and for a secret-bearing
    /// key that argument holds the secret (CATALOG §2: never print a secret value).
    var redactingCommandLineValue: SourceLocation {
        guard line == 0, file.hasPrefix("--set "), let equals = file.firstIndex(of: "=") else { return self }
        return SourceLocation(file: String(file[..<equals]) + "=<redacted>", line: line, column: column)
    }
}

extension PlaintextSecret {
    /// The location to show: a `--set` argument without its value.
    var shownLocation: SourceLocation { location.redactingCommandLineValue }

    /// Evidence naming the key and where it was set, never the value.
    var redactedEvidence: Evidence { .setting(path, at: shownLocation, detail: "a value is set (not shown)") }
}

extension Setting {
    /// Evidence for a secret-bearing setting: the key and where it was set,
    /// with a `--set` argument's value redacted, and the given (non-secret) detail.
    func secretEvidence(_ detail: String) -> Evidence {
        .setting(path, at: location.redactingCommandLineValue, detail: detail)
    }
}
