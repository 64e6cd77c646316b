/// `clickhouse.ssd-storage`: every ClickHouse volume is on an SSD-backed StorageClass.
struct ClickHouseSSDStorage: Rule {
    let metadata = RuleMetadata(
        id: "clickhouse.ssd-storage",
        title: "ClickHouse on SSD storage",
        section: .clickhouse,
        level: .required,
        evidence: [.cluster],
        summary: "The StorageClass of each ClickHouse PVC (its own, else the default class) provisions SSDs: EBS gp2/gp3/io1/io2, GCE pd-ssd/pd-balanced/pd-extreme/hyperdisk, Azure Premium or StandardSSD disks.",
        rationale: "ClickHouse merges and queries are disk-bound: on spinning disks (st1, sc1, standard, pd-standard, Standard_LRS) merges fall behind, parts pile up and inserts are rejected.",
        remediation: "Create an SSD StorageClass (on EKS: provisioner ebs.csi.aws.com, type: gp3) and set clickhouse.statefulSet.persistence.storageClassName to it (or the installation's volume claim template), then migrate the data to new PVCs: a PVC's class cannot be changed in place.",
        notes: "Without the PVCs in the dump, the ClickHouse StatefulSets' volume claim templates are judged; before install (values for in-chart ClickHouse, a dump with StorageClasses but no ClickHouse), the class clickhouse.statefulSet.persistence.storageClassName names, else the default class. The drivers' defaults apply when type is not written: gp3 for ebs.csi.aws.com, gp2 for kubernetes.io/aws-ebs, pd-standard for the GCE drivers, StandardSSD_LRS for disk.csi.azure.com. Premium_ZRS and StandardSSD_ZRS count as SSD, Standard_ZRS as HDD. Unknown provisioners, classes missing from the dump, and claims with no class are unverified. In-chart ClickHouse without persistence, and LangSmith-managed ClickHouse, are not-applicable.",
        examples: [
            RuleExample("gp3 through the EBS CSI driver", expect: .pass, cluster: Self.dump(classes: """
                - apiVersion: storage.k8s.io/v1
                  kind: StorageClass
                  metadata:
                    name: clickhouse
                    annotations:
                      storageclass.kubernetes.io/is-default-class: "true"
                  provisioner: ebs.csi.aws.com
                  parameters:
                    type: gp3
                """)),
            RuleExample("throughput-optimized HDD (st1)", expect: .fail, cluster: Self.dump(classes: """
                - apiVersion: storage.k8s.io/v1
                  kind: StorageClass
                  metadata:
                    name: clickhouse
                  provisioner: ebs.csi.aws.com
                  parameters:
                    type: st1
                """)),
            RuleExample("GKE default class without a type is pd-standard", expect: .fail, cluster: Self.dump(classes: """
                - apiVersion: storage.k8s.io/v1
                  kind: StorageClass
                  metadata:
                    name: clickhouse
                  provisioner: pd.csi.storage.gke.io
                """)),
            RuleExample("an unknown provisioner", expect: .unverified, cluster: Self.dump(classes: """
                - apiVersion: storage.k8s.io/v1
                  kind: StorageClass
                  metadata:
                    name: clickhouse
                  provisioner: rancher.io/local-path
                """)),
            RuleExample("before install: the default class the chart's PVC will get", expect: .pass, values: """
                clickhouse:
                  statefulSet:
                    persistence:
                      size: 500Gi
                """, cluster: """
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata:
                  name: gp3
                  annotations:
                    storageclass.kubernetes.io/is-default-class: "true"
                provisioner: ebs.csi.aws.com
                parameters:
                  type: gp3
                """),
            RuleExample("the PVC's class is not in the dump", expect: .unverified, cluster: Self.dump(classes: "")),
            RuleExample("no cluster dump", expect: .unverified, values: """
                clickhouse:
                  statefulSet:
                    persistence:
                      storageClassName: clickhouse
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

    /// A dump with one ClickHouse PVC of class `clickhouse`, plus the given classes.
    static func dump(classes: String) -> String {
        """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: PersistentVolumeClaim
          metadata:
            name: data-langsmith-clickhouse-0
            namespace: langsmith
          spec:
            storageClassName: clickhouse
            resources:
              requests:
                storage: 500Gi
          status:
            phase: Bound
        - apiVersion: v1
          kind: Pod
          metadata:
            name: langsmith-clickhouse-0
            namespace: langsmith
            labels:
              app.kubernetes.io/component: langsmith-clickhouse
          spec:
            containers:
            - name: clickhouse
            volumes:
            - name: data
              persistentVolumeClaim:
                claimName: data-langsmith-clickhouse-0

        """ + classes
    }

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
            let classEvidence = Evidence.object(storageClass.meta.reference, in: storageClass.meta.file,
                                                detail: "provisioner \(storageClass.provisioner.present ?? "unknown")")
            switch ClickHouseDisk.of(storageClass) {
            case .ssd(let disk):
                return .pass("\(volume.name): \(volume.storageClass.classDescription), \(disk) (SSD)",
                             evidence: [volume.evidence(disk), classEvidence])
            case .hdd(let disk):
                return .fail("\(volume.name): \(volume.storageClass.classDescription) provisions \(disk), a spinning disk; ClickHouse needs SSD",
                             evidence: [volume.evidence(disk), classEvidence])
            case .unrecognized(let what):
                return .unverified("\(volume.name): \(volume.storageClass.classDescription) uses \(what), which lsready cannot classify; verify it is SSD-backed",
                                   evidence: [volume.evidence(what), classEvidence])
            case .unknownFact:
                return .unverified("\(volume.name): \(storageClass.meta.reference) has a malformed provisioner or parameters in the dump",
                                   evidence: [classEvidence])
            }
        }
        let folded = Judgement.worst(of: judgements, ifEmpty: model.clickHouseNoVolumeJudgement)
        if folded.status == .pass {
            return .pass("\(CountWording.all(volumes.count, "ClickHouse volume")) \(CountWording.be(volumes.count)) SSD-backed: \(folded.message).", evidence: folded.evidence)
        }
        return Judgement(folded.status, folded.message + ".", evidence: folded.evidence)
    }
}
