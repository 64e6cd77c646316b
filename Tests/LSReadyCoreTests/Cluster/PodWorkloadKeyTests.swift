import XCTest
@testable import LSReadyCore

final class PodWorkloadKeyTests: XCTestCase {
    private func meta(_ name: String, labels: [String: String] = [:], owner: KubeOwnerReference? = nil) -> KubeObjectMeta {
        KubeObjectMeta(kind: "Pod", apiVersion: "v1", name: name, namespace: "ns", labels: .known(labels), annotations: .known([:]),
                       ownerReferences: .known(owner.map { [$0] } ?? []), file: "f.json", location: SourceLocation(file: "f.json", line: 1, column: 1))
    }

    /// The same key as derived from scratch for each pod, however pods follow each other.
    func testTheCacheGivesWhatEachPodDerives() {
        let replicaSet = KubeOwnerReference(kind: "ReplicaSet", name: "web-7d9f8c6b5", isController: true)
        let statefulSet = KubeOwnerReference(kind: "StatefulSet", name: "web-7d9f8c6b5", isController: true)
        let metas = [
            meta("web-7d9f8c6b5-x2x9z", owner: replicaSet),
            meta("web-7d9f8c6b5-b4c5d", owner: replicaSet),
            meta("web-7d9f8c6b5-0", owner: statefulSet),
            meta("web-7d9f8c6b5-q2w4r", owner: replicaSet),
            meta("langsmith-backend-abc", labels: [LangSmithServiceNames.componentLabel: "backend"], owner: replicaSet),
            meta("loose-pod"),
            meta("job-x2x9z", owner: KubeOwnerReference(kind: "Job", name: "job", isController: false)),
        ]
        var cache = PodWorkloadKey.OwnerCache()
        let keys = metas.map { PodWorkloadKey($0, owners: &cache) }
        XCTAssertEqual(keys, [.owner("web"), .owner("web"), .owner("web-7d9f8c6b5"), .owner("web"), .component("backend"),
                              .owner("loose-pod"), .owner("job")])
        for (meta, key) in zip(metas, keys) {
            var fresh = PodWorkloadKey.OwnerCache()
            XCTAssertEqual(PodWorkloadKey(meta, owners: &fresh), key, meta.name)
        }
        XCTAssertEqual(KubePod(meta: metas[0]).workloadKey, .owner("web"), "the public initializer derives it too")
    }
}
