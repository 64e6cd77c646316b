/// `clickhouse.resources`: each ClickHouse node requests at least 8 CPU and 32Gi (dev: 4 and 16Gi).
struct ClickHouseResources: Rule {
    let metadata = RuleMetadata(
        id: "clickhouse.resources",
        title: "ClickHouse nodes sized (8 CPU / 32Gi)",
        section: .clickhouse,
        level: .required,
        evidence: [.values, .cluster],
        summary: "Each ClickHouse node has at least 8 CPU and 32Gi of memory (dev profile: 4 CPU and 16Gi), guaranteed by its requests.",
        rationale: "ClickHouse is memory-, I/O- and concurrency-hungry: below the baseline, merges fall behind, queries are killed for memory and ingestion stalls. Capacity that only a limit allows is not reserved: the scheduler may place the pod where it cannot get it.",
        remediation: "Set clickhouse.statefulSet.resources.requests to cpu: 8 and memory: 32Gi (with limits at least as high) for in-chart ClickHouse, or size the external ClickHouse pods (the installation's pod template) the same; scale to 16 CPU / 64Gi as load grows.",
        notes: "Judged per dimension: the request meets the minimum → pass; only the limit → at-risk; neither (or no limit) → fail; the worst dimension and node decide. In-chart: the ClickHouse pods in the dump decide (else the StatefulSet's template, else the values), and a message notes when the values say otherwise. The server container is the pod's only container, else the one named clickhouse (clickhouse-pod, clickhouse-server), not a log or exporter sidecar. A set value that is not a Kubernetes quantity is unverified. For an operator-managed cluster the pod template read is the one of the StatefulSets the operator creates (chi-<installation>-...); the installation's own spec.templates.podTemplates are not read, so a dump holding only the ClickHouseInstallation is unverified.",
        examples: [
            RuleExample("requests meet 8 CPU / 32Gi", expect: .pass, values: """
                clickhouse:
                  statefulSet:
                    resources:
                      requests:
                        cpu: 8
                        memory: 32Gi
                      limits:
                        cpu: 16
                        memory: 64Gi
                """),
            RuleExample("the chart defaults: only the limits meet it", expect: .atRisk, values: """
                config:
                  authType: mixed
                """),
            RuleExample("limits below the minimum", expect: .fail, values: """
                clickhouse:
                  statefulSet:
                    resources:
                      requests:
                        cpu: 2
                        memory: 8Gi
                      limits:
                        cpu: 4
                        memory: 16Gi
                """),
            RuleExample("dev profile: the chart defaults' limits meet 4 CPU / 16Gi", expect: .atRisk, values: """
                config:
                  authType: mixed
                """, options: AuditOptions(profile: .dev)),
            RuleExample("dev profile: 4 CPU / 16Gi requested", expect: .pass, values: """
                clickhouse:
                  statefulSet:
                    resources:
                      requests:
                        cpu: 4000m
                        memory: 16Gi
                      limits:
                        cpu: 4000m
                        memory: 16Gi
                """, options: AuditOptions(profile: .dev)),
            RuleExample("the running pod requests less than the values say", expect: .fail, values: """
                clickhouse:
                  statefulSet:
                    resources:
                      requests:
                        cpu: 8
                        memory: 32Gi
                """, cluster: """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: langsmith-clickhouse-0
                  labels:
                    app.kubernetes.io/component: langsmith-clickhouse
                spec:
                  containers:
                  - name: clickhouse
                    image: clickhouse/clickhouse-server:24.8
                    resources:
                      requests:
                        cpu: 2
                        memory: 8Gi
                      limits:
                        cpu: 4
                        memory: 16Gi
                """),
            RuleExample("external installation pods requesting 8 CPU / 32Gi", expect: .pass, values: """
                clickhouse:
                  external:
                    enabled: true
                    cluster: replicated
                """, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: clickhouse.altinity.com/v1
                  kind: ClickHouseInstallation
                  metadata:
                    name: langsmith
                  spec:
                    configuration:
                      clusters:
                      - name: replicated
                        layout:
                          replicasCount: 1
                - apiVersion: v1
                  kind: Pod
                  metadata:
                    name: chi-langsmith-replicated-0-0-0
                    labels:
                      clickhouse.altinity.com/chi: langsmith
                  spec:
                    containers:
                    - name: clickhouse-pod
                      resources:
                        requests: {cpu: "8", memory: 32Gi}
                        limits: {cpu: "8", memory: 32Gi}
                    - name: clickhouse-log
                      resources:
                        requests: {cpu: 100m, memory: 128Mi}
                """),
            RuleExample("external ClickHouse with no dump", expect: .unverified, values: """
                clickhouse:
                  external:
                    enabled: true
                    cluster: replicated
                """),
            RuleExample("LangSmith-managed ClickHouse", expect: .notApplicable, values: """
                clickhouse:
                  external:
                    enabled: true
                    hybrid: true
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let topology = model.clickHouseTopology
        if topology == .managed {
            return .notApplicable("LangSmith-managed ClickHouse: LangSmith sizes its nodes.", evidence: model.clickHouseTopologyEvidence)
        }
        if let observed = observedJudgement(model) {
            return observed
        }
        switch topology {
        case .inChart? where model.hasValues:
            return valuesJudgement(model)
        case .external?:
            return .unverified("External ClickHouse: supply a cluster dump with its pods (or StatefulSets) to read their requests and limits, or verify 8 CPU / 32Gi per node by hand.",
                               evidence: model.clickHouseTopologyEvidence)
        default:
            return .unverified("No ClickHouse pods in the dump and no values: supply the values files or a dump with the ClickHouse pods.")
        }
    }

    /// The pods in the dump (else the StatefulSets' templates), or nil when the dump has none.
    private func observedJudgement(_ model: DeploymentModel) -> Judgement? {
        let minimum = model.clickHouseMinimum
        let minimumText = model.clickHouseMinimumText
        var subjects: [(meta: KubeObjectMeta, containers: Fact<[KubeContainer]>)] = model.clickhouse.pods.map { ($0.meta, $0.containers) }
        if subjects.isEmpty {
            subjects = model.clickhouse.statefulSets.map { ($0.meta, $0.template.containers) }
        }
        guard !subjects.isEmpty else { return nil }
        var valuesCheck: ClickHouseResourceCheck?
        if model.hasValues && model.clickHouseTopology == .inChart { valuesCheck = model.clickhouse.resources.resourceCheck }
        let judgements = subjects.map { subject -> Judgement in
            guard let containers = subject.containers.value, let container = ClickHouseServerContainer.pick(containers),
                  let check = container.resourceCheck else {
                return .unverified("\(subject.meta.reference): its containers' resources are unreadable or missing in the dump",
                                   evidence: [.object(subject.meta.reference, in: subject.meta.file, detail: "resources unreadable")])
            }
            let status = check.status(minimum: minimum)
            var message = "\(subject.meta.reference): \(check.description)"
            switch status {
            case .pass: break
            case .atRisk: message += "; only the limits reach \(minimumText), which is not guaranteed capacity"
            default: message += "; needs \(minimumText)"
            }
            if let valuesCheck, valuesCheck != check {
                message += " (the values set \(valuesCheck.description); the cluster decides)"
            }
            return Judgement(status, message, evidence: [.object(subject.meta.reference, in: subject.meta.file, detail: check.description)])
        }
        let folded = Judgement.worst(of: judgements, ifEmpty: .unverified("No ClickHouse pods."))
        if folded.status == .pass {
            return .pass("\(CountWording.all(judgements.count, "ClickHouse node")) \(CountWording.verb(judgements.count, "requests", "request")) at least \(minimumText): \(folded.message).",
                         evidence: folded.evidence)
        }
        return Judgement(folded.status, folded.message + ".", evidence: folded.evidence)
    }

    private func valuesJudgement(_ model: DeploymentModel) -> Judgement {
        let resources = model.clickhouse.resources
        let evidence = resources.evidence
        guard let check = resources.resourceCheck else {
            return .unverified("clickhouse.statefulSet.resources holds a value that is not a Kubernetes quantity; fix it so the minimum can be checked.",
                               evidence: evidence)
        }
        let minimumText = model.clickHouseMinimumText
        switch check.status(minimum: model.clickHouseMinimum) {
        case .pass:
            return .pass("clickhouse.statefulSet.resources: \(check.description); the requests meet \(minimumText).", evidence: evidence)
        case .atRisk:
            return .atRisk("clickhouse.statefulSet.resources: \(check.description); only the limits reach \(minimumText), so the capacity is not guaranteed.",
                           evidence: evidence)
        default:
            return .fail("clickhouse.statefulSet.resources: \(check.description); each ClickHouse node needs \(minimumText).", evidence: evidence)
        }
    }
}
