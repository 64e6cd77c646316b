/// What a chart version makes of a user's key path (`values.unknown-keys`,
/// `values.legacy-keys`). See `ChartSnapshot.keyStatus(_:)` for the rules.
public enum KeyStatus: Sendable, Hashable {
    /// The chart has this key (or the tool does not model the section it is in).
    case known
    /// The key is inside a map whose contents the chart does not fix (labels,
    /// resources, extraEnv, an empty map, a list, ...): any key is valid there.
    case freeForm
    /// The chart has no such key. `suggestion` is the sibling key the user
    /// probably meant (same letters ignoring case, else within two edits).
    case unknown(suggestion: String?)
    /// The chart version ignores this key since it was renamed;
    /// `replacement` is the full dotted path to use instead.
    case legacy(replacement: String)
}
