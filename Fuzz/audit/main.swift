import Foundation
import LSReadyCLI
import LSReadyCore

// libFuzzer harness: the whole of `lsready audit` on
// arbitrary bytes given as standard input: classification (values file or
// cluster dump), reading, the cluster inventory, the deployment model, every
// rule, and a report. Exit codes 0, 1 and 3 are all correct outcomes; 2 (a
// usage error) cannot happen with these fixed arguments, and a crash,
// sanitizer report, timeout or out-of-memory is a finding.
private final class Discard: TextOutput, @unchecked Sendable {
    func write(_ text: String) { _ = text.utf8.count }
}

private func run(_ arguments: [String], input: [UInt8]) {
    let context = CommandContext(standardOutput: Discard(), standardError: Discard(),
                                 workingDirectory: URL(fileURLWithPath: "/nonexistent-fuzz-dir", isDirectory: true),
                                 environment: [:], readStandardInput: { input })
    let code = LSReadyCommandLine.run(arguments: arguments, context: context)
    if code == .usage { fatalError("usage error for fixed arguments \(arguments)") }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAudit(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The format varies with the input length so that every renderer sees inputs.
    let format = size % 2 == 0 ? "json" : "markdown"
    run(["audit", "-", "--format", format, "--fail-on", "never"], input: bytes)
    run(["audit", "--cluster", "-", "--format", format == "json" ? "markdown" : "json"], input: bytes)
    // `lsready values` has its own harness (values); here it would only halve the speed.
    return 0
}
