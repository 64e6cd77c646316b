import Foundation

/// Reads a large list's items on two threads, then hands over what the other
/// thread read as if the caller had read it: the same inventory, in the same
/// order.
///
/// The list is cut into segments at item starts guessed from the text: in a
/// pretty-printed dump (kubectl's), every item opens with `{` alone at the
/// indentation of the first item, right after the previous item's `},`
/// line; a raw newline is never inside a JSON string, so such a line is
/// outside strings. The caller reads segments from the front, the other
/// thread from the back, one at a time, until they meet: however the cost
/// of items varies along the list (pods, then cheap ReplicaSets and
/// Secrets...), neither waits for the other for longer than a segment.
///
/// Every guess is checked: the reader of the segment before a start must
/// arrive exactly there. If one does not (or any segment meets anything
/// unusual), the other thread's work is dropped and the caller reads on by
/// itself, so the result never depends on the guesses.
///
/// The other thread does not know on which line a segment starts (counting
/// the lines before it would cost as much as a tenth of the reading): it
/// counts lines from the segment's start, and the caller moves them once it
/// knows the line there (`ClusterInventoryBuilder.append(_:linesDown:)`). A segment with a
/// warning that names a position in its text (a skipped item) cannot be
/// moved so: it fails the other thread's work, and the caller reads on.
final class ParallelListReader {
    /// Lists with fewer bytes left than this are read by one thread.
    let threshold: Int
    /// About how many bytes a segment holds (at least two segments, at most
    /// `maximumSegments`: 4 MiB segments up to a 4 GiB dump). The threads
    /// meet in a segment: the smaller they are, the less either waits.
    let segmentBytes: Int
    static let maximumSegments = 1024
    private let file: String
    private let bytes: UncheckedBytes
    private var state = State.waiting
    /// Lists of which the other thread read a part.
    private(set) var handedOver = 0

    private enum State {
        case waiting
        /// `next`: the segment whose start the caller reaches next.
        case running(segments: Segments, worker: Thread, next: Int)
        case done
    }

