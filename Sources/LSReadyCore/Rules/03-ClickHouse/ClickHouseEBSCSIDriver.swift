/// `clickhouse.ebs-csi-driver`: on EKS, the AWS EBS CSI driver is installed.
struct ClickHouseEBSCSIDriver: Rule {
    let metadata = RuleMetadata(
        id: "clickhouse.ebs-csi-driver",
        title: "EBS CSI driver installed (EKS)",
        section: .clickhouse,
        level: .required,
        evidence: [.cluster],
        eksOnly: true,
        summary: "The AWS EBS CSI driver runs in the cluster: a CSIDriver ebs.csi.aws.com, or its ebs-csi-controller Deployment or ebs-csi-node DaemonSet.",
        rationale: "Since Kubernetes 1.23 EKS provisions EBS volumes only through the EBS CSI driver: without it ClickHouse's PVCs stay Pending and its pods never start.",
        remediation: "Install the Amazon EBS CSI driver EKS add-on (aws eks create-addon --addon-name aws-ebs-csi-driver) with an IAM role for its service account (AmazonEBSCSIDriverPolicy).",
        notes: "Any one of the three objects is enough. The rule does not check the driver's health; clickhouse.pvc-bound shows whether volumes are actually provisioned.",
        examples: [
            RuleExample("the CSIDriver object is present", expect: .pass, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Node
                  metadata:
                    name: ip-10-0-1-23.ec2.internal
                    labels:
                      eks.amazonaws.com/nodegroup: langsmith
                  spec:
                    providerID: aws:///us-east-1a/i-0a1b2c3d4e5f60718
                - apiVersion: storage.k8s.io/v1
                  kind: CSIDriver
                  metadata:
                    name: ebs.csi.aws.com
                  spec:
                    attachRequired: true
                """),
            RuleExample("only the node DaemonSet is in the dump", expect: .pass, cluster: """
                apiVersion: apps/v1
                kind: DaemonSet
                metadata:
                  name: ebs-csi-node
                  namespace: kube-system
                """, options: AuditOptions(platform: .eks)),
            RuleExample("no EBS CSI driver on EKS", expect: .fail, cluster: """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Node
                  metadata:
                    name: ip-10-0-1-23.ec2.internal
                  spec:
                    providerID: aws:///us-east-1a/i-0a1b2c3d4e5f60718
                - apiVersion: storage.k8s.io/v1
                  kind: StorageClass
                  metadata:
                    name: gp2
                  provisioner: kubernetes.io/aws-ebs
                """),
            RuleExample("platform assumed: no nodes in the dump", expect: .unverified, cluster: """
                apiVersion: storage.k8s.io/v1
                kind: CSIDriver
                metadata:
                  name: ebs.csi.aws.com
                """),
            RuleExample("GKE: not applicable", expect: .notApplicable, cluster: """
                apiVersion: v1
                kind: List
                items: []
                """, options: AuditOptions(platform: .gke)),
        ])

    static let driverName = "ebs.csi.aws.com"

    func judge(_ model: DeploymentModel) -> Judgement {
        let capacity = model.capacity
        var evidence: [Evidence] = []
        for driver in capacity.csiDrivers where driver.name == Self.driverName {
            evidence.append(.object(driver.meta.reference, in: driver.meta.file, detail: "CSIDriver registered"))
        }
        for deployment in capacity.deployments where deployment.meta.name == "ebs-csi-controller" {
            evidence.append(.object(deployment.meta.reference, in: deployment.meta.file, detail: "controller"))
        }
        for daemonSet in capacity.daemonSets where daemonSet.meta.name == "ebs-csi-node" {
            evidence.append(.object(daemonSet.meta.reference, in: daemonSet.meta.file, detail: "node plugin"))
        }
        if evidence.isEmpty {
            return .fail("No EBS CSI driver in the dump (no CSIDriver \(Self.driverName), ebs-csi-controller Deployment or ebs-csi-node DaemonSet): ClickHouse volumes cannot be provisioned on EKS.",
                         evidence: [.note("\(capacity.csiDrivers.count) CSIDriver object(s) in the dump")])
        }
        let found = evidence.compactMap { evidence -> String? in
            if case .cluster(let object, _) = evidence.source { return object }
            return nil
        }
        return .pass("The EBS CSI driver is installed: \(found.joined(separator: ", ")).", evidence: evidence)
    }
}
