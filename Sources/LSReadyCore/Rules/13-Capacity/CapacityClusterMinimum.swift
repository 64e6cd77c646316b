/// `capacity.cluster-minimum`: the nodes together offer at least 16 CPU and 64Gi allocatable.
struct CapacityClusterMinimum: Rule {
    let metadata = RuleMetadata(
        id: "capacity.cluster-minimum",
        title: "Cluster has 16 CPU / 64Gi allocatable",
        section: .capacity,
        level: .required,
        evidence: [.cluster],
        summary: "The nodes' allocatable capacity adds up to at least 16 CPU and 64Gi of memory.",
        rationale: "The LangSmith services, in-cluster datastores and system daemons need this baseline; below it pods stay Pending or are evicted as soon as load or an autoscaler adds replicas.",
        remediation: "Add nodes or use larger instance types (for example 4 × m5.2xlarge, or 2 × m5.4xlarge plus ClickHouse nodes), and let the Cluster Autoscaler or Karpenter grow the node group.",
        notes: "Allocatable, not capacity: what the kubelet offers pods after system reservations, so 4 nodes of 16 GiB fall short of 64Gi. Nodes whose allocatable is missing or malformed are left out; if the rest fall short, the rule is unverified instead of failing. Node readiness and taints are not considered.",
        examples: [
            RuleExample("three m5.4xlarge nodes", expect: .pass, cluster: Self.nodes([
                ("ip-10-0-1-23.ec2.internal", "15890m", "59763976Ki"),
                ("ip-10-0-2-41.ec2.internal", "15890m", "59763976Ki"),
                ("ip-10-0-3-57.ec2.internal", "15890m", "59763976Ki"),
            ])),
            RuleExample("three c5.2xlarge nodes: enough CPU, not enough memory", expect: .fail, cluster: Self.nodes([
                ("ip-10-0-1-23.ec2.internal", "7910m", "15105548Ki"),
                ("ip-10-0-2-41.ec2.internal", "7910m", "15105548Ki"),
                ("ip-10-0-3-57.ec2.internal", "7910m", "15105548Ki"),
            ])),
            RuleExample("a node without allocatable and the rest short", expect: .unverified, cluster: Self.nodes([
                ("ip-10-0-1-23.ec2.internal", "7910m", "15105548Ki"),
            ]) + """
                - apiVersion: v1
                  kind: Node
                  metadata:
                    name: ip-10-0-2-41.ec2.internal
                  spec:
                    providerID: aws:///us-east-1b/i-0b1c2d3e4f5a60718
                """),
            RuleExample("no nodes in the dump", expect: .unverified, cluster: """
                apiVersion: v1
                kind: List
                items: []
                """),
        ])

    /// A kubectl dump of EKS nodes with the given allocatable CPU and memory.
    static func nodes(_ nodes: [(name: String, cpu: String, memory: String)]) -> String {
        var text = "apiVersion: v1\nkind: List\nitems:\n"
        for node in nodes {
            text += """
                - apiVersion: v1
                  kind: Node
                  metadata:
                    name: \(node.name)
                    labels:
                      eks.amazonaws.com/nodegroup: langsmith
                  spec:
                    providerID: aws:///us-east-1a/i-0a1b2c3d4e5f60718
                  status:
                    allocatable:
                      cpu: \(node.cpu)
                      memory: \(node.memory)
                      pods: "110"

                """
        }
        return text
    }

    static let minimumMillicores: Int64 = 16_000
    static let minimumBytes: Int64 = 64 << 30

    func judge(_ model: DeploymentModel) -> Judgement {
        let nodes = model.capacity.nodes
        guard !nodes.isEmpty else {
            return .unverified("No nodes in the dump; supply them (kubectl get nodes -o json).")
        }
        var millicores: Int64 = 0
        var bytes: Int64 = 0
        var unreadable: [String] = []
        var evidence: [Evidence] = []
        for node in nodes {
            guard let cpu = node.allocatableMillicores.present, let memory = node.allocatableMemoryBytes.present else {
                unreadable.append(node.meta.name)
                evidence.append(.object(node.meta.reference, in: node.meta.file, detail: "allocatable missing or unreadable"))
                continue
            }
            millicores += cpu
            bytes += memory
            evidence.append(.object(node.meta.reference, in: node.meta.file,
                                    detail: "allocatable \(QuantityFormatter.cpu(millicores: cpu)) CPU / \(QuantityFormatter.bytes(memory))"))
        }
        let total = "\(CountWording.cores(millicores)) CPU / \(QuantityFormatter.bytes(bytes))"
        let counted = nodes.count - unreadable.count
        if millicores >= Self.minimumMillicores && bytes >= Self.minimumBytes {
            return .pass("\(CountWording.count(counted, "node")) \(CountWording.verb(counted, "offers", "offer")) \(total) allocatable, at least 16 CPU / 64Gi.", evidence: evidence)
        }
        if !unreadable.isEmpty {
            return .unverified("The readable nodes offer \(total) allocatable, below 16 CPU / 64Gi, and \(unreadable.joined(separator: ", ")) \(unreadable.count == 1 ? "has" : "have") no readable allocatable; supply complete Node objects.",
                               evidence: evidence)
        }
        var short: [String] = []
        if millicores < Self.minimumMillicores { short.append("CPU") }
        if bytes < Self.minimumBytes { short.append("memory") }
        return .fail("\(CountWording.count(counted, "node")) \(CountWording.verb(counted, "offers", "offer")) \(total) allocatable; the cluster needs at least 16 CPU / 64Gi (short on \(short.joined(separator: " and "))).",
                     evidence: evidence)
    }
}
