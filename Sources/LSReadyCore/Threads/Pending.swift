import Foundation

/// A value computed on another thread while the caller does something
/// else, then waited for: the machine's second core during serial steps
/// whose parts do not depend on each other (the model's workload index
/// while the chart's defaults are decoded and merged).
final class Pending<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var value: Value?

    /// Runs `body` on another thread when `inBackground`, else right away (small inputs: a thread costs more than it saves).
    init(inBackground: Bool, _ body: @escaping @Sendable () -> Value) {
        guard inBackground else {
            value = body()
            done.signal()
            return
        }
        let thread = Thread { [self] in
            value = body()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The value, once computed (waits at most once; later calls return it).
    func wait() -> Value {
        if let value { return value }
        done.wait()
        return value!
    }
}
