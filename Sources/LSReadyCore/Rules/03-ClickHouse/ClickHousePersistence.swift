/// `clickhouse.persistence`: ClickHouse keeps its data on persistent volumes.
struct ClickHousePersistence: Rule {
    let metadata = RuleMetadata(
        id: "clickhouse.persistence",
        title: "ClickHouse data persisted",
        section: .clickhouse,
        level: .required,
        evidence: [.values, .cluster],
        summary: "ClickHouse stores its data on PersistentVolumeClaims: clickhouse.statefulSet.persistence.enabled for in-chart ClickHouse, and every ClickHouse pod in the dump mounts a PVC.",
        rationale: "Without a persistent volume, ClickHouse writes to the pod's ephemeral storage: every restart, eviction or reschedule loses all traces.",
        remediation: "Keep clickhouse.statefulSet.persistence.enabled: true with a size (clickhouse.statefulSet.persistence.size) and an SSD StorageClass; for an operator-managed cluster, give the installation a dataVolumeClaimTemplate.",
        notes: "The dump decides when it has ClickHouse pods (each must mount a PVC), else the StatefulSets (a volume claim template or a mounted claim); in-chart with no ClickHouse objects in the dump, the values decide. External ClickHouse with no pods in the dump is unverified; LangSmith-managed ClickHouse is not-applicable.",
        examples: [
            RuleExample("the chart default: persistence enabled", expect: .pass, values: """
                clickhouse:
                  statefulSet:
                    persistence:
                      size: 500Gi
                """),
            RuleExample("persistence disabled", expect: .fail, values: """
                clickhouse:
                  statefulSet:
                    persistence:
                      enabled: false
                """),
            RuleExample("the running pod mounts its PVC", expect: .pass, cluster: """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: langsmith-clickhouse-0
                  labels:
                    app.kubernetes.io/component: langsmith-clickhouse
                spec:
                  containers:
                  - name: clickhouse
                  volumes:
                  - name: data
                    persistentVolumeClaim:
                      claimName: data-langsmith-clickhouse-0
                """),
            RuleExample("the running pod writes to an emptyDir", expect: .fail, values: """
                clickhouse:
                  statefulSet:
                    persistence:
                      enabled: true
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
                  volumes:
                  - name: data
                    emptyDir: {}
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
            return .notApplicable("LangSmith-managed ClickHouse: LangSmith keeps its data.", evidence: model.clickHouseTopologyEvidence)
        }
        let persistence = model.clickhouse.persistenceEnabled
        let valuesSay = model.hasValues && topology == .inChart ? persistence.value : nil
        if let observed = observedJudgement(model, valuesSay: valuesSay) { return observed }
        switch topology {
        case .inChart? where model.hasValues:
            if persistence.value {
                return .pass("clickhouse.statefulSet.persistence.enabled is true: ClickHouse data lives on a PVC (\(model.clickhouse.persistenceSize.value.isEmpty ? "size not set" : model.clickhouse.persistenceSize.value)).",
                             evidence: [persistence.evidence(), model.clickhouse.persistenceSize.evidence()])
            }
            return .fail("clickhouse.statefulSet.persistence.enabled is false: ClickHouse data is lost whenever its pod restarts.",
                         evidence: [persistence.evidence()])
        case .external?:
            return .unverified("External ClickHouse: supply a cluster dump with its pods to check that they mount PVCs, or verify its storage by hand.",
                               evidence: model.clickHouseTopologyEvidence)
        default:
            return .unverified("No ClickHouse pods in the dump and no values: supply the values files or a dump with the ClickHouse pods.")
        }
    }

    private func observedJudgement(_ model: DeploymentModel, valuesSay: Bool?) -> Judgement? {
        let disagreement: (Bool) -> String = { mounted in
            guard let valuesSay, valuesSay != mounted else { return "" }
            return " (the values set clickhouse.statefulSet.persistence.enabled: \(valuesSay); the cluster decides)"
        }
        if !model.clickhouse.pods.isEmpty {
            let judgements = model.clickhouse.pods.map { pod -> Judgement in
                guard let claims = pod.claimNames.value else {
                    return .unverified("Pod/\(pod.meta.name): its volumes are unreadable in the dump",
                                       evidence: [.object(pod.meta.reference, in: pod.meta.file, detail: "volumes unreadable")])
                }
                if claims.isEmpty {
                    return .fail("Pod/\(pod.meta.name) mounts no PVC: its data is lost on restart\(disagreement(false))",
                                 evidence: [.object(pod.meta.reference, in: pod.meta.file, detail: "no persistentVolumeClaim volume")])
                }
                return .pass("Pod/\(pod.meta.name) mounts \(claims.joined(separator: ", "))\(disagreement(true))",
                             evidence: [.object(pod.meta.reference, in: pod.meta.file, detail: "mounts \(claims.joined(separator: ", "))")])
            }
            return fold(judgements, count: judgements.count, what: "ClickHouse pod")
        }
        guard !model.clickhouse.statefulSets.isEmpty else { return nil }
        let judgements = model.clickhouse.statefulSets.map { statefulSet -> Judgement in
            let evidenceFor = { (detail: String) in [Evidence.object(statefulSet.meta.reference, in: statefulSet.meta.file, detail: detail)] }
            guard let templates = statefulSet.volumeClaimTemplates.value, let mounted = statefulSet.template.claimNames.value else {
                return .unverified("\(statefulSet.meta.reference): its volume claim templates are unreadable in the dump", evidence: evidenceFor("unreadable"))
            }
            let claims = templates.map(\.name) + mounted
            if claims.isEmpty {
                return .fail("\(statefulSet.meta.reference) has no volume claim template: its pods lose their data on restart\(disagreement(false))",
                             evidence: evidenceFor("no volumeClaimTemplates"))
            }
            return .pass("\(statefulSet.meta.reference) claims \(claims.joined(separator: ", "))\(disagreement(true))",
                         evidence: evidenceFor("volume claims \(claims.joined(separator: ", "))"))
        }
        return fold(judgements, count: judgements.count, what: "ClickHouse StatefulSet")
    }

    private func fold(_ judgements: [Judgement], count: Int, what: String) -> Judgement {
        let folded = Judgement.worst(of: judgements, ifEmpty: .unverified("Nothing to judge."))
        guard folded.status == .pass else { return Judgement(folded.status, folded.message + ".", evidence: folded.evidence) }
        return .pass("\(CountWording.all(count, what)) \(CountWording.verb(count, "keeps", "keep")) data on a PVC: \(folded.message).", evidence: folded.evidence)
    }
}
