/// The tool's identity, as reports print it.
public enum LSReady {
    public static let name = "lsready"
    public static let version = "0.1.0"
}
