import Foundation

/// Runs the command on a thread with a large stack. Readers and loaders
/// recurse once per nesting level (up to `ReaderLimits.maxDepth`), and a
/// debug build's frames are large: a few hundred levels can overflow the main thread's
/// 8 MiB. A crash there would be a broken CI gate; a reserved 512 MiB
/// (virtual memory, touched only as deep as the input goes) cannot overflow.
enum LargeStack {
    static let size = 512 << 20

    static func run(_ body: @escaping @Sendable () -> Int32) -> Int32 {
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = size
        thread.start()
        done.wait()
        return box.value
    }

    private final class ResultBox: @unchecked Sendable {
        var value: Int32 = 0
    }
}
