/// Generates a kubectl-shaped dump of a large cluster, deterministic from a
/// seed: Nodes, one LangSmith release (namespace `langsmith`, chart 0.16.11,
/// on EKS) among many team namespaces (Deployments, ReplicaSets, Pods with
/// managedFields, env and statuses, Services, ConfigMaps, Secrets, HPAs,
/// StatefulSets with PVCs), kube-system add-ons, storage and API objects.
/// Items are grouped by kind as `kubectl get ... -A -o json` prints them.
public struct ClusterDumpGenerator: Sendable {
    public var pods: Int
    public var nodes: Int
    public var seed: UInt64
    /// Only the LangSmith namespace and the cluster-wide objects (a `kubectl get -n langsmith` dump plus nodes and storage).
    public var namespaceOnly = false

    /// Pods per team namespace, on average.
    static let podsPerNamespace = 40
    static let timestamp = "2026-11-02T09:14:27Z"

    public init(pods: Int, nodes: Int, seed: UInt64) {
        self.pods = max(pods, 0)
        self.nodes = max(nodes, 1)
        self.seed = seed
    }

    /// Writes the whole dump (one `List`) through `sink`, in chunks of about a megabyte.
    public func write(format: DumpWriter.Format, to sink: (ArraySlice<UInt8>) throws -> Void) rethrows {
        var writer = DumpWriter(format: format, reservingCapacity: 2 << 20)
        switch format {
        case .json: writer.append("{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n")
        case .yaml: writer.append("apiVersion: v1\nitems:\n")
        }
        var first = true
        try forEachItem { item in
            switch format {
            case .json:
                if !first { writer.append(",\n") }
                writer.spaces(8)
                writer.json(item, indent: 8)
            case .yaml:
                writer.append("- ")
                writer.yamlValue(item, indent: 0, afterKey: false)
            }
            first = false
            if writer.bytes.count >= 1 << 20 {
                try sink(writer.bytes[...])
                writer.removeAll()
            }
        }
        switch format {
        case .json:
            writer.append(first ? "" : "\n")
            writer.append("    ],\n    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n")
        case .yaml: writer.append("kind: List\nmetadata:\n  resourceVersion: \"\"\n")
        }
        try sink(writer.bytes[...])
    }

    /// The whole dump in memory (tests, small scales).
    public func generate(format: DumpWriter.Format) -> [UInt8] {
        var bytes: [UInt8] = []
        write(format: format) { bytes.append(contentsOf: $0) }
        return bytes
    }

    // MARK: Layout

    var teamNamespaceCount: Int {
        let teamPods = max(pods - LangSmithRelease.podCount - ClusterAddOns.podCount, 0)
        return teamPods == 0 || namespaceOnly ? 0 : max(1, teamPods / Self.podsPerNamespace)
    }

    /// Pods of team namespace `index` (0-based): the remainder goes to the first ones.
    func podQuota(ofTeam index: Int) -> Int {
        let teamPods = max(pods - LangSmithRelease.podCount - ClusterAddOns.podCount, 0)
        let count = teamNamespaceCount
        return teamPods / count + (index < teamPods % count ? 1 : 0)
    }

    func nodeName(_ index: Int) -> String {
        "ip-10-\(index / 65536 % 256)-\(index / 256 % 256)-\(index % 256).ec2.internal"
    }

    func forEachItem(_ body: (GenValue) throws -> Void) rethrows {
        for index in 0..<nodes { try body(node(index)) }
        for item in ClusterAddOns.storageAndAPI() { try body(item) }
        let release = LangSmithRelease(generator: self)
        let teams = (0..<teamNamespaceCount).map { TeamNamespace(generator: self, index: $0) }
        // kubectl groups by kind, each kind across all namespaces.
        for kind in TeamNamespace.kindOrder {
            for item in release.items(of: kind) { try body(item) }
            for item in ClusterAddOns.kubeSystem(kind, generator: self) { try body(item) }
            for team in teams { for item in team.items(of: kind) { try body(item) } }
        }
    }

