import Foundation
import LSReadyCore

/// Where a command's text goes.
public protocol TextOutput: Sendable {
    func write(_ text: String)
}

/// Everything a command may touch outside itself, injectable so tests run
/// commands in-process against temporary directories and captured output.
public struct CommandContext: Sendable {
    public var standardOutput: any TextOutput
    public var standardError: any TextOutput
    /// Relative paths the user typed are resolved against this.
    public var workingDirectory: URL
    public var environment: [String: String]
    /// Reads all of standard input (called at most once per run).
    public var readStandardInput: @Sendable () throws -> [UInt8]
    /// Whether standard output is a terminal (`isatty(1)`): the text report
    /// is coloured only then. Injected so that tests never depend on how
    /// `swift test` was started.
    public var standardOutputIsTerminal: Bool
    /// The rules `audit` runs and a configuration may name: the catalog, or
    /// a fixed set in tests of what surrounds the rules (formats, waivers, exit codes).
    public var rules: [any Rule] = RuleRegistry.all
    /// The process exits as soon as the command returns (the executable,
    /// not tests): what a command read is then left to the exit to reclaim
    /// (`ExitKeeper`) instead of being freed object by object, which for a
    /// whole cluster's inventory costs a tenth of the audit.
    public var processExitsAfterCommand = false

    public init(standardOutput: any TextOutput, standardError: any TextOutput, workingDirectory: URL,
                environment: [String: String], readStandardInput: @escaping @Sendable () throws -> [UInt8],
                standardOutputIsTerminal: Bool = false) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.workingDirectory = workingDirectory
        self.environment = environment
        self.readStandardInput = readStandardInput
        self.standardOutputIsTerminal = standardOutputIsTerminal
    }

    /// The real process: its streams, directory and environment.
    public static var process: CommandContext {
        CommandContext(
            standardOutput: FileHandleOutput(handle: .standardOutput),
            standardError: FileHandleOutput(handle: .standardError),
            workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
            environment: ProcessInfo.processInfo.environment,
            readStandardInput: {
                try BoundedRead.read(.standardInput, limit: ReaderLimits.standard.maxInputBytes, path: GatheredInputs.standardInputPath)
            },
            standardOutputIsTerminal: isatty(1) != 0)
    }

    /// `path` as typed, resolved against the working directory.
    public func url(for path: String) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
        return workingDirectory.appendingPathComponent(path)
    }
}

public struct FileHandleOutput: TextOutput {
    let handle: FileHandle

    public func write(_ text: String) {
        handle.write(Data(text.utf8))
    }
}

/// Output kept in memory, for tests and for composing text before writing.
public final class CapturedOutput: TextOutput, @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = ""

    public init() {}

    public func write(_ text: String) {
        lock.withLock { buffer += text }
    }

    public var text: String {
        lock.withLock { buffer }
    }
}
