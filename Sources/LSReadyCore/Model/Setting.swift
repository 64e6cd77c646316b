/// One values setting as the chart will see it: its (typed) value, its key
/// path, and where it was set (a file position, `--set`, or the chart default).
public struct Setting<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var path: String
    public var location: SourceLocation

    public init(_ value: Value, path: String, location: SourceLocation) {
        self.value = value
        self.path = path
        self.location = location
    }

    /// True when a user file or `--set` gave the value (not the chart default).
    public var isUserSet: Bool { !location.isChartDefault }

    /// Evidence naming this setting; `detail` defaults to the value's description.
    public func evidence(_ detail: String? = nil) -> Evidence {
        .setting(path, at: location, detail: detail ?? "\(value)")
    }

    public func map<Other>(_ transform: (Value) -> Other) -> Setting<Other> {
        Setting<Other>(transform(value), path: path, location: location)
    }
}

extension Setting where Value == Bool {
    public func evidence() -> Evidence { evidence(value ? "true" : "false") }
}

extension Setting where Value == String {
    /// Evidence that quotes the value: only for settings that are never secret.
    public func evidence() -> Evidence { evidence(value.isEmpty ? "empty" : "\"\(value)\"") }
}
