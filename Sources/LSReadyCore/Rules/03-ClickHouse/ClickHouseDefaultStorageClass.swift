/// `clickhouse.default-storageclass`: on EKS, exactly one default StorageClass, backed by the EBS CSI driver.
struct ClickHouseDefaultStorageClass: Rule {
    let metadata = RuleMetadata(
        id: "clickhouse.default-storageclass",
        title: "One EBS CSI default StorageClass (EKS)",
        section: .clickhouse,
        level: .required,
        evidence: [.cluster],
        eksOnly: true,
        summary: "Exactly one StorageClass is annotated storageclass.kubernetes.io/is-default-class: \"true\", and its provisioner is ebs.csi.aws.com.",
        rationale: "The chart's ClickHouse PVC names no class by default, so it gets the default class: with none it stays Pending; with the in-tree kubernetes.io/aws-ebs provisioner it depends on a migration shim and gets gp2; with several defaults the class is picked by creation time.",
        remediation: "Create a gp3 StorageClass with provisioner ebs.csi.aws.com and annotate it storageclass.kubernetes.io/is-default-class: \"true\"; remove the annotation from the EKS gp2 class (kubectl annotate storageclass gp2 storageclass.kubernetes.io/is-default-class-). Or set clickhouse.statefulSet.persistence.storageClassName explicitly.",
        notes: "The beta annotation storageclass.beta.kubernetes.io/is-default-class counts too, and only the value \"true\". One default with a provisioner other than the two EBS ones fails. A dump with no StorageClass at all is unverified (the classes were probably not collected).",
        examples: [
            RuleExample("gp3 through the EBS CSI driver is the only default", expect: .pass, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: storage.k8s.io/v1
                  kind: StorageClass
                  metadata:
                    name: gp3
                    annotations:
                      storageclass.kubernetes.io/is-default-class: "true"
                  provisioner: ebs.csi.aws.com
                  parameters:
                    type: gp3
                - apiVersion: storage.k8s.io/v1
                  kind: StorageClass
                  metadata:
                    name: gp2
                  provisioner: kubernetes.io/aws-ebs
                """, options: AuditOptions(platform: .eks)),
            RuleExample("no default class", expect: .fail, cluster: """
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata:
                  name: gp3
                provisioner: ebs.csi.aws.com
                """, options: AuditOptions(platform: .eks)),
            RuleExample("the EKS gp2 class with the in-tree provisioner is the default", expect: .atRisk, cluster: """
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
                """, options: AuditOptions(platform: .eks)),
            RuleExample("two default classes", expect: .atRisk, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: storage.k8s.io/v1
                  kind: StorageClass
                  metadata:
                    name: gp3
                    annotations:
                      storageclass.kubernetes.io/is-default-class: "true"
                  provisioner: ebs.csi.aws.com
                - apiVersion: storage.k8s.io/v1
                  kind: StorageClass
                  metadata:
                    name: gp2
                    annotations:
                      storageclass.kubernetes.io/is-default-class: "true"
                  provisioner: kubernetes.io/aws-ebs
                """, options: AuditOptions(platform: .eks)),
            RuleExample("the default is EFS", expect: .fail, cluster: """
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata:
                  name: efs
                  annotations:
                    storageclass.kubernetes.io/is-default-class: "true"
                provisioner: efs.csi.aws.com
                """, options: AuditOptions(platform: .eks)),
            RuleExample("no StorageClass in the dump", expect: .unverified, cluster: """
                apiVersion: v1
                kind: List
                items: []
                """, options: AuditOptions(platform: .eks)),
            RuleExample("AKS: not applicable", expect: .notApplicable, cluster: """
                apiVersion: v1
                kind: List
                items: []
                """, options: AuditOptions(platform: .aks)),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let classes = model.inventory.storageClasses
        guard !classes.isEmpty else {
            return .unverified("The dump holds no StorageClass; supply kubectl get storageclass -o yaml.")
        }
        guard let defaults = model.inventory.defaultStorageClasses.value else {
            return .unverified("A StorageClass's annotations are malformed in the dump, so the default class cannot be told.")
        }
        let evidence = defaults.map { storageClass in
            Evidence.object(storageClass.meta.reference, in: storageClass.meta.file,
                            detail: "default class, provisioner \(storageClass.provisioner.present ?? "unknown")")
        }
        if defaults.isEmpty {
            return .fail("No StorageClass is annotated as the default (\(classes.count) in the dump): the chart's ClickHouse PVC, which names no class, stays Pending.",
                         evidence: classes.map { .object($0.meta.reference, in: $0.meta.file, detail: "not default") })
        }
        if defaults.count > 1 {
            return .atRisk("\(defaults.count) StorageClasses are annotated as default (\(defaults.map(\.meta.name).joined(separator: ", "))): which one a PVC gets depends on creation order.",
                           evidence: evidence)
        }
        let storageClass = defaults[0]
        switch storageClass.provisioner {
        case .unknown:
            return .unverified("The default \(storageClass.meta.reference) has a malformed provisioner in the dump.", evidence: evidence)
        case .known("ebs.csi.aws.com"?):
            return .pass("\(storageClass.meta.reference) is the only default class, provisioned by the EBS CSI driver (ebs.csi.aws.com).", evidence: evidence)
        case .known("kubernetes.io/aws-ebs"?):
            return .atRisk("The default \(storageClass.meta.reference) uses the in-tree kubernetes.io/aws-ebs provisioner; make an ebs.csi.aws.com class the default.",
                           evidence: evidence)
        case .known(let provisioner):
            return .fail("The default \(storageClass.meta.reference) is provisioned by \(provisioner ?? "nothing"), not the EBS CSI driver (ebs.csi.aws.com).",
                         evidence: evidence)
        }
    }
}
