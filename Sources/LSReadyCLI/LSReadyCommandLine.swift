import Foundation
import LSReadyCore

/// The command-line entry point: parses arguments, runs a command, exits with
/// its code (0 gate passed, 1 gate failed, 2 usage error, 3 input error).
public enum LSReadyCommandLine {
    public static func main() -> Never {
        let code = run(arguments: Array(CommandLine.arguments.dropFirst()))
        exit(code)
    }

    public static func run(arguments: [String]) -> Int32 {
        // Filled in by the CLI work (option parsing and commands).
        FileHandle.standardError.write(Data("lsready: no command\n".utf8))
        return 2
    }
}