    func node(_ index: Int) -> GenValue {
        var random = SplitMix64(seed: SplitMix64.derive(seed, 1, UInt64(index)))
        let name = nodeName(index)
        let zone = random.pick(["us-east-1a", "us-east-1b", "us-east-1c"])
        let instance = random.pick(["m5.4xlarge", "m5.2xlarge", "r5.4xlarge", "c5.4xlarge"])
        let ready = index % 97 != 13
        let labels: [(String, GenValue)] = [
            ("beta.kubernetes.io/arch", "amd64"), ("beta.kubernetes.io/instance-type", .string(instance)),
            ("beta.kubernetes.io/os", "linux"), ("eks.amazonaws.com/capacityType", "ON_DEMAND"),
            ("eks.amazonaws.com/nodegroup", .string(index % 10 == 0 ? "langsmith-ng" : "general-ng")),
            ("kubernetes.io/arch", "amd64"), ("kubernetes.io/hostname", .string(name)), ("kubernetes.io/os", "linux"),
            ("node.kubernetes.io/instance-type", .string(instance)), ("topology.kubernetes.io/region", "us-east-1"),
            ("topology.kubernetes.io/zone", .string(zone)),
        ]
        func condition(_ type: String, _ status: String, _ reason: String, _ message: String) -> GenValue {
            .map([("lastHeartbeatTime", .string(Self.timestamp)), ("lastTransitionTime", .string(Self.timestamp)),
                  ("message", .string(message)), ("reason", .string(reason)), ("status", .string(status)), ("type", .string(type))])
        }
        return .map([
            ("apiVersion", "v1"), ("kind", "Node"),
            ("metadata", .map([
                ("annotations", .map([("alpha.kubernetes.io/provided-node-ip", .string("10.0.\(index % 256).\(index / 256 % 256)")),
                                      ("node.alpha.kubernetes.io/ttl", "0"),
                                      ("volumes.kubernetes.io/controller-managed-attach-detach", "true")])),
                ("creationTimestamp", .string(Self.timestamp)), ("labels", .map(labels)), ("name", .string(name)),
                ("resourceVersion", .string(String(random.int(100_000...999_999)))), ("uid", .string(random.uid())),
            ])),
            ("spec", .map([("providerID", .string("aws:///\(zone)/i-0\(random.hex(16))"))])),
            ("status", .map([
                ("addresses", .list([.map([("address", .string("10.0.\(index % 256).\(index / 256 % 256)")), ("type", "InternalIP")]),
                                     .map([("address", .string(name)), ("type", "Hostname")])])),
                ("allocatable", .map([("cpu", "15890m"), ("ephemeral-storage", "95551679124"), ("hugepages-1Gi", "0"),
                                      ("hugepages-2Mi", "0"), ("memory", "63193304Ki"), ("pods", "234")])),
                ("capacity", .map([("cpu", "16"), ("ephemeral-storage", "104845292Ki"), ("hugepages-1Gi", "0"),
                                   ("hugepages-2Mi", "0"), ("memory", "64726744Ki"), ("pods", "234")])),
                ("conditions", .list([
                    condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
                    condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
                    condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
                    ready ? condition("Ready", "True", "KubeletReady", "kubelet is posting ready status")
                        : condition("Ready", "Unknown", "NodeStatusUnknown", "Kubelet stopped posting node status."),
                ])),
                ("daemonEndpoints", .map([("kubeletEndpoint", .map([("Port", 10250)]))])),
                ("images", .list((0..<4).map { image in
                    .map([("names", .list([.string("602401143452.dkr.ecr.us-east-1.amazonaws.com/eks/image-\(image)@sha256:\(random.hex(64))")])),
                          ("sizeBytes", .int(random.int(10_000_000...900_000_000)))])
                })),
                ("nodeInfo", .map([("architecture", "amd64"), ("bootID", .string(random.uid())),
                                   ("containerRuntimeVersion", "containerd://1.7.22"), ("kernelVersion", "5.10.226-214.880.amzn2.x86_64"),
                                   ("kubeProxyVersion", "v1.30.4-eks-a737599"), ("kubeletVersion", "v1.30.4-eks-a737599"),
                                   ("machineID", .string(random.hex(32))), ("operatingSystem", "linux"),
                                   ("osImage", "Amazon Linux 2"), ("systemUUID", .string(random.uid()))])),
            ])),
        ])
    }
}
