import Foundation
import LSReadyCLI
import LSReadyCore

/// Runs `lsready` in-process in a directory, with captured streams and a
/// given standard input.
struct CommandHarness {
    struct Result {
        var exitCode: ExitCode
        var standardOutput: String
        var standardError: String
    }

    var workingDirectory: URL
    var standardInput: [UInt8] = []
    var environment: [String: String]
    /// The rules `audit` runs (default: the catalog).
    var rules: [any Rule]?
    /// What the command is told about standard output.
    var standardOutputIsTerminal = false

    init(in directory: URL, standardInput: String = "", environment: [String: String] = [:], rules: [any Rule]? = nil) {
        self.workingDirectory = directory
        self.standardInput = Array(standardInput.utf8)
        self.environment = environment
        self.rules = rules
    }

    var context: (CommandContext, CapturedOutput, CapturedOutput) {
        let output = CapturedOutput()
        let error = CapturedOutput()
        let input = standardInput
        var context = CommandContext(standardOutput: output, standardError: error, workingDirectory: workingDirectory,
                                     environment: environment, readStandardInput: { input },
                                     standardOutputIsTerminal: standardOutputIsTerminal)
        if let rules { context.rules = rules }
        return (context, output, error)
    }

    func run(_ arguments: String...) -> Result {
        run(arguments)
    }

    func run(_ arguments: [String]) -> Result {
        let (context, output, error) = self.context
        let code = LSReadyCommandLine.run(arguments: arguments, context: context)
        return Result(exitCode: code, standardOutput: output.text, standardError: error.text)
    }
}
