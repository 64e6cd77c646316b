/// `capacity.clickhouse-nodes`: enough nodes are large enough to host one ClickHouse replica each.
struct CapacityClickHouseNodes: Rule {
    let metadata = RuleMetadata(
        id: "capacity.clickhouse-nodes",
        title: "Nodes large enough for each ClickHouse replica",
        section: .capacity,
        level: .required,
        evidence: [.cluster],
        summary: "For in-chart or in-cluster ClickHouse, at least as many nodes as ClickHouse replicas have allocatable CPU and memory at or above the clickhouse.resources minimum (8 CPU / 32Gi; dev 4 / 16Gi).",
        rationale: "Each ClickHouse replica needs a node that can hold its whole request: when no node is big enough, the pod stays Pending, or lands on a node where it is starved and OOM-killed.",
        remediation: "Add a node group for ClickHouse with instances whose allocatable exceeds 8 CPU / 32Gi (for example m5.4xlarge or r5.2xlarge… check allocatable, not instance size), one node per replica, and pin ClickHouse to it with clickhouse.statefulSet.nodeSelector and tolerations.",
        notes: "Replicas: for in-chart ClickHouse 1, or the chart StatefulSet's replicas (or pods) when the dump shows more; else the installation's count as clickhouse.replicated reads it. External ClickHouse with no ClickHouse pods or installation in the dump runs outside the cluster: not-applicable, as is LangSmith-managed ClickHouse. With neither values nor ClickHouse objects, the chart default (one in-chart replica) is assumed, but only to pass: no large node is then unverified, not a failure. Nodes with unreadable allocatable are not counted; when they could make up the shortfall the rule is unverified. Taints, labels and other workloads on the nodes are not considered.",
        examples: [
            RuleExample("in-chart ClickHouse and an m5.4xlarge node", expect: .pass, values: Self.inChart, cluster: CapacityClusterMinimum.nodes([
                ("ip-10-0-1-23.ec2.internal", "15890m", "59763976Ki"),
                ("ip-10-0-2-41.ec2.internal", "3920m", "15146608Ki"),
            ])),
            RuleExample("m5.2xlarge nodes: 32 GiB instances allocate less than 32Gi", expect: .fail, values: Self.inChart,
                        cluster: CapacityClusterMinimum.nodes([
                ("ip-10-0-1-23.ec2.internal", "7910m", "31482280Ki"),
                ("ip-10-0-2-41.ec2.internal", "7910m", "31482280Ki"),
            ])),
            RuleExample("dev profile: m5.2xlarge meets 4 CPU / 16Gi", expect: .pass, values: Self.inChart, cluster: CapacityClusterMinimum.nodes([
                ("ip-10-0-1-23.ec2.internal", "7910m", "31482280Ki"),
            ]), options: AuditOptions(profile: .dev)),
            RuleExample("no values and no ClickHouse objects: one in-chart replica assumed", expect: .pass, cluster: CapacityClusterMinimum.nodes([
                ("ip-10-0-1-23.ec2.internal", "15890m", "59763976Ki"),
            ])),
            RuleExample("three replicas but two large nodes", expect: .fail, values: """
                clickhouse:
                  external:
                    enabled: true
                    cluster: replicated
                """, cluster: CapacityClusterMinimum.nodes([
                ("ip-10-0-1-23.ec2.internal", "15890m", "59763976Ki"),
                ("ip-10-0-2-41.ec2.internal", "15890m", "59763976Ki"),
                ("ip-10-0-3-57.ec2.internal", "7910m", "31482280Ki"),
            ]) + """
                - apiVersion: clickhouse.altinity.com/v1
                  kind: ClickHouseInstallation
                  metadata:
                    name: langsmith
                  spec:
                    configuration:
                      clusters:
                      - name: replicated
                        layout:
                          replicasCount: 3
                """),
            RuleExample("the chart's StatefulSet scaled to 3 pods, one large node", expect: .fail, cluster: CapacityClusterMinimum.nodes([
                ("ip-10-0-1-23.ec2.internal", "15890m", "59763976Ki"),
                ("ip-10-0-2-41.ec2.internal", "7910m", "31482280Ki"),
            ]) + """
                - apiVersion: apps/v1
                  kind: StatefulSet
                  metadata:
                    name: langsmith-clickhouse
                    labels:
                      app.kubernetes.io/component: langsmith-clickhouse
                      helm.sh/chart: langsmith-0.16.11
                  spec:
                    replicas: 3
                """),
            RuleExample("external ClickHouse outside the cluster", expect: .notApplicable, values: """
                clickhouse:
                  external:
                    enabled: true
                    host: clickhouse.internal.example.com
                    cluster: replicated
                """, cluster: CapacityClusterMinimum.nodes([
                ("ip-10-0-1-23.ec2.internal", "3920m", "15146608Ki"),
            ])),
            RuleExample("no nodes in the dump", expect: .unverified, cluster: """
                apiVersion: v1
                kind: List
                items: []
                """),
        ])

