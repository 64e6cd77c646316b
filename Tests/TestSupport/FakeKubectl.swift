import Foundation

/// A fake `kubectl` for `collect` tests: a shell script that appends its
/// arguments (one call per line) to a log and replays a fixture chosen by the
/// call's first resource type: `<type>.err` fails the call with that text on
/// stderr, `<type>.json` is printed. See `Fixtures/kubectl/README.md`.
public struct FakeKubectl {
    /// The folder holding the script (`kubectl`): put it first on `PATH`.
    public let binDirectory: URL
    public let log: URL
    public let fixtures: URL

    public static let script = """
        #!/bin/sh
        printf '%s\\n' "$*" >> "$FAKE_KUBECTL_LOG"
        resource=""
        previous=""
        for argument in "$@"; do
          if [ "$previous" = "get" ]; then resource="$argument"; fi
          previous="$argument"
        done
        name=$(printf '%s' "$resource" | cut -d, -f1 | cut -d. -f1)
        if [ -f "$FAKE_KUBECTL_FIXTURES/$name.err" ]; then cat "$FAKE_KUBECTL_FIXTURES/$name.err" >&2; exit 1; fi
        if [ -f "$FAKE_KUBECTL_FIXTURES/$name.json" ]; then cat "$FAKE_KUBECTL_FIXTURES/$name.json"; exit 0; fi
        echo "fake kubectl: no fixture for '$resource'" >&2
        exit 1

        """

    /// Installs the script in `directory/bin`, replaying a copy of `fixtures`
    /// (default `Fixtures/kubectl`) that a test may change.
    public init(in directory: URL, fixtures source: URL = ProjectPaths.fixtures.appendingPathComponent("kubectl")) throws {
        binDirectory = directory.appendingPathComponent("bin")
        log = directory.appendingPathComponent("kubectl-calls.log")
        fixtures = directory.appendingPathComponent("kubectl-fixtures")
        try FileManager.default.createDirectory(at: binDirectory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: fixtures)
        let kubectl = binDirectory.appendingPathComponent("kubectl")
        try Data(Self.script.utf8).write(to: kubectl)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: kubectl.path)
    }

    /// The environment a command needs to find and drive the fake: `PATH`
    /// starts with the script's folder and keeps the system tools it uses.
    public var environment: [String: String] {
        ["PATH": "\(binDirectory.path):/usr/bin:/bin",
         "FAKE_KUBECTL_LOG": log.path,
         "FAKE_KUBECTL_FIXTURES": fixtures.path]
    }

    /// Every call's arguments, in order.
    public func calls() -> [String] {
        guard let text = try? String(contentsOf: log, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init)
    }

    /// Makes calls whose first resource type is `type` fail with `message` on stderr.
    public func fail(_ type: String, with message: String) throws {
        try Data(message.utf8).write(to: fixtures.appendingPathComponent("\(type).err"))
    }
}
