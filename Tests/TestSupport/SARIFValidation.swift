import Foundation

/// Validates SARIF files against the SARIF 2.1.0 JSON schema of
/// `../shared/schemas/`, with Python's `jsonschema` (no Swift dependency
/// needed). Without `../shared`, `python3` or `jsonschema` the check is
/// skipped with a printed reason, so a user's fresh clone still passes.
public enum SARIFValidation {
    public enum Outcome: Equatable {
        case valid
        /// One line per schema violation: `file: json/path: message`.
        case invalid(String)
        case skipped(String)
    }

    static let script = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            print("python3 has no jsonschema module (pip install jsonschema)")
            sys.exit(3)
        schema = json.load(open(sys.argv[1]))
        validator = jsonschema.validators.validator_for(schema)(schema)
        bad = 0
        for path in sys.argv[2:]:
            document = json.load(open(path))
            for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.path)))[:10]:
                print("%s: %s: %s" % (path, "/".join(map(str, error.path)), error.message))
                bad += 1
        sys.exit(1 if bad else 0)
        """

    /// Validates every file; prints and returns `.skipped` when the tools are missing.
    public static func validate(_ files: [URL], test: String) -> Outcome {
        guard let schema = ProjectPaths.shared("schemas/sarif-schema-2.1.0.json", for: test) else {
            return .skipped("../shared not found")
        }
        guard FileManager.default.fileExists(atPath: schema.path) else {
            return skip("\(schema.path) not found", test: test)
        }
        guard let python = executable(named: "python3") else {
            return skip("python3 not found on PATH", test: test)
        }
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", script, schema.path] + files.map(\.path)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            return skip("cannot run python3: \(error)", test: test)
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        switch process.terminationStatus {
        case 0: return .valid
        case 3: return skip(text.trimmingCharacters(in: .whitespacesAndNewlines), test: test)
        default: return .invalid(text)
        }
    }

    /// Writes `sarif` to a temporary file and validates it.
    public static func validate(_ sarif: String, name: String = "report.sarif", test: String) throws -> Outcome {
        let directory = try TemporaryDirectory()
        let file = try directory.write(name, sarif)
        return validate([file], test: test)
    }

    private static func skip(_ reason: String, test: String) -> Outcome {
        print("\(test): skipped SARIF schema validation: \(reason)")
        return .skipped(reason)
    }

    static func executable(named name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
