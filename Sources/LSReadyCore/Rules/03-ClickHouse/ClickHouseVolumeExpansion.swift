/// `clickhouse.volume-expansion`: the ClickHouse StorageClass lets volumes grow in place.
struct ClickHouseVolumeExpansion: Rule {
    let metadata = RuleMetadata(
        id: "clickhouse.volume-expansion",
        title: "ClickHouse volumes expandable",
        section: .clickhouse,
        level: .recommended,
        evidence: [.cluster],
        summary: "The StorageClass of each ClickHouse PVC has allowVolumeExpansion: true.",
        rationale: "ClickHouse disks fill as trace volume grows; without volume expansion the only way to add space is a new volume and a data migration, usually during an incident.",
        remediation: "Set allowVolumeExpansion: true on the ClickHouse StorageClass (kubectl patch storageclass gp3 -p '{\"allowVolumeExpansion\": true}'); the field can be changed on an existing class.",
        notes: "Without PVCs in the dump, the ClickHouse StatefulSets' volume claim templates are judged; before install (values for in-chart ClickHouse, a dump with StorageClasses but no ClickHouse), the class clickhouse.statefulSet.persistence.storageClassName names, else the default class. An absent field counts as false, as Kubernetes reads it. Classes missing from the dump are unverified.",
        examples: [
            RuleExample("expansion allowed", expect: .pass, cluster: ClickHouseSSDStorage.dump(classes: """
                - apiVersion: storage.k8s.io/v1
                  kind: StorageClass
                  metadata:
                    name: clickhouse
                  provisioner: ebs.csi.aws.com
                  allowVolumeExpansion: true
                """)),
            RuleExample("field absent", expect: .atRisk, cluster: ClickHouseSSDStorage.dump(classes: """
                - apiVersion: storage.k8s.io/v1
                  kind: StorageClass
                  metadata:
                    name: clickhouse
                  provisioner: ebs.csi.aws.com
                """)),
            RuleExample("class not in the dump", expect: .unverified, cluster: ClickHouseSSDStorage.dump(classes: "")),
        ])

    func topologyExclusion(_ model: DeploymentModel) -> Judgement? {
        model.clickHouseStorageExclusion
    }

    func judge(_ model: DeploymentModel) -> Judgement {
        let volumes = model.clickHouseVolumes
        guard !volumes.isEmpty else { return model.clickHouseNoVolumeJudgement }
        let judgements = volumes.map { volume -> Judgement in
            guard let storageClass = volume.storageClass.storageClass else {
                return .unverified("\(volume.subject) \(volume.storageClass.unresolvedReason)", evidence: [volume.evidence("storage class unresolved")])
            }
            let classEvidence = { (detail: String) in
                [volume.evidence(storageClass.meta.reference), Evidence.object(storageClass.meta.reference, in: storageClass.meta.file, detail: detail)]
            }
            switch storageClass.allowVolumeExpansion {
            case .unknown:
                return .unverified("\(volume.name): \(storageClass.meta.reference) has a malformed allowVolumeExpansion", evidence: classEvidence("unreadable"))
            case .known(true?):
                return .pass("\(volume.name) (\(storageClass.meta.reference))", evidence: classEvidence("allowVolumeExpansion: true"))
            case .known(let value):
                let written = value == nil ? "not set" : "false"
                return .atRisk("\(volume.name): \(storageClass.meta.reference) has allowVolumeExpansion \(written), so the volume cannot grow in place",
                               evidence: classEvidence("allowVolumeExpansion \(written)"))
            }
        }
        let folded = Judgement.worst(of: judgements, ifEmpty: model.clickHouseNoVolumeJudgement)
        if folded.status == .pass {
            return .pass("Every ClickHouse volume's StorageClass allows expansion: \(folded.message).", evidence: folded.evidence)
        }
        return Judgement(folded.status, folded.message + ".", evidence: folded.evidence)
    }
}
