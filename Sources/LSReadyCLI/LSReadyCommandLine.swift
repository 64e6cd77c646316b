import Foundation
import LSReadyCore

/// The command-line entry point: parses arguments, runs a command, exits with
/// its code (0 gate passed, 1 gate failed, 2 usage error, 3 input error).
public enum LSReadyCommandLine {
    public static func main() -> Never {
        HeapTuning.growInLargeSteps()
        let arguments = Array(CommandLine.arguments.dropFirst())
        let code = LargeStack.run {
            var context = CommandContext.process
            context.processExitsAfterCommand = true
            return run(arguments: arguments, context: context).rawValue
        }
        exit(code)
    }

    public static func run(arguments: [String]) -> Int32 {
        run(arguments: arguments, context: .process).rawValue
    }

    /// Runs one command line against `context`; never throws, never exits.
    public static func run(arguments: [String], context: CommandContext) -> ExitCode {
        do {
            return try dispatch(arguments, context: context)
        } catch let error as UsageError {
            context.standardError.write(error.line + "\n")
            return .usage
        } catch let error as InputError {
            context.standardError.write(ErrorPresenter(context: context).text(for: error))
            return .inputError
        } catch {
            context.standardError.write("lsready: \(error)\n")
            return .inputError
        }
    }

    private static func dispatch(_ arguments: [String], context: CommandContext) throws -> ExitCode {
        guard let first = arguments.first else {
            context.standardError.write(GeneralHelp.text)
            return .usage
        }
        switch first {
        case "-h", "--help", "help":
            context.standardOutput.write(GeneralHelp.text)
            return .passed
        case "--version":
            context.standardOutput.write(VersionCommand.line)
            return .passed
        default:
            break
        }
        guard let command = CommandRegistry.command(named: first) else {
            if first.hasPrefix("-") { throw UsageError("unknown option '\(first)'", command: nil) }
            throw UsageError("unknown command '\(first)'", command: nil)
        }
        let parsed = try command.parser.parse(Array(arguments.dropFirst()))
        if parsed.helpRequested {
            context.standardOutput.write(command.helpText)
            return .passed
        }
        return try command.run(parsed, context: context)
    }
}
