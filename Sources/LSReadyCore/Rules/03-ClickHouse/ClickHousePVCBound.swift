/// `clickhouse.pvc-bound`: every ClickHouse PVC is Bound.
struct ClickHousePVCBound: Rule {
    let metadata = RuleMetadata(
        id: "clickhouse.pvc-bound",
        title: "ClickHouse PVCs bound",
        section: .clickhouse,
        level: .required,
        evidence: [.cluster],
        summary: "Every ClickHouse PersistentVolumeClaim has status.phase Bound.",
        rationale: "A Pending claim means no volume could be provisioned (no default class, no CSI driver, quota, zone mismatch) and the ClickHouse pod cannot start; a Lost claim means its volume is gone.",
        remediation: "kubectl describe pvc data-<release>-clickhouse-0 shows why it is Pending: install the EBS CSI driver, set a default (or explicit) StorageClass, check quotas and the volume's availability zone.",
        notes: "In-chart ClickHouse with persistence (the values, or the StatefulSet's volume claim templates) whose StatefulSet is in the dump but has no PVC fails. No ClickHouse objects at all: unverified for in-chart, not-applicable for external ClickHouse (it runs outside the dumped cluster) and for LangSmith-managed ClickHouse. A claim with no phase is unverified.",
        examples: [
            RuleExample("the chart StatefulSet's PVC is bound", expect: .pass, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: apps/v1
                  kind: StatefulSet
                  metadata:
                    name: langsmith-clickhouse
                    labels:
                      app.kubernetes.io/component: langsmith-clickhouse
                  spec:
                    replicas: 1
                    volumeClaimTemplates:
                    - metadata:
                        name: data
                      spec:
                        resources:
                          requests:
                            storage: 50Gi
                - apiVersion: v1
                  kind: PersistentVolumeClaim
                  metadata:
                    name: data-langsmith-clickhouse-0
                  status:
                    phase: Bound
                """),
            RuleExample("a PVC pending", expect: .fail, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: apps/v1
                  kind: StatefulSet
                  metadata:
                    name: langsmith-clickhouse
                    labels:
                      app.kubernetes.io/component: langsmith-clickhouse
                  spec:
                    volumeClaimTemplates:
                    - metadata:
                        name: data
                - apiVersion: v1
                  kind: PersistentVolumeClaim
                  metadata:
                    name: data-langsmith-clickhouse-0
                  spec:
                    storageClassName: gp3
                  status:
                    phase: Pending
                """),
            RuleExample("the StatefulSet has no PVC at all", expect: .fail, values: """
                clickhouse:
                  statefulSet:
                    persistence:
                      enabled: true
                """, cluster: """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata:
                  name: langsmith-clickhouse
                  labels:
                    app.kubernetes.io/component: langsmith-clickhouse
                spec:
                  replicas: 1
                """),
            RuleExample("no ClickHouse objects in the dump", expect: .unverified, cluster: """
                apiVersion: v1
                kind: List
                items: []
                """),
            RuleExample("LangSmith-managed ClickHouse, values only: not applicable rather than unverified", expect: .notApplicable, values: """
                clickhouse:
                  external:
                    enabled: true
                    hybrid: true
                """),
            RuleExample("LangSmith-managed ClickHouse", expect: .notApplicable, values: """
                clickhouse:
                  external:
                    enabled: true
                    hybrid: true
                """, cluster: """
                apiVersion: v1
                kind: List
                items: []
                """),
        ])

    func topologyExclusion(_ model: DeploymentModel) -> Judgement? {
        guard model.clickHouseTopology == .managed else { return nil }
        return .notApplicable("LangSmith-managed ClickHouse: its volumes are not in this cluster.", evidence: model.clickHouseTopologyEvidence)
    }

    func judge(_ model: DeploymentModel) -> Judgement {
        let claims = model.clickhouse.claims
        if claims.isEmpty { return noClaims(model) }
        let judgements = claims.map { claim -> Judgement in
            let evidence = { (detail: String) in [Evidence.object(claim.meta.reference, in: claim.meta.file, detail: detail)] }
            switch claim.phase {
            case .unknown:
                return .unverified("\(claim.meta.name): status.phase is malformed in the dump", evidence: evidence("phase unreadable"))
            case .known(nil):
                return .unverified("\(claim.meta.name) has no status.phase in the dump (dump it with its status)", evidence: evidence("no phase"))
            case .known("Bound"?):
                return .pass(claim.meta.name, evidence: evidence("Bound"))
            case .known(let phase?):
                return .fail("\(claim.meta.name) is \(phase)", evidence: evidence(phase))
            }
        }
        let folded = Judgement.worst(of: judgements, ifEmpty: noClaims(model))
        switch folded.status {
        case .pass:
            return .pass("\(CountWording.all(claims.count, "ClickHouse PVC")) \(CountWording.be(claims.count)) Bound: \(folded.message).", evidence: folded.evidence)
        case .fail:
            return .fail("\(folded.message): ClickHouse cannot start on an unbound volume.", evidence: folded.evidence)
        default:
            return Judgement(folded.status, folded.message + ".", evidence: folded.evidence)
        }
    }

    private func noClaims(_ model: DeploymentModel) -> Judgement {
        let chartSets = model.clickhouse.chartStatefulSets
        if model.clickHouseTopology == .inChart && !chartSets.isEmpty {
            let templates = chartSets.flatMap { $0.volumeClaimTemplates.value ?? [] }
            let persistent = model.hasValues ? model.clickhouse.persistenceEnabled.value : !templates.isEmpty
            if !persistent {
                return .notApplicable("In-chart ClickHouse runs without persistence, so it has no PVC (clickhouse.persistence reports that).",
                                      evidence: model.hasValues ? [model.clickhouse.persistenceEnabled.evidence()] : [])
            }
            let statefulSet = chartSets[0]
            return .fail("\(statefulSet.meta.reference) is in the dump but no ClickHouse PVC (data-\(statefulSet.meta.name)-0) is: its volume was never created.",
                         evidence: [.object(statefulSet.meta.reference, in: statefulSet.meta.file, detail: "no PVC")]
                            + (model.hasValues ? [model.clickhouse.persistenceEnabled.evidence()] : []))
        }
        if model.clickHouseTopology == .external && !model.clickhouse.hasObservedObjects {
            return .notApplicable("External ClickHouse with no ClickHouse objects in the dump: it runs outside this cluster.",
                                  evidence: model.clickHouseTopologyEvidence)
        }
        return .unverified("No ClickHouse PVC in the dump; supply one with the ClickHouse StatefulSet and PVCs (kubectl get statefulset,pvc -o yaml).",
                           evidence: model.clickHouseTopologyEvidence)
    }
}
