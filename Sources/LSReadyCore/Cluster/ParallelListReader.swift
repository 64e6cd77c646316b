import Foundation

/// Reads the second half of a large list's items on another thread while
/// the caller reads the first half, then hands that half over as if the
/// caller had read it: the same inventory, in the same order.
///
/// Where the second half starts is a guess made from the text: in a
/// pretty-printed dump (kubectl's), every item opens with `{` alone at the
/// indentation of the first item, right after the previous item's `},`
/// line; a raw newline is never inside a JSON string, so such a line is
/// outside strings. The guess is checked: the caller reads its half item by
/// item and must arrive exactly at that `{`. If it does not (or either half
/// meets anything unusual), the other thread's work is dropped and the
/// caller reads on by itself, so the result never depends on the guess.
final class ParallelListReader {
    /// Lists with fewer bytes left than this are read by one thread.
    let threshold: Int
    private let file: String
    private let bytes: UncheckedBytes
    private var state = State.waiting
    /// Lists whose second half was read by the other thread.
    private(set) var handedOver = 0

    private enum State {
        case waiting
        case running(split: Int, worker: Worker)
        case done
    }

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, threshold: Int) {
        self.bytes = UncheckedBytes(buffer: bytes)
        self.file = file
        self.threshold = threshold
    }

    /// The scanner's `itemStart` hook: starts the other thread at the first
    /// item, and takes its result over when the caller reaches the split.
    func itemStart(_ scanner: inout JSONScanner, element: NodeFilter,
                   into builder: inout ClusterInventoryBuilder) throws -> (end: Int, taken: Bool) {
        switch state {
        case .waiting:
            state = .done
            guard bytes.buffer.count - scanner.offset >= threshold else { return (scanner.offset, false) }
            let location = scanner.sourceLocation(at: scanner.offset)
            guard let split = Self.split(in: bytes.buffer, firstItem: scanner.offset, column: location.column) else {
                return (scanner.offset, false)
            }
            let worker = Worker(bytes: bytes, file: file, split: split, depth: scanner.depth, mark: scanner.mark,
                                maxDepth: scanner.maxDepth, limits: scanner.limits, element: element)
            worker.start()
            state = .running(split: split, worker: worker)
            return (scanner.offset, false)
        case .running(let split, let worker):
            guard scanner.offset >= split else { return (scanner.offset, false) }
            state = .done
            guard scanner.offset == split, let result = worker.join() else {
                _ = worker.join()
                return (scanner.offset, false)
            }
            builder.append(result.builder)
            handedOver += 1
            // Positions after the list count on from where the other thread stopped.
            scanner.lines = result.lines
            scanner.mark = result.mark
            return (result.end, true)
        case .done:
            return (scanner.offset, false)
        }
    }

    /// Waits for the other thread if it still runs (the caller stopped early,
    /// or the list ended before the split): the bytes must outlive it.
    func finish() {
        if case .running(_, let worker) = state { _ = worker.join() }
        state = .done
    }

    /// The offset of the `{` of an item near the middle of what is left, or
    /// nil: an item line is `{` alone at the first item's column, right
    /// after a line ending `},`.
    static func split(in bytes: UnsafeBufferPointer<UInt8>, firstItem: Int, column: Int) -> Int? {
        let indent = column - 1
        guard indent > 0, firstItem >= indent + 1, bytes[firstItem - indent - 1] == JSONByte.newline,
              bytes[(firstItem - indent)..<firstItem].allSatisfy({ $0 == JSONByte.space }) else { return nil }
        // A little past the middle: the other thread also counts the lines up to its start.
        var index = firstItem + (bytes.count - firstItem) * 11 / 20
        while index + indent + 1 < bytes.count {
            guard let newline = bytes[index...].firstIndex(of: JSONByte.newline) else { return nil }
            let brace = newline + 1 + indent
            if brace < bytes.count, bytes[brace] == JSONByte.openBrace, newline >= 2,
               bytes[newline - 1] == JSONByte.comma, bytes[newline - 2] == JSONByte.closeBrace,
               bytes[(newline + 1)..<brace].allSatisfy({ $0 == JSONByte.space }),
               brace + 1 < bytes.count, bytes[brace + 1] == JSONByte.newline {
                return brace
            }
            index = newline + 1
        }
        return nil
    }
}

/// A value computed on another thread, waited for.
final class ThreadResult<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var value: Value?

    func finish(_ value: Value) {
        self.value = value
        done.signal()
    }

    func wait() -> Value {
        done.wait()
        return value!
    }
}

/// The second half of a list, read on its own thread into its own builder.
private final class Worker: @unchecked Sendable {
    struct Result {
        var builder: ClusterInventoryBuilder
        /// Past the list's `]`.
        var end: Int
        /// The lines counted up to `end`, and the position there.
        var lines: JSONScanner.LineCount
        var mark: (offset: Int, line: Int, column: Int)
    }

    private let bytes: UncheckedBytes
    private let file: String
    private let split: Int
    private let depth: Int
    private let mark: (offset: Int, line: Int, column: Int)
    private let maxDepth: Int
    private let limits: ReaderLimits
    private let element: NodeFilter
    private let outcome = ThreadResult<Result?>()
    /// The outcome once waited for (nil: not yet; .some(nil): the thread gave up).
    private var joined: Result??

    init(bytes: UncheckedBytes, file: String, split: Int, depth: Int, mark: (offset: Int, line: Int, column: Int),
         maxDepth: Int, limits: ReaderLimits, element: NodeFilter) {
        self.bytes = bytes
        self.file = file
        self.split = split
        self.depth = depth
        self.mark = mark
        self.maxDepth = maxDepth
        self.limits = limits
        self.element = element
    }

    func start() {
        let thread = Thread { [self] in outcome.finish(try? read()) }
        // Readers recurse once per nesting level, as on the caller's large stack.
        thread.stackSize = 64 << 20
        thread.start()
    }

    /// The result, once the thread is done; nil when it met anything unusual.
    func join() -> Result? {
        if let joined { return joined }
        let result = outcome.wait()
        joined = .some(result)
        return result
    }

    private func read() throws -> Result {
        var scanner = JSONScanner(bytes: bytes.buffer, file: file, maxDepth: maxDepth, limits: limits)
        scanner.tapeProgram = ClusterFieldFilter.program
        let position = TextPosition.advance(in: bytes.buffer, from: mark, to: split)
        scanner.offset = split
        scanner.mark = (split, position.line, position.column)
        // The split is an item's `{` after its line's indentation.
        var lineStart = split
        while lineStart > 0, bytes.buffer[lineStart - 1] != JSONByte.newline { lineStart -= 1 }
        scanner.lines = JSONScanner.LineCount(offset: split, line: position.line, lineStart: lineStart)
        scanner.depth = depth
        var builder = ClusterInventoryBuilder()
        try scanner.streamElements(element) { tape, _ in
            builder.noteFile(file)
            guard builder.add(tape) else { throw FastPathAbort() }
        }
        let end = scanner.offset
        guard let position = scanner.countedPosition(at: end) else { throw FastPathAbort() }
        return Result(builder: builder, end: end, lines: scanner.lines, mark: (end, position.line, position.column))
    }
}

/// The mapped bytes of a dump, shared read-only with the other thread (which
/// is always joined before they are unmapped).
struct UncheckedBytes: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<UInt8>
}