    /// Tests and the differential fuzzer: the caller starts reading only
    /// once the other thread has claimed its first segment, so that small
    /// inputs, which the caller would otherwise read whole before the other
    /// thread starts, are shared too.
    let otherThreadFirst: Bool

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, threshold: Int, segmentBytes: Int, otherThreadFirst: Bool = false) {
        self.bytes = UncheckedBytes(buffer: bytes)
        self.file = file
        self.threshold = threshold
        self.segmentBytes = max(segmentBytes, 1)
        self.otherThreadFirst = otherThreadFirst
    }

    /// The scanner's `itemStart` hook: starts the other thread at the first
    /// item; at each segment start, either reads on or takes over the segments
    /// the other thread read.
    func itemStart(_ scanner: inout JSONScanner, element: NodeFilter,
                   into builder: inout ClusterInventoryBuilder) throws -> (end: Int, taken: Bool) {
        switch state {
        case .waiting:
            state = .done
            let left = bytes.buffer.count - scanner.offset
            guard left >= threshold else { return (scanner.offset, false) }
            let location = scanner.sourceLocation(at: scanner.offset)
            let count = min(max(left / segmentBytes, 2), Self.maximumSegments)
            let starts = Self.segmentStarts(in: bytes.buffer, firstItem: scanner.offset, column: location.column, count: count)
            guard starts.count >= 2 else { return (scanner.offset, false) }
            let segments = Segments(starts: starts, bytes: bytes, file: file, depth: scanner.depth, maxDepth: scanner.maxDepth,
                                    limits: scanner.limits, element: element)
            let worker = Thread { segments.readFromTheEnd() }
            // Readers recurse once per nesting level, as on the caller's large stack.
            worker.stackSize = 64 << 20
            worker.start()
            if otherThreadFirst { segments.waitForFirstClaim() }
            state = .running(segments: segments, worker: worker, next: 1)
            return (scanner.offset, false)
        case .running(let segments, let worker, var next):
            // Starts passed without arriving exactly at them were wrong guesses.
            while next < segments.starts.count, scanner.offset > segments.starts[next] {
                guard segments.claimForCaller(next) else {
                    // The other thread started from a wrong guess: its work is dropped.
                    segments.stop()
                    state = .done
                    return (scanner.offset, false)
                }
                next += 1
            }
            guard next < segments.starts.count, scanner.offset == segments.starts[next] else {
                state = .running(segments: segments, worker: worker, next: next)
                return (scanner.offset, false)
            }
            if segments.claimForCaller(next) {
                state = .running(segments: segments, worker: worker, next: next + 1)
                return (scanner.offset, false)
            }
            state = .done
            // Bound as a variable: its builders must stay uniquely referenced, for their objects to be moved.
            guard case (var read, let fingerprints)? = segments.waitForResults(from: next) else { return (scanner.offset, false) }
            // Usually no object is in two segments, or in one and in what the caller read: then
            // one check of all the other thread's keys instead of one per segment against all before it,
            // by their fingerprints: only when two are equal are the keys compared (per segment, in `append`).
            let disjoint = fingerprints.map { builder.seen.fingerprintsAvoid($0) } ?? false
            // The segments in order, their lines counted on from the caller's.
            var line = scanner.lines.line
            for index in read.indices {
                builder.append(&read[index].builder, linesDown: line - 1, knownDisjoint: disjoint)
                line += read[index].endLines.line - 1
            }
            handedOver += 1
            // Positions after the list count on from where the last segment stopped.
            let last = read[read.count - 1]
            var lines = last.endLines
            lines.line = line
            scanner.lines = lines
            scanner.mark = (last.end, line, last.endColumn)
            return (last.end, true)
        case .done:
            return (scanner.offset, false)
        }
    }

    /// Waits for the other thread if it still runs (the caller stopped early,
    /// or the list ended before a segment start): the bytes must outlive it.
    func finish() {
        if case .running(let segments, _, _) = state { segments.stop() }
        state = .done
    }

    /// The offsets of `count` segments' first items: the first item, then
    /// guesses near equal fractions of what is left (fewer when a guess
    /// fails or repeats). An item line is `{` alone at the first item's
    /// column, right after a line ending `},`.
    static func segmentStarts(in bytes: UnsafeBufferPointer<UInt8>, firstItem: Int, column: Int, count: Int) -> [Int] {
        let indent = column - 1
        guard indent > 0, firstItem >= indent + 1, bytes[firstItem - indent - 1] == JSONByte.newline,
              bytes[(firstItem - indent)..<firstItem].allSatisfy({ $0 == JSONByte.space }) else { return [] }
        var starts = [firstItem]
        for segment in 1..<max(count, 1) {
            let from = firstItem + (bytes.count - firstItem) / count * segment
            guard from > starts[starts.count - 1], let start = itemStart(in: bytes, from: from, indent: indent) else { continue }
            if start > starts[starts.count - 1] { starts.append(start) }
        }
        return starts
    }

    private static func itemStart(in bytes: UnsafeBufferPointer<UInt8>, from: Int, indent: Int) -> Int? {
        var index = from
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

/// A list's segments, shared by the caller (reading from the front) and the
/// other thread (reading from the back): who reads which, and what the other
/// thread read.
private final class Segments: @unchecked Sendable {
    /// Each segment's first item; the last segment ends past the list's `]`.
    let starts: [Int]
    private let bytes: UncheckedBytes
    private let file: String
    private let depth: Int
    private let maxDepth: Int
    private let limits: ReaderLimits
    private let element: NodeFilter

    private let lock = NSLock()
    /// The caller has claimed the segments before this one.
    private var callerEnd = 1
    /// The other thread has claimed the segments from this one on.
    private var workerStart: Int
    /// What the other thread read, by segment.
    private var results: [Int: Segment] = [:]
    /// The key fingerprints (`ObjectKeyIndex.fingerprints`) of every object
    /// the other thread read; nil once two were equal (an object in two of
    /// its segments, or two keys with one fingerprint).
    private var fingerprints: Set<Int>? = []
    private var failed = false
    private let finished = DispatchSemaphore(value: 0)
    private var joined = false
    private let firstClaim = DispatchSemaphore(value: 0)

    struct Segment {
        var builder: ClusterInventoryBuilder
        /// Where the segment ended: the next segment's start, or past the list's `]`.
        var end: Int
        /// The lines counted up to `end`, from line 1 at the segment's start.
        var endLines: JSONScanner.LineCount
        var endColumn: Int
    }

    init(starts: [Int], bytes: UncheckedBytes, file: String, depth: Int, maxDepth: Int, limits: ReaderLimits,
         element: NodeFilter) {
        self.starts = starts
        self.bytes = bytes
        self.file = file
        self.depth = depth
        self.maxDepth = maxDepth
        self.limits = limits
        self.element = element
        workerStart = starts.count
    }

    /// The caller arrived at segment `index`'s start (or passed it): true
    /// when it reads that segment itself (the other thread has not claimed it).
    func claimForCaller(_ index: Int) -> Bool {
        lock.withLock {
            guard !failed, index < workerStart else { return false }
            callerEnd = index + 1
            return true
        }
    }

    /// The other thread's loop: segments from the last one down, until the caller's.
    func readFromTheEnd() {
        var claimed = false
        defer {
            if !claimed { firstClaim.signal() }
            finished.signal()
        }
        while true {
            let index: Int? = lock.withLock {
                guard !failed, workerStart - 1 >= callerEnd else { return nil }
                workerStart -= 1
                return workerStart
            }
            guard let index else { return }
            if !claimed {
                claimed = true
                firstClaim.signal()
            }
            let segment = try? read(index)
            if let segment, fingerprints != nil {
                for fingerprint in segment.builder.seen.fingerprints where fingerprints?.insert(fingerprint).inserted == false {
                    fingerprints = nil
                }
            }
            lock.withLock {
                if let segment { results[index] = segment } else { failed = true }
            }
            if segment == nil { return }
        }
    }

    /// After the caller found segment `index` claimed: the other thread's
    /// segments from `index` on, in order, once it is done, and the key
    /// fingerprints of their objects (nil when two are equal); nil when any of them
    /// failed (the caller then reads on by itself).
    func waitForResults(from index: Int) -> (segments: [Segment], fingerprints: Set<Int>?)? {
        join()
        return lock.withLock {
            guard !failed, workerStart == index else { return nil }
            // Handed over, not shared: the caller changes them.
            let read = (index..<starts.count).compactMap { results.removeValue(forKey: $0) }
            return read.count == starts.count - index ? (read, fingerprints) : nil
        }
    }

    /// Returns once the other thread has claimed a segment (or stopped without one).
    func waitForFirstClaim() {
        firstClaim.wait()
    }

    /// No more segments for the other thread; waits until it stops.
    func stop() {
        lock.withLock { failed = true }
        join()
    }

    private func join() {
        guard !joined else { return }
        finished.wait()
        joined = true
    }

    private struct SegmentEnd: Error {}

    /// Reads one segment into its own builder, lines counted from its start.
    private func read(_ index: Int) throws -> Segment {
        let buffer = bytes.buffer
        let start = starts[index]
        let end = index + 1 < starts.count ? starts[index + 1] : nil
        var scanner = JSONScanner(bytes: buffer, file: file, maxDepth: maxDepth, limits: limits)
        scanner.tapeProgram = ClusterFieldFilter.program
        // The start is an item's `{` after its line's indentation.
        var lineStart = start
        while lineStart > 0, buffer[lineStart - 1] != JSONByte.newline { lineStart -= 1 }
        scanner.offset = start
        scanner.mark = (start, 1, start - lineStart + 1)
        scanner.lines = JSONScanner.LineCount(offset: start, line: 1, lineStart: lineStart)
        scanner.depth = depth
        var endLines: JSONScanner.LineCount?
        if let end {
            scanner.itemStart = { scanner, _ in
                guard scanner.offset >= end else { return false }
                guard scanner.offset == end else { throw FastPathAbort() }
                endLines = scanner.lines
                throw SegmentEnd()
            }
        }
        var builder = ClusterInventoryBuilder()
        do {
            try scanner.streamElements(element) { tape, _ in
                builder.noteFile(file)
                guard builder.add(tape) else { throw FastPathAbort() }
            }
        } catch is SegmentEnd {
        }
        // Warnings that name a position in their text cannot be moved to other lines.
        guard builder.positionedWarnings == 0 else { throw FastPathAbort() }
        if let end {
            guard let endLines, let position = scanner.countedPosition(at: end) else { throw FastPathAbort() }
            return Segment(builder: builder, end: end, endLines: endLines, endColumn: position.column)
        }
        let listEnd = scanner.offset
        guard let position = scanner.countedPosition(at: listEnd) else { throw FastPathAbort() }
        return Segment(builder: builder, end: listEnd, endLines: scanner.lines, endColumn: position.column)
    }
}

/// The mapped bytes of a dump, shared read-only with the other thread (which
/// is always joined before they are unmapped).
struct UncheckedBytes: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<UInt8>
}
