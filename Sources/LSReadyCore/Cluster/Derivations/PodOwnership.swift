/// Finds the workload a Pod belongs to from its name or owners, for dumps
/// where pods carry no component label.
enum PodOwnership {
    /// The alphabet Kubernetes uses for pod-template hashes and name
    /// suffixes (`rand.SafeEncodeString`: no vowels, no 0, 1, 3).
    private static let safeAlphabet = Set("bcdfghjklmnpqrstvwxz2456789")

    /// The owning workload's name: the controller owner (a ReplicaSet's name
    /// without its template hash is the Deployment's), else the name the pod
    /// name was generated from.
    static func workloadName(of pod: KubePod) -> String {
        workloadName(ownerReferences: pod.meta.ownerReferences, podName: pod.meta.name)
    }

    /// The same from the two fields it reads (no copy of the whole pod or metadata).
    static func workloadName(ownerReferences: Fact<[KubeOwnerReference]>, podName: String) -> String {
        if let owner = KubeObjectMeta.controller(among: ownerReferences) {
            if owner.kind == "ReplicaSet", let deployment = strippingHash(owner.name) { return deployment }
            return owner.name
        }
        return generatorName(podName)
    }

    /// `langsmith-queue-7d9f8b6c5-x2x9z` → `langsmith-queue` (Deployment);
    /// `langsmith-clickhouse-0` → `langsmith-clickhouse` (StatefulSet);
    /// `ebs-csi-node-x2x9z` → `ebs-csi-node` (DaemonSet, Job); else the name.
    static func generatorName(_ podName: String) -> String {
        // It runs for every pod and service: ASCII names (all Kubernetes names) are cut on bytes.
        guard podName.utf8.allSatisfy({ $0 < 0x80 }) else { return generatorNameOfText(podName) }
        let bytes = podName.utf8
        guard let lastDash = bytes.lastIndex(of: dash) else { return podName }
        let last = bytes[bytes.index(after: lastDash)...]
        if let secondDash = bytes[..<lastDash].lastIndex(of: dash), isSafeASCII(last, length: 5...5),
           isSafeASCII(bytes[bytes.index(after: secondDash)..<lastDash], length: 1...10) {
            return String(podName[..<secondDash])
        }
        if !last.isEmpty, last.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            return String(podName[..<lastDash])
        }
        if isSafeASCII(last, length: 5...5) { return String(podName[..<lastDash]) }
        return podName
    }

    private static let dash = UInt8(ascii: "-")

    private static func isSafeASCII(_ part: Substring.UTF8View, length: ClosedRange<Int>) -> Bool {
        length.contains(part.count) && part.allSatisfy { safeBytes[Int($0)] }
    }

    private static let safeBytes: [Bool] = (0..<256).map { byte in
        byte < 0x80 && safeAlphabet.contains(Character(Unicode.Scalar(UInt8(byte))))
    }

    private static func generatorNameOfText(_ podName: String) -> String {
        let parts = podName.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return podName }
        let last = parts[parts.count - 1]
        if parts.count >= 3, isSafe(last, length: 5...5), isSafe(parts[parts.count - 2], length: 1...10) {
            return parts.dropLast(2).joined(separator: "-")
        }
        if !last.isEmpty, last.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return parts.dropLast().joined(separator: "-")
        }
        if isSafe(last, length: 5...5) { return parts.dropLast().joined(separator: "-") }
        return podName
    }

    /// `langsmith-queue-7d9f8b6c5` → `langsmith-queue`.
    static func strippingHash(_ replicaSetName: String) -> String? {
        if replicaSetName.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = replicaSetName.utf8
            guard let lastDash = bytes.lastIndex(of: dash),
                  isSafeASCII(bytes[bytes.index(after: lastDash)...], length: 1...10) else { return nil }
            return String(replicaSetName[..<lastDash])
        }
        let parts = replicaSetName.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, isSafe(parts[parts.count - 1], length: 1...10) else { return nil }
        return parts.dropLast().joined(separator: "-")
    }

    private static func isSafe(_ part: Substring, length: ClosedRange<Int>) -> Bool {
        length.contains(part.count) && part.allSatisfy { safeAlphabet.contains($0) }
    }
}
