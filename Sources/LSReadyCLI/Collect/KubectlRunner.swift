import Foundation
import LSReadyCore

/// Runs kubectl as a child process with the command's environment, and
/// collects its output. Output goes to temporary files rather than pipes, so
/// that a large dump never blocks kubectl on a full pipe buffer.
struct KubectlRunner {
    struct Outcome {
        var status: Int32
        var standardOutput: [UInt8]
        var standardError: String
    }

    var executable: URL
    var context: CommandContext

    /// `--kubectl PATH` (a path, or a name looked up on PATH), else `kubectl` on `PATH`.
    static func locate(_ requested: String?, context: CommandContext) throws -> URL {
        let name = requested ?? "kubectl"
        if name.contains("/") {
            let url = context.url(for: name)
            guard FileManager.default.isExecutableFile(atPath: url.path) else {
                throw InputError(.unreadable, "not an executable file; --kubectl takes the path of kubectl", at: .file(name))
            }
            return url
        }
        let directories = (context.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for directory in directories where !directory.isEmpty {
            let candidate = context.url(for: directory).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        throw InputError(.unreadable, "not found on PATH; install kubectl or give its location with --kubectl PATH", at: .file(name))
    }

    func run(_ arguments: [String]) throws -> Outcome {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lsready-kubectl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
              FileManager.default.createFile(atPath: errURL.path, contents: nil) else {
            throw InputError(.unreadable, "cannot create a temporary file for kubectl's output", at: .file(scratch.path))
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = context.environment
        process.currentDirectoryURL = context.workingDirectory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            try? out.close()
            try? err.close()
            throw InputError(.unreadable, "cannot run kubectl: \(error.localizedDescription)", at: .file(executable.path))
        }
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        let standardOutput = (try? Data(contentsOf: outURL)).map { [UInt8]($0) } ?? []
        let standardError = (try? Data(contentsOf: errURL)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return Outcome(status: process.terminationStatus, standardOutput: standardOutput, standardError: standardError)
    }
}
