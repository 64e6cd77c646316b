import Foundation

/// Parses each embedded chart snapshot on first use, once, safely across
/// threads: decoding all five at start-up cost a third of a small audit.
final class ChartSnapshotCache: @unchecked Sendable {
    private let lock = NSLock()
    private var parsed: [Int: ChartSnapshot] = [:]

    func snapshot(at index: Int) -> ChartSnapshot {
        lock.lock()
        defer { lock.unlock() }
        if let snapshot = parsed[index] { return snapshot }
        let snapshot = ChartSnapshot(data: ChartData.snapshots[index])
        parsed[index] = snapshot
        return snapshot
    }
}
