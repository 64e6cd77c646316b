import LSReadyCore

/// Whether the YAML reader understands YAML syntax. While the reader is
/// developed in parallel a JSON-only stand-in may be compiled instead;
/// tests written in YAML syntax skip themselves until the real one lands.
public enum YAMLReaderAvailability {
    public static let isReal: Bool = {
        let probe = try? YAMLLoader.loadValuesFile(Array("probe: [1, yes]\n".utf8), file: "probe.yaml")
        return probe?["probe"]?.items?.last?.bool == true
    }()

    public static let skipMessage = "needs the real YAML reader (YAML syntax)"
}
