import XCTest
@testable import LSReadyCore

final class ObjectKeyIndexTests: XCTestCase {
    /// Each key at its position among the keys of its kind.
    private func index(_ keys: [String]) -> ObjectKeyIndex {
        var index = ObjectKeyIndex()
        var counts: [Substring: Int] = [:]
        for key in keys {
            let kind = key.split(separator: "/")[0]
            index.insert(key, at: counts[kind, default: 0])
            counts[kind, default: 0] += 1
        }
        return index
    }

    func testShardsCountFromTheirKindsOffsets() {
        var index = index(["Pod/a/p1", "Node//n1"])
        index.append(self.index(["Pod/a/p2", "Pod/a/p3", "Node//n2"]), offsets: ["Pod": 1, "Node": 1])
        XCTAssertEqual(index.index(of: "Pod/a/p1"), 0)
        XCTAssertEqual(index.index(of: "Pod/a/p3"), 2)
        XCTAssertEqual(index.index(of: "Node//n2"), 1)
        XCTAssertNil(index.index(of: "Pod/b/p1"))
        XCTAssertEqual(index.indexForStoring("Pod/a/p2"), 1, "folded, the same index")
        XCTAssertEqual(index.index(of: "Node//n2"), 1)
    }

    /// Fingerprints tell indices apart without touching keys; equal ones say nothing, and the keys decide.
    func testFingerprintsOfEveryKeyShardsIncluded() {
        var index = index(["Pod/a/p1"])
        index.append(self.index(["Pod/a/p2"]), offsets: ["Pod": 1])
        XCTAssertEqual(index.fingerprints.count, 2)
        XCTAssertTrue(index.fingerprintsAvoid(Set(self.index(["Pod/a/p3", "Node//p1"]).fingerprints)))
        XCTAssertFalse(index.fingerprintsAvoid(Set(self.index(["Pod/a/p3", "Pod/a/p2"]).fingerprints)), "a shard's key")
        XCTAssertFalse(index.fingerprintsAvoid(Set(self.index(["Pod/a/p1"]).fingerprints)))
        XCTAssertFalse(index.isDisjoint(with: self.index(["Pod/a/p2"])))
        XCTAssertTrue(index.isDisjoint(with: self.index(["Pod/b/p2"])))
        // A replaced object keeps its one fingerprint.
        var replaced = self.index(["Pod/a/p1"])
        if replaced.indexForStoring("Pod/a/p1") == nil { replaced.insert("Pod/a/p1", at: 1) }
        XCTAssertEqual(replaced.fingerprints.count, 1)
    }
}
