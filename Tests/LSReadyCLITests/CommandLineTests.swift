import XCTest
import LSReadyCLI
import TestSupport

/// The dispatcher: commands, general help, version, exit codes.
final class CommandLineTests: XCTestCase {
    private var harness: CommandHarness { CommandHarness(in: FileManager.default.temporaryDirectory) }

    func testNoCommandPrintsUsageOnStderrAndExits2() {
        let result = harness.run([])
        XCTAssertEqual(result.exitCode, .usage)
        XCTAssertTrue(result.standardError.contains("Usage: lsready <command>"))
        XCTAssertEqual(result.standardOutput, "")
    }

    func testHelpListsEveryCommandOfTheContract() {
        for flag in ["--help", "-h", "help"] {
            let result = harness.run(flag)
            XCTAssertEqual(result.exitCode, .passed)
            for command in ["audit", "values", "rules", "explain", "checklist", "collect", "version"] {
                XCTAssertTrue(result.standardOutput.contains("\n  \(command) "), "\(command) missing from help")
            }
        }
    }

    func testVersion() {
        XCTAssertEqual(harness.run("version").standardOutput, "lsready 0.1.0\n")
        XCTAssertEqual(harness.run("--version").standardOutput, "lsready 0.1.0\n")
        XCTAssertEqual(harness.run("version", "extra").exitCode, .usage)
    }

    func testUnknownCommandAndTopLevelOption() {
        let command = harness.run("frobnicate")
        XCTAssertEqual(command.exitCode, .usage)
        XCTAssertEqual(command.standardError, "lsready: unknown command 'frobnicate' (see 'lsready --help')\n")
        let option = harness.run("--frob")
        XCTAssertEqual(option.exitCode, .usage)
        XCTAssertEqual(option.standardError, "lsready: unknown option '--frob' (see 'lsready --help')\n")
    }

    func testEveryRegisteredCommandHasHelp() {
        for command in CommandRegistry.commands {
            let result = harness.run(command.name, "--help")
            XCTAssertEqual(result.exitCode, .passed, command.name)
            XCTAssertTrue(result.standardOutput.hasPrefix("Usage: lsready \(command.name)"), command.name)
            XCTAssertTrue(result.standardOutput.contains("-h, --help"), command.name)
        }
    }

    func testRegistryNamesAreUnique() {
        let names = CommandRegistry.commands.map(\.name)
        XCTAssertEqual(Set(names).count, names.count)
    }

    func testExitCodesAreTheContract() {
        XCTAssertEqual([ExitCode.passed, .gateFailed, .usage, .inputError].map(\.rawValue), [0, 1, 2, 3])
    }
}
