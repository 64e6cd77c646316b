import Foundation

/// Values kept until the process exits, instead of freed when a command
/// returns. Freeing a large cluster inventory means releasing millions of
/// small allocations one by one (tens of milliseconds on a 270 MB dump);
/// the kernel reclaims the whole address space at exit for nothing. Used
/// only when `CommandContext.processExitsAfterCommand` says the process
/// ends with the command (in tests, commands run in-process many times and
/// free what they read as usual).
enum ExitKeeper {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `value` alive until exit when `context`'s process ends with the command.
    static func keep(_ value: Any, context: CommandContext) {
        guard context.processExitsAfterCommand else { return }
        lock.withLock { kept.append(value) }
    }

    /// How many values are kept (for tests).
    static var count: Int { lock.withLock { kept.count } }
}