    func topologyExclusion(_ model: DeploymentModel) -> Judgement? {
        guard model.clickHouseTopology == .managed else { return nil }
        return managed(model.clickHouseTopologyEvidence)
    }

    private func managed(_ topology: [Evidence]) -> Judgement {
        .notApplicable("LangSmith-managed ClickHouse does not run on this cluster's nodes.", evidence: topology)
    }

    func judge(_ model: DeploymentModel) -> Judgement {
        let replicas: Int
        var evidence: [Evidence]
        var assumed = false
        switch model.clickHouseReplicas {
        case .managed(let topology):
            return managed(topology)
        case .inChart(let pods, let topology):
            replicas = pods
            evidence = topology
        case .unnamedCluster(let topology):
            guard model.clickhouse.hasObservedObjects else { return outside(topology) }
            replicas = max(1, model.clickhouse.pods.count)
            evidence = topology
        case .counted(let count, _, _, let counted):
            replicas = count
            evidence = counted
        case .unknown(let message, let topology):
            if model.clickHouseTopology == .external && !model.clickhouse.hasObservedObjects { return outside(topology) }
            guard model.clickHouseTopology == nil else {
                return .unverified("The ClickHouse replica count is unknown: \(message)", evidence: topology)
            }
            // Neither values nor ClickHouse objects: judge the chart default (one in-chart replica), passing only.
            replicas = 1
            assumed = true
            evidence = [.note("no values and no ClickHouse objects: one in-chart replica assumed (the chart default)")]
        }
        let nodes = model.capacity.nodes
        guard !nodes.isEmpty else {
            return .unverified("No nodes in the dump; supply them (kubectl get nodes -o json).", evidence: evidence)
        }
        let minimum = model.clickHouseMinimum
        let minimumText = model.clickHouseMinimumText
        var large: [String] = []
        var unreadable: [String] = []
        for node in nodes {
            guard let cpu = node.allocatableMillicores.present, let memory = node.allocatableMemoryBytes.present else {
                unreadable.append(node.meta.name)
                evidence.append(.object(node.meta.reference, in: node.meta.file, detail: "allocatable missing or unreadable"))
                continue
            }
            let fits = cpu >= minimum.millicores && memory >= minimum.bytes
            if fits { large.append(node.meta.name) }
            evidence.append(.object(node.meta.reference, in: node.meta.file,
                                    detail: "allocatable \(QuantityFormatter.cpu(millicores: cpu)) CPU / \(QuantityFormatter.bytes(memory))\(fits ? ", fits a replica" : "")"))
        }
        let needed = CountWording.count(replicas, model.clickHouseTopology == .inChart ? "ClickHouse pod" : "ClickHouse replica")
        if large.count >= replicas {
            return .pass("\(CountWording.count(large.count, "node")) (\(large.joined(separator: ", "))) \(large.count == 1 ? "has" : "have") at least \(minimumText) allocatable, enough for \(needed)\(assumed ? " (assumed: the chart's in-chart default)" : "").",
                         evidence: evidence)
        }
        if assumed {
            return .unverified("No node has \(minimumText) allocatable, and neither values nor ClickHouse objects show whether ClickHouse runs in this cluster; supply the values files or a dump with the ClickHouse pods.",
                               evidence: evidence)
        }
        if large.count + unreadable.count >= replicas {
            return .unverified("\(CountWording.count(large.count, "node")) of the \(needed) needed \(large.count == 1 ? "has" : "have") \(minimumText) allocatable; \(unreadable.joined(separator: ", ")) \(unreadable.count == 1 ? "has" : "have") no readable allocatable.",
                               evidence: evidence)
        }
        return .fail("\(needed) need\(replicas == 1 ? "s" : "") \(replicas == 1 ? "a node" : "\(replicas) nodes") with at least \(minimumText) allocatable; \(large.isEmpty ? "no node has" : "only \(CountWording.count(large.count, "node")) \(large.count == 1 ? "has" : "have")") that much.",
                     evidence: evidence)
    }

    static let inChart = """
        clickhouse:
          statefulSet:
            resources:
              requests:
                cpu: 8
                memory: 32Gi
        """

    private func outside(_ evidence: [Evidence]) -> Judgement {
        .notApplicable("External ClickHouse with no ClickHouse pods or installation in the dump: it runs outside this cluster.", evidence: evidence)
    }
}
