extension KubePod {
    /// The statuses of the pod's containers and of its init containers (an
    /// init container can crash-loop or be OOMKilled too: the pod shows
    /// `Init:CrashLoopBackOff`). Unknown when either list is unreadable.
    var allContainerStatuses: Fact<[KubeContainerStatus]> {
        guard case .known(let main) = containerStatuses, case .known(let initial) = initContainerStatuses else { return .unknown }
        return .known(main + initial)
    }

    /// Evidence naming this pod.
    func evidence(_ detail: String) -> Evidence {
        .object(meta.reference, in: meta.file, detail: detail)
    }
}

extension Int {
    /// `1 pod`, `3 pods`: a count with its noun for messages.
    func counted(_ singular: String, _ plural: String? = nil) -> String {
        "\(self) \(self == 1 ? singular : (plural ?? singular + "s"))"
    }
}
