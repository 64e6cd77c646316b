/// `clickhouse.storage-performance`: each ClickHouse volume is provisioned for 7000 IOPS and 1000 MiB/s.
struct ClickHouseStoragePerformance: Rule {
    let metadata = RuleMetadata(
        id: "clickhouse.storage-performance",
        title: "ClickHouse volumes provisioned for 7000 IOPS / 1000 MiB/s",
        section: .clickhouse,
        level: .recommended,
        evidence: [.cluster],
        summary: "Each ClickHouse volume is provisioned for at least 7000 IOPS and 1000 MiB/s, computed from its StorageClass and size.",
        rationale: "Disk I/O, not CPU, is ClickHouse's leading bottleneck: a gp3 volume at its defaults (3000 IOPS, 125 MiB/s) throttles merges and inserts long before the node looks busy.",
        remediation: "Use a gp3 StorageClass with parameters iops: \"7000\" and throughput: \"1000\" (or io2 with enough IOPS), set it in clickhouse.statefulSet.persistence.storageClassName, and move the data to new volumes (or modify the existing EBS volumes in place).",
        notes: "EBS only: gp3 reads iops (default 3000) and throughput (default 125); gp2 gives min(16000, max(100, 3 × GiB)) IOPS and at most 250 MiB/s; io1/io2 give iopsPerGB × GiB (else iops) with throughput counted as 1000; st1, sc1 and standard are HDD figures. The size is the PVC's provisioned capacity, else its request. Other clouds' classes, unknown sizes and classes missing from the dump are unverified. Without PVCs the StatefulSets' volume claim templates are judged; before install (values for in-chart ClickHouse, a dump with StorageClasses but no ClickHouse), the class clickhouse.statefulSet.persistence.storageClassName names, else the default class.",
        examples: [
            RuleExample("gp3 provisioned at 7000 IOPS and 1000 MiB/s", expect: .pass, cluster: ClickHouseSSDStorage.dump(classes: """
                - apiVersion: storage.k8s.io/v1
                  kind: StorageClass
                  metadata:
                    name: clickhouse
                  provisioner: ebs.csi.aws.com
                  parameters:
                    type: gp3
                    iops: "7000"
                    throughput: "1000"
                """)),
            RuleExample("gp3 at its defaults", expect: .atRisk, cluster: ClickHouseSSDStorage.dump(classes: """
                - apiVersion: storage.k8s.io/v1
                  kind: StorageClass
                  metadata:
                    name: clickhouse
                  provisioner: ebs.csi.aws.com
                  parameters:
                    type: gp3
                """)),
            RuleExample("gp2 caps throughput at 250 MiB/s", expect: .atRisk, cluster: ClickHouseSSDStorage.dump(classes: """
                - apiVersion: storage.k8s.io/v1
                  kind: StorageClass
                  metadata:
                    name: clickhouse
                  provisioner: kubernetes.io/aws-ebs
                  parameters:
                    type: gp2
                """)),
            RuleExample("io2 at 20 IOPS per GiB on 500Gi", expect: .pass, cluster: ClickHouseSSDStorage.dump(classes: """
                - apiVersion: storage.k8s.io/v1
                  kind: StorageClass
                  metadata:
                    name: clickhouse
                  provisioner: ebs.csi.aws.com
                  parameters:
                    type: io2
                    iopsPerGB: "20"
                """)),
            RuleExample("before install: the chart's 50Gi on the EKS gp2 default class", expect: .atRisk, values: """
                clickhouse:
                  statefulSet:
                    persistence:
                      enabled: true
                """, cluster: """
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata:
                  name: gp2
                  annotations:
                    storageclass.kubernetes.io/is-default-class: "true"
                provisioner: kubernetes.io/aws-ebs
                parameters:
                  type: gp2
                  fsType: ext4
                """),
            RuleExample("an Azure premium disk: figures not computed", expect: .unverified, cluster: ClickHouseSSDStorage.dump(classes: """
                - apiVersion: storage.k8s.io/v1
                  kind: StorageClass
                  metadata:
                    name: clickhouse
                  provisioner: disk.csi.azure.com
                  parameters:
                    skuName: Premium_LRS
                """)),
        ])

    func topologyExclusion(_ model: DeploymentModel) -> Judgement? {
        model.clickHouseStorageExclusion
    }

    func judge(_ model: DeploymentModel) -> Judgement {
        let volumes = model.clickHouseVolumes
        guard !volumes.isEmpty else { return model.clickHouseNoVolumeJudgement }
        let needed = "needs \(EBSPerformance.requiredIOPS) IOPS and \(EBSPerformance.requiredThroughput) MiB/s"
        let judgements = volumes.map { volume -> Judgement in
            guard let storageClass = volume.storageClass.storageClass else {
                return .unverified("\(volume.subject) \(volume.storageClass.unresolvedReason)", evidence: [volume.evidence("storage class unresolved")])
            }
            switch EBSPerformance.of(storageClass, sizeBytes: volume.sizeBytes) {
            case .notComputed(let reason):
                return .unverified("\(volume.name): \(reason); verify its provisioned IOPS and throughput",
                                   evidence: [volume.evidence(volume.storageClass.classDescription)])
            case .computed(let performance):
                let evidence = [volume.evidence(performance.description),
                                Evidence.object(storageClass.meta.reference, in: storageClass.meta.file, detail: storageClass.parametersText)]
                if performance.meetsRequirement {
                    return .pass("\(volume.name): \(performance.description)", evidence: evidence)
                }
                return .atRisk("\(volume.name) (\(storageClass.meta.reference)): \(performance.description); \(needed)", evidence: evidence)
            }
        }
        let folded = Judgement.worst(of: judgements, ifEmpty: model.clickHouseNoVolumeJudgement)
        if folded.status == .pass {
            return .pass("\(CountWording.all(volumes.count, "ClickHouse volume")) \(CountWording.verb(volumes.count, "meets", "meet")) 7000 IOPS and 1000 MiB/s: \(folded.message).",
                         evidence: folded.evidence)
        }
        return Judgement(folded.status, folded.message + ".", evidence: folded.evidence)
    }
}
