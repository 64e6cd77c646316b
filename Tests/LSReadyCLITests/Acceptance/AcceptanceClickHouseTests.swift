import Foundation
import LSReadyCLI
import LSReadyCore
import TestSupport
import XCTest

/// Section 3 — ClickHouse, written from CATALOG.md only.
final class AcceptanceClickHouseTests: XCTestCase {
    // MARK: - Inputs

    static let goodResources = """
    clickhouse:
      statefulSet:
        resources:
          requests: {cpu: "8", memory: 32Gi}
          limits: {cpu: "8", memory: 32Gi}
    """

    static func chResources(requests: String, limits: String = #"{cpu: "8", memory: 32Gi}"#) -> String {
        """
        clickhouse:
          statefulSet:
            resources:
              requests: \(requests)
              limits: \(limits)
        """
    }

    static let externalCluster = """
    clickhouse:
      external:
        enabled: true
        host: ch.example.internal
        cluster: prod
        existingSecretName: ch-credentials
    """

    static let managed = """
    clickhouse:
      external:
        enabled: true
        hybrid: true
        host: managed.clickhouse.langsmith.example
        existingSecretName: ch-credentials
    """

    /// An EKS cluster with the chart's ClickHouse StatefulSet, its pod and PVC.
    static func inChartCluster(storageClass: K8s.Object = K8s.storageClass("gp3", parameters: ["type": "gp3"], isDefault: true),
                               pvcClass: String? = "gp3", pvcSize: String = "50Gi", pvcPhase: String = "Bound",
                               podReady: Bool = true, withPVC: Bool = true, podClaims: [String]? = nil,
                               podResources: K8s.Container? = nil, extra: [K8s.Object] = []) -> [K8s.Object] {
        let labels = langsmithLabels("clickhouse")
        let container = podResources ?? K8s.Container(name: "clickhouse", requests: ["cpu": "8", "memory": "32Gi"], limits: ["cpu": "8", "memory": "32Gi"])
        var objects: [K8s.Object] = [
            K8s.node("ip-10-0-1-1.ec2.internal", cpu: "16", memory: "64Gi"),
            K8s.node("ip-10-0-1-2.ec2.internal", cpu: "16", memory: "64Gi"),
            storageClass,
            K8s.csiDriver("ebs.csi.aws.com"),
            K8s.statefulSet("langsmith-clickhouse", labels: labels, containers: [container]),
            K8s.pod("langsmith-clickhouse-0", labels: labels, containers: [container],
                    claims: podClaims ?? (withPVC ? ["data-langsmith-clickhouse-0"] : []), ready: podReady),
            K8s.job("langsmith-clickhouse-migrations", succeeded: 1, labels: langsmithLabels("clickhouse-migrations")),
        ]
        if withPVC { objects.append(K8s.pvc("data-langsmith-clickhouse-0", storageClass: pvcClass, size: pvcSize, phase: pvcPhase)) }
        return objects + extra
    }

    /// An Altinity installation `langsmith-ch`, cluster `prod`, with `pods` pods mounting PVCs.
    static func altinityCluster(replicasCount: Int?, clusterName: String = "prod", pods: Int = 3,
                                container: K8s.Container = K8s.Container(name: "clickhouse", requests: ["cpu": "8", "memory": "32Gi"], limits: ["cpu": "8", "memory": "32Gi"]),
                                mountPVC: Bool = true, nodes: [K8s.Object]? = nil) -> [K8s.Object] {
        var objects: [K8s.Object] = nodes ?? (1...3).map { K8s.node("ip-10-0-2-\($0).ec2.internal", cpu: "16", memory: "64Gi") }
        objects += [
            K8s.storageClass("gp3", parameters: ["type": "gp3", "iops": "8000", "throughput": "1000"], isDefault: true),
            K8s.csiDriver("ebs.csi.aws.com"),
            K8s.clickHouseInstallation("langsmith-ch", clusters: [(clusterName, replicasCount)]),
        ]
        for index in 0..<pods {
            let claim = "data-chi-langsmith-ch-\(clusterName)-0-\(index)-0"
            objects.append(K8s.pod("chi-langsmith-ch-\(clusterName)-0-\(index)-0",
                                   labels: ["clickhouse.altinity.com/chi": "langsmith-ch", "clickhouse.altinity.com/cluster": clusterName],
                                   containers: [container], claims: mountPVC ? [claim] : []))
            if mountPVC { objects.append(K8s.pvc(claim, storageClass: "gp3", size: "500Gi")) }
        }
        return objects
    }

    // MARK: - clickhouse.replicated

    func testReplicatedInChartFailsInProductionAndIsNotApplicableInDev() throws {
        let production = try audit(values: "config:\n  authType: mixed\n")
        assertStatus(production, "clickhouse.replicated", "fail")
        let dev = try audit(values: "config:\n  authType: mixed\n", ["--profile", "dev"])
        assertStatus(dev, "clickhouse.replicated", "not-applicable")
    }

    func testReplicatedManagedPasses() throws {
        assertStatus(try audit(values: Self.managed), "clickhouse.replicated", "pass")
    }

    func testReplicatedExternalWithoutClusterNameFails() throws {
        let values = "clickhouse:\n  external:\n    enabled: true\n    host: ch.example.internal\n    cluster: \"\"\n"
        assertStatus(try audit(values: values), "clickhouse.replicated", "fail")
        let absent = "clickhouse:\n  external:\n    enabled: true\n    host: ch.example.internal\n"
        assertStatus(try audit(values: absent), "clickhouse.replicated", "fail")
    }

    func testReplicatedExternalWithClusterNameNeedsADump() throws {
        let run = try audit(values: Self.externalCluster)
        assertStatus(run, "clickhouse.replicated", "unverified")
        assertStatus(run, "clickhouse.replica-guardrail", "unverified")
    }

    func testReplicatedCountFromTheInstallationLayout() throws {
        let three = try audit(values: Self.externalCluster, cluster: Self.altinityCluster(replicasCount: 3))
        assertStatus(three, "clickhouse.replicated", "pass")
        assertStatus(three, "clickhouse.replica-guardrail", "pass")
        XCTAssertTrue(three.evidence("clickhouse.replicated").contains { ($0["object"]?.string ?? "").contains("langsmith-ch") },
                      "evidence names the installation")
        let two = try audit(values: Self.externalCluster, cluster: Self.altinityCluster(replicasCount: 2, pods: 2))
        assertStatus(two, "clickhouse.replicated", "fail")
        let defaulted = try audit(values: Self.externalCluster, cluster: Self.altinityCluster(replicasCount: nil, pods: 1))
        assertStatus(defaulted, "clickhouse.replicated", "fail", "replicasCount defaults to 1")
    }

    func testReplicaGuardrailBoundaries() throws {
        let five = try audit(values: Self.externalCluster, cluster: Self.altinityCluster(replicasCount: 5, pods: 5))
        assertStatus(five, "clickhouse.replica-guardrail", "pass")
        assertStatus(five, "clickhouse.replicated", "pass")
        let six = try audit(values: Self.externalCluster, cluster: Self.altinityCluster(replicasCount: 6, pods: 6))
        assertStatus(six, "clickhouse.replica-guardrail", "at-risk")
        assertStatus(six, "clickhouse.replicated", "pass")
        assertStatus(try audit(values: "{}\n"), "clickhouse.replica-guardrail", "pass", "in-chart")
    }

    // MARK: - clickhouse.resources

    func testResourcesChartDefaultsAreAtRiskOnlyLimitsMeetIt() throws {
        // Chart 0.16 defaults: requests 3500m / 12Gi, limits 8 / 32Gi.
        let run = try audit(values: "{}\n")
        assertStatus(run, "clickhouse.resources", "at-risk")
    }

    func testResourcesRequestsMeetTheThresholdInEveryNotation() throws {
        for requests in [#"{cpu: "8", memory: 32Gi}"#, #"{cpu: 8000m, memory: 32768Mi}"#, #"{cpu: 8, memory: 34359738368}"#,
                         #"{cpu: "8.5", memory: 3.4359738368e10}"#, #"{cpu: 16, memory: 33554432Ki}"#, #"{cpu: 8, memory: 64Gi}"#] {
            let run = try audit(values: Self.chResources(requests: requests))
            assertStatus(run, "clickhouse.resources", "pass", requests)
        }
    }

    func testResourcesJustBelowTheRequestsFallBackToLimits() throws {
        for requests in [#"{cpu: 7999m, memory: 32Gi}"#, #"{cpu: 8, memory: 32767Mi}"#, #"{cpu: 8, memory: 32G}"#,
                         #"{cpu: 8, memory: 34359738367}"#] {
            let run = try audit(values: Self.chResources(requests: requests))
            assertStatus(run, "clickhouse.resources", "at-risk", requests)
        }
    }

    func testResourcesLimitsBelowOrMissingFail() throws {
        let lowLimits = Self.chResources(requests: #"{cpu: 2, memory: 8Gi}"#, limits: #"{cpu: 7999m, memory: 32Gi}"#)
        assertStatus(try audit(values: lowLimits), "clickhouse.resources", "fail")
        let lowMemory = Self.chResources(requests: #"{cpu: 2, memory: 8Gi}"#, limits: #"{cpu: 8, memory: 34G}"#)
        assertStatus(try audit(values: lowMemory), "clickhouse.resources", "fail", "34G < 32Gi")
        let noLimits = Self.chResources(requests: #"{cpu: 2, memory: 8Gi}"#, limits: "null")
        assertStatus(try audit(values: noLimits), "clickhouse.resources", "fail", "limits deleted")
        let bigGLimits = Self.chResources(requests: #"{cpu: 2, memory: 8Gi}"#, limits: #"{cpu: 8, memory: 35G}"#)
        assertStatus(try audit(values: bigGLimits), "clickhouse.resources", "at-risk", "35G >= 32Gi")
    }

    func testResourcesDevThresholdIsFourAndSixteen() throws {
        let exact = Self.chResources(requests: #"{cpu: 4, memory: 16Gi}"#, limits: #"{cpu: 4, memory: 16Gi}"#)
        assertStatus(try audit(values: exact, ["--profile", "dev"]), "clickhouse.resources", "pass")
        assertStatus(try audit(values: exact), "clickhouse.resources", "fail", "production needs 8 / 32Gi")
        let below = Self.chResources(requests: #"{cpu: 3999m, memory: 16Gi}"#, limits: #"{cpu: 4, memory: 16Gi}"#)
        assertStatus(try audit(values: below, ["--profile", "dev"]), "clickhouse.resources", "at-risk")
        let belowLimits = Self.chResources(requests: #"{cpu: 2, memory: 8Gi}"#, limits: #"{cpu: 3999m, memory: 16Gi}"#)
        assertStatus(try audit(values: belowLimits, ["--profile", "dev"]), "clickhouse.resources", "fail")
        let memoryBelow = Self.chResources(requests: #"{cpu: 4, memory: 8Gi}"#, limits: #"{cpu: 4, memory: 16383Mi}"#)
        assertStatus(try audit(values: memoryBelow, ["--profile", "dev"]), "clickhouse.resources", "fail")
    }

    func testResourcesManagedIsNotApplicableExternalNeedsADump() throws {
        assertStatus(try audit(values: Self.managed), "clickhouse.resources", "not-applicable")
        assertStatus(try audit(values: Self.externalCluster), "clickhouse.resources", "unverified")
        let good = try audit(values: Self.externalCluster, cluster: Self.altinityCluster(replicasCount: 3))
        assertStatus(good, "clickhouse.resources", "pass")
        let small = K8s.Container(name: "clickhouse", requests: ["cpu": "4", "memory": "16Gi"], limits: ["cpu": "8", "memory": "32Gi"])
        let limitsOnly = try audit(values: Self.externalCluster, cluster: Self.altinityCluster(replicasCount: 3, container: small))
        assertStatus(limitsOnly, "clickhouse.resources", "at-risk")
        let tiny = K8s.Container(name: "clickhouse", requests: ["cpu": "2", "memory": "4Gi"])
        assertStatus(try audit(values: Self.externalCluster, cluster: Self.altinityCluster(replicasCount: 3, container: tiny)),
                     "clickhouse.resources", "fail")
    }

    func testResourcesTheClusterDecidesOverValues() throws {
        let small = K8s.Container(name: "clickhouse", requests: ["cpu": "2", "memory": "8Gi"], limits: ["cpu": "2", "memory": "8Gi"])
        let run = try audit(values: Self.goodResources, cluster: Self.inChartCluster(podResources: small))
        assertStatus(run, "clickhouse.resources", "fail", "pod runs with 2 / 8Gi")
        XCTAssertTrue(run.message("clickhouse.resources").contains("values"), "the message notes the disagreement: \(run.message("clickhouse.resources"))")
    }

    // MARK: - clickhouse.persistence

    func testPersistenceInChart() throws {
        assertStatus(try audit(values: "{}\n"), "clickhouse.persistence", "pass", "chart default enabled")
        let off = "clickhouse:\n  statefulSet:\n    persistence:\n      enabled: false\n"
        let run = try audit(values: off)
        assertStatus(run, "clickhouse.persistence", "fail")
        XCTAssertTrue(run.message("clickhouse.persistence").contains("clickhouse.statefulSet.persistence.enabled"), run.message("clickhouse.persistence"))
        let evidence = run.evidence("clickhouse.persistence").first { $0["path"]?.string == "clickhouse.statefulSet.persistence.enabled" }
        XCTAssertEqual(evidence?["file"]?.string, "values.yaml")
        XCTAssertEqual(evidence?["line"]?.number, 4)
        XCTAssertEqual(evidence?["column"]?.number, 16)
    }

    func testPersistenceClusterPodWithoutPVCFails() throws {
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster()), "clickhouse.persistence", "pass")
        let run = try audit(values: "{}\n", cluster: Self.inChartCluster(withPVC: false))
        assertStatus(run, "clickhouse.persistence", "fail", "values enable it but the pod mounts no PVC")
    }

    func testPersistenceExternal() throws {
        assertStatus(try audit(values: Self.externalCluster), "clickhouse.persistence", "unverified")
        assertStatus(try audit(values: Self.managed), "clickhouse.persistence", "not-applicable")
        assertStatus(try audit(values: Self.externalCluster, cluster: Self.altinityCluster(replicasCount: 3)), "clickhouse.persistence", "pass")
        assertStatus(try audit(values: Self.externalCluster, cluster: Self.altinityCluster(replicasCount: 3, mountPVC: false)),
                     "clickhouse.persistence", "fail")
    }

    // MARK: - clickhouse.ssd-storage

    func testSSDStorageNeedsADump() throws {
        assertStatus(try audit(values: "{}\n"), "clickhouse.ssd-storage", "unverified")
    }

    func testSSDStorageEBSTypes() throws {
        let cases: [(String, [String: String], String)] = [
            ("ebs.csi.aws.com", ["type": "gp3"], "pass"), ("ebs.csi.aws.com", [:], "pass"),
            ("ebs.csi.aws.com", ["type": "gp2"], "pass"), ("ebs.csi.aws.com", ["type": "io1"], "pass"),
            ("ebs.csi.aws.com", ["type": "io2"], "pass"), ("kubernetes.io/aws-ebs", ["type": "gp2"], "pass"),
            ("ebs.csi.aws.com", ["type": "st1"], "fail"), ("ebs.csi.aws.com", ["type": "sc1"], "fail"),
            ("ebs.csi.aws.com", ["type": "standard"], "fail"), ("kubernetes.io/aws-ebs", ["type": "sc1"], "fail"),
            ("pd.csi.storage.gke.io", ["type": "pd-ssd"], "pass"), ("pd.csi.storage.gke.io", ["type": "pd-balanced"], "pass"),
            ("pd.csi.storage.gke.io", ["type": "pd-extreme"], "pass"), ("pd.csi.storage.gke.io", ["type": "hyperdisk-balanced"], "pass"),
            ("pd.csi.storage.gke.io", ["type": "pd-standard"], "fail"),
            ("disk.csi.azure.com", ["skuName": "Premium_LRS"], "pass"), ("disk.csi.azure.com", ["skuName": "PremiumV2_LRS"], "pass"),
            ("disk.csi.azure.com", ["skuName": "StandardSSD_LRS"], "pass"), ("disk.csi.azure.com", ["skuName": "UltraSSD_LRS"], "pass"),
            ("disk.csi.azure.com", ["skuName": "Standard_LRS"], "fail"),
            ("rancher.io/local-path", [:], "unverified"),
        ]
        for (provisioner, parameters, expected) in cases {
            let sc = K8s.storageClass("fast", provisioner: provisioner, parameters: parameters, isDefault: true)
            let run = try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: sc, pvcClass: "fast"))
            assertStatus(run, "clickhouse.ssd-storage", expected, "\(provisioner) \(parameters)")
        }
    }

    func testSSDStoragePVCWithoutClassUsesTheDefaultClass() throws {
        let slowDefault = K8s.storageClass("throughput", parameters: ["type": "st1"], isDefault: true)
        let gp3 = K8s.storageClass("gp3", parameters: ["type": "gp3"])
        let run = try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: slowDefault, pvcClass: nil, extra: [gp3]))
        assertStatus(run, "clickhouse.ssd-storage", "fail", "default class is st1")
        let explicit = try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: slowDefault, pvcClass: "gp3", extra: [gp3]))
        assertStatus(explicit, "clickhouse.ssd-storage", "pass", "explicit gp3 wins over the st1 default")
    }

    // MARK: - clickhouse.storage-performance

    func testStoragePerformanceGP3() throws {
        let defaults = try audit(values: "{}\n", cluster: Self.inChartCluster())
        assertStatus(defaults, "clickhouse.storage-performance", "at-risk", "gp3 defaults 3000 / 125")
        let message = defaults.message("clickhouse.storage-performance")
        XCTAssertTrue(message.contains("3000") && message.contains("125"), message)
        let cases: [([String: String], String)] = [
            (["type": "gp3", "iops": "7000", "throughput": "1000"], "pass"),
            (["type": "gp3", "iops": "16000", "throughput": "1000"], "pass"),
            (["type": "gp3", "iops": "6999", "throughput": "1000"], "at-risk"),
            (["type": "gp3", "iops": "7000", "throughput": "999"], "at-risk"),
            (["iops": "7000", "throughput": "1000"], "pass"),
        ]
        for (parameters, expected) in cases {
            let sc = K8s.storageClass("gp3", parameters: parameters, isDefault: true)
            assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: sc)), "clickhouse.storage-performance", expected, "\(parameters)")
        }
    }

    func testStoragePerformanceGP2IsAtRiskByThroughput() throws {
        let sc = K8s.storageClass("gp2", parameters: ["type": "gp2"], isDefault: true)
        let big = try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: sc, pvcClass: "gp2", pvcSize: "6000Gi"))
        assertStatus(big, "clickhouse.storage-performance", "at-risk")
        XCTAssertTrue(big.message("clickhouse.storage-performance").contains("16000"), big.message("clickhouse.storage-performance"))
        let small = try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: sc, pvcClass: "gp2", pvcSize: "100Gi"))
        XCTAssertTrue(small.message("clickhouse.storage-performance").contains("300"), small.message("clickhouse.storage-performance"))
    }

    func testStoragePerformanceProvisionedIOPS() throws {
        let perGB = K8s.storageClass("io2", parameters: ["type": "io2", "iopsPerGB": "50"], isDefault: true)
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: perGB, pvcClass: "io2", pvcSize: "140Gi")),
                     "clickhouse.storage-performance", "pass", "50 x 140 = 7000")
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: perGB, pvcClass: "io2", pvcSize: "139Gi")),
                     "clickhouse.storage-performance", "at-risk", "50 x 139 = 6950")
        let fixed = K8s.storageClass("io1", parameters: ["type": "io1", "iops": "7000"], isDefault: true)
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: fixed, pvcClass: "io1")),
                     "clickhouse.storage-performance", "pass")
    }

    func testStoragePerformanceUnknown() throws {
        assertStatus(try audit(values: "{}\n"), "clickhouse.storage-performance", "unverified")
        let local = K8s.storageClass("local", provisioner: "rancher.io/local-path", isDefault: true)
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: local, pvcClass: "local")),
                     "clickhouse.storage-performance", "unverified")
    }

    // MARK: - clickhouse.volume-expansion

    func testVolumeExpansion() throws {
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster()), "clickhouse.volume-expansion", "pass")
        for allow in [false, nil] as [Bool?] {
            let sc = K8s.storageClass("gp3", parameters: ["type": "gp3"], isDefault: true, allowVolumeExpansion: allow)
            assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: sc)), "clickhouse.volume-expansion", "at-risk", "\(String(describing: allow))")
        }
        assertStatus(try audit(values: "{}\n"), "clickhouse.volume-expansion", "unverified")
    }

    // MARK: - clickhouse.ebs-csi-driver

    func testEBSCSIDriver() throws {
        var cluster = Self.inChartCluster()
        assertStatus(try audit(values: "{}\n", cluster: cluster), "clickhouse.ebs-csi-driver", "pass")
        cluster.removeAll { $0["kind"] as? String == "CSIDriver" }
        assertStatus(try audit(values: "{}\n", cluster: cluster), "clickhouse.ebs-csi-driver", "fail")
        assertStatus(try audit(values: "{}\n", cluster: cluster + [K8s.deployment("ebs-csi-controller", namespace: "kube-system")]),
                     "clickhouse.ebs-csi-driver", "pass")
        assertStatus(try audit(values: "{}\n", cluster: cluster + [K8s.daemonSet("ebs-csi-node")]), "clickhouse.ebs-csi-driver", "pass")
        assertStatus(try audit(values: "{}\n", cluster: cluster, ["--platform", "gke"]), "clickhouse.ebs-csi-driver", "not-applicable")
        assertStatus(try audit(values: "{}\n"), "clickhouse.ebs-csi-driver", "unverified", "no nodes: platform eks, unverified")
    }

    func testEBSRulesOffEKSAreNotApplicable() throws {
        let gke = [K8s.node("gke-pool-1", cpu: "16", memory: "64Gi", providerID: "gce://project/us-central1-a/gke-pool-1"),
                   K8s.storageClass("standard-rwo", provisioner: "pd.csi.storage.gke.io", parameters: ["type": "pd-balanced"], isDefault: true)]
        let run = try audit(values: "{}\n", cluster: gke)
        XCTAssertEqual(run.report["platform"]?.string, "gke")
        assertStatus(run, "clickhouse.ebs-csi-driver", "not-applicable")
        assertStatus(run, "clickhouse.default-storageclass", "not-applicable")
        let aks = [K8s.node("aks-pool-1", providerID: "azure:///subscriptions/x/vm/0")]
        assertStatus(try audit(values: "{}\n", cluster: aks), "clickhouse.ebs-csi-driver", "not-applicable")
        let labelled = [K8s.node("ip-1", providerID: nil, labels: ["eks.amazonaws.com/nodegroup": "ng-1"])]
        assertStatus(try audit(values: "{}\n", cluster: labelled), "clickhouse.ebs-csi-driver", "fail", "EKS by label, no driver")
    }

    // MARK: - clickhouse.default-storageclass

    func testDefaultStorageClass() throws {
        let csiDefault = K8s.storageClass("gp3", parameters: ["type": "gp3"], isDefault: true)
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: csiDefault)), "clickhouse.default-storageclass", "pass")
        let noDefault = K8s.storageClass("gp3", parameters: ["type": "gp3"], isDefault: false)
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: noDefault)), "clickhouse.default-storageclass", "fail")
        let inTree = K8s.storageClass("gp2", provisioner: "kubernetes.io/aws-ebs", parameters: ["type": "gp2"], isDefault: true)
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: inTree, pvcClass: "gp2")), "clickhouse.default-storageclass", "at-risk")
        let second = K8s.storageClass("io2", parameters: ["type": "io2"], isDefault: true)
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: csiDefault, extra: [second])), "clickhouse.default-storageclass", "at-risk")
        var falseDefault = K8s.storageClass("other", parameters: ["type": "gp3"])
        falseDefault["metadata"] = K8s.meta("other", namespace: nil, annotations: ["storageclass.kubernetes.io/is-default-class": "false"])
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: csiDefault, extra: [falseDefault])),
                     "clickhouse.default-storageclass", "pass", "an explicit false is not a default")
    }

    // MARK: - clickhouse.pvc-bound

    func testPVCBound() throws {
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster()), "clickhouse.pvc-bound", "pass")
        for phase in ["Pending", "Lost"] {
            let run = try audit(values: "{}\n", cluster: Self.inChartCluster(pvcPhase: phase))
            assertStatus(run, "clickhouse.pvc-bound", "fail", phase)
            XCTAssertTrue(run.evidence("clickhouse.pvc-bound").contains { ($0["object"]?.string ?? "").contains("data-langsmith-clickhouse-0") })
        }
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster(withPVC: false)), "clickhouse.pvc-bound", "fail",
                     "StatefulSet without its PVC")
        assertStatus(try audit(values: "{}\n"), "clickhouse.pvc-bound", "unverified")
        assertStatus(try audit(values: Self.managed, cluster: Self.inChartCluster()), "clickhouse.pvc-bound", "not-applicable")
    }

    // MARK: - clickhouse.pods-ready

    func testPodsReady() throws {
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster()), "clickhouse.pods-ready", "pass")
        let run = try audit(values: "{}\n", cluster: Self.inChartCluster(podReady: false))
        assertStatus(run, "clickhouse.pods-ready", "fail")
        XCTAssertTrue(run.evidence("clickhouse.pods-ready").contains { ($0["object"]?.string ?? "").contains("langsmith-clickhouse-0") })
        assertStatus(try audit(values: "{}\n"), "clickhouse.pods-ready", "unverified")
        assertStatus(try audit(values: Self.managed, cluster: Self.inChartCluster()), "clickhouse.pods-ready", "not-applicable")
        var altinity = Self.altinityCluster(replicasCount: 3)
        if let index = altinity.firstIndex(where: { ($0["metadata"] as? [String: Any])?["name"] as? String == "chi-langsmith-ch-prod-0-1-0" }) {
            altinity[index] = K8s.pod("chi-langsmith-ch-prod-0-1-0", labels: ["clickhouse.altinity.com/chi": "langsmith-ch"], claims: ["data-chi-langsmith-ch-prod-0-1-0"], ready: false)
        }
        assertStatus(try audit(values: Self.externalCluster, cluster: altinity), "clickhouse.pods-ready", "fail", "one Altinity replica not ready")
    }

    // MARK: - clickhouse.migrations

    func testMigrations() throws {
        var cluster = Self.inChartCluster()
        assertStatus(try audit(values: "{}\n", cluster: cluster), "clickhouse.migrations", "pass")
        cluster.removeAll { $0["kind"] as? String == "Job" }
        assertStatus(try audit(values: "{}\n", cluster: cluster), "clickhouse.migrations", "unverified", "absent")
        assertStatus(try audit(values: "{}\n", cluster: cluster + [K8s.job("langsmith-clickhouse-migrations-x7k2p", succeeded: 1)]),
                     "clickhouse.migrations", "pass", "random suffix")
        assertStatus(try audit(values: "{}\n", cluster: cluster + [K8s.job("langsmith-clickhouse-migrations", failed: 6)]),
                     "clickhouse.migrations", "at-risk", "failed")
        assertStatus(try audit(values: "{}\n"), "clickhouse.migrations", "unverified")
    }

    // MARK: - generic

    func testClusterOnlyRulesAreUnverifiedWithoutADump() throws {
        let run = try audit(values: "{}\n")
        for id in ["clickhouse.ssd-storage", "clickhouse.storage-performance", "clickhouse.volume-expansion", "clickhouse.ebs-csi-driver",
                   "clickhouse.default-storageclass", "clickhouse.pvc-bound", "clickhouse.pods-ready", "clickhouse.migrations"] {
            assertStatus(run, id, "unverified")
            XCTAssertTrue(run.message(id).lowercased().contains("cluster") || run.message(id).contains("kubectl get"), "\(id) says which input decides: \(run.message(id))")
        }
    }

    func testVerdictAndExitCodeFollowTheGate() throws {
        let run = try audit(values: "{}\n")
        XCTAssertEqual(run.verdict, "not-ready")
        XCTAssertEqual(run.exitCode, .gateFailed)
        XCTAssertEqual(try audit(values: "{}\n", ["--fail-on", "never"]).exitCode, .passed)
        XCTAssertEqual(try audit(values: "{}\n", ["--fail-on", "at-risk"]).exitCode, .gateFailed)
        let findings = run.report["findings"]?.items ?? []
        XCTAssertEqual(Set(findings.compactMap { $0["id"]?.string }).count, findings.count, "one finding per rule")
    }

    // MARK: - second round: edges

    func testPersistenceClusterDecidesWhenValuesDisableIt() throws {
        let off = "clickhouse:\n  statefulSet:\n    persistence:\n      enabled: false\n"
        let run = try audit(values: off, cluster: Self.inChartCluster())
        assertStatus(run, "clickhouse.persistence", "pass", "the running pod mounts its PVC")
        XCTAssertTrue(run.message("clickhouse.persistence").contains("persistence.enabled"), "the message notes the disagreement: \(run.message("clickhouse.persistence"))")
    }

    func testSeveralPVCsWorstWins() throws {
        let extra = [K8s.pvc("data-langsmith-clickhouse-1", storageClass: "gp3", phase: "Pending")]
        let run = try audit(values: "{}\n", cluster: Self.inChartCluster(extra: extra))
        assertStatus(run, "clickhouse.pvc-bound", "fail")
        let objects = run.evidence("clickhouse.pvc-bound").compactMap { $0["object"]?.string }.joined(separator: " ")
        XCTAssertTrue(objects.contains("data-langsmith-clickhouse-0") && objects.contains("data-langsmith-clickhouse-1"), objects)
    }

    func testAltinityPVCsAreClickHousePVCs() throws {
        var cluster = Self.altinityCluster(replicasCount: 3)
        cluster.append(K8s.pvc("data-chi-langsmith-ch-prod-0-3-0", storageClass: "gp3", phase: "Lost"))
        let run = try audit(values: Self.externalCluster, cluster: cluster)
        assertStatus(run, "clickhouse.pvc-bound", "fail")
        assertStatus(run, "clickhouse.storage-performance", "pass", "gp3 8000 / 1000")
        assertStatus(run, "clickhouse.ssd-storage", "pass")
        assertStatus(run, "clickhouse.volume-expansion", "pass")
    }

    func testAzureLowercaseSkuName() throws {
        let sc = K8s.storageClass("managed-premium", provisioner: "disk.csi.azure.com", parameters: ["skuname": "Premium_LRS"], isDefault: true)
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: sc, pvcClass: "managed-premium")), "clickhouse.ssd-storage", "pass")
        let slow = K8s.storageClass("managed-standard", provisioner: "disk.csi.azure.com", parameters: ["skuname": "Standard_LRS"], isDefault: true)
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: slow, pvcClass: "managed-standard")), "clickhouse.ssd-storage", "fail")
    }

    func testUnlabelledChartClickHouseObjects() throws {
        // A dump without labels: the StatefulSet is named <release>-clickhouse, its PVCs data-<release>-clickhouse-N.
        let container = K8s.Container(name: "clickhouse", requests: ["cpu": "8", "memory": "32Gi"])
        let objects: [K8s.Object] = [
            K8s.node("ip-1", cpu: "16", memory: "64Gi"),
            K8s.storageClass("gp3", parameters: ["type": "gp3"], isDefault: true), K8s.csiDriver("ebs.csi.aws.com"),
            K8s.statefulSet("ls-clickhouse", containers: [container]),
            K8s.pod("ls-clickhouse-0", containers: [container], claims: ["data-ls-clickhouse-0"], ready: false),
            K8s.pvc("data-ls-clickhouse-0", storageClass: "gp3", phase: "Pending"),
        ]
        let run = try audit(values: "{}\n", cluster: objects)
        assertStatus(run, "clickhouse.pvc-bound", "fail")
        assertStatus(run, "clickhouse.pods-ready", "fail")
    }

    func testReplicatedClusterNameMismatchIsNotCounted() throws {
        let run = try audit(values: Self.externalCluster, cluster: Self.altinityCluster(replicasCount: 3, clusterName: "other"))
        XCTAssertNotEqual(run.status("clickhouse.replicated"), "pass", run.message("clickhouse.replicated"))
    }

    func testReplicatedCountFromPodsWhenLayoutIsSilent() throws {
        let run = try audit(values: Self.externalCluster, cluster: Self.altinityCluster(replicasCount: nil, pods: 3))
        // Catalog: "layout.replicasCount, default 1; or the number of its pods" — the rule takes the larger (documented in its notes).
        assertStatus(run, "clickhouse.replicated", "pass")
    }

    // MARK: - third round

    func testPVCNamingAClassMissingFromTheDump() throws {
        let run = try audit(values: "{}\n", cluster: Self.inChartCluster(pvcClass: "fast-ssd"))
        assertStatus(run, "clickhouse.ssd-storage", "unverified", "class not in the dump")
        assertStatus(run, "clickhouse.storage-performance", "unverified")
    }

    func testPersistenceDisabledNeedsNoPVC() throws {
        let off = "clickhouse:\n  statefulSet:\n    persistence:\n      enabled: false\n"
        let run = try audit(values: off, cluster: Self.inChartCluster(withPVC: false))
        assertStatus(run, "clickhouse.persistence", "fail")
        XCTAssertNotEqual(run.status("clickhouse.pvc-bound"), "fail", run.message("clickhouse.pvc-bound"))
    }

    func testResourcesFromTheDumpInMilliAndMebiNotation() throws {
        let pod = K8s.Container(name: "clickhouse", requests: ["cpu": "8000m", "memory": "32768Mi"], limits: ["cpu": "16", "memory": "64Gi"])
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster(podResources: pod)), "clickhouse.resources", "pass",
                     "the pod requests 8 / 32Gi although the values carry the chart defaults")
        let decimal = K8s.Container(name: "clickhouse", requests: ["cpu": "8", "memory": "32G"], limits: ["cpu": "8", "memory": "40G"])
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster(podResources: decimal)), "clickhouse.resources", "at-risk", "32G < 32Gi")
    }

    func testResourcesSetWithHelmSet() throws {
        let directory = try TemporaryDirectory()
        try directory.write("values.yaml", "config:\n  authType: mixed\n")
        let result = CommandHarness(in: directory.url).run(["audit", "values.yaml", "--set", "clickhouse.statefulSet.resources.requests.cpu=8",
                                                            "--set", "clickhouse.statefulSet.resources.requests.memory=32Gi", "--format", "json"])
        let report = try JSONReader.parse(Array(result.standardOutput.utf8), file: "report.json")
        let finding = report["findings"]?.items?.first { $0["id"]?.string == "clickhouse.resources" }
        XCTAssertEqual(finding?["status"]?.string, "pass", finding?["message"]?.string ?? "")
    }

    func testInChartWithChartVersionBelowAndAbove013() throws {
        for version in ["0.12.37", "0.13.0", "0.16.11"] {
            let run = try audit(values: "{}\n", ["--chart-version", version])
            assertStatus(run, "clickhouse.replicated", "fail", version)
            assertStatus(run, "clickhouse.resources", "at-risk", version)
            XCTAssertEqual(run.report["chartVersion"]?.string, version)
        }
    }

    func testExternalClusterNameWithADumpThatDoesNotShowIt() throws {
        let run = try audit(values: Self.externalCluster, cluster: [K8s.node("a", cpu: "16", memory: "64Gi")])
        assertStatus(run, "clickhouse.replicated", "unverified", "the dump does not show the named cluster")
        XCTAssertTrue(run.message("clickhouse.replicated").contains("prod"), run.message("clickhouse.replicated"))
        assertStatus(run, "clickhouse.resources", "unverified")
    }

    func testRequestsMeetItWithoutLimits() throws {
        let run = try audit(values: Self.chResources(requests: #"{cpu: 8, memory: 32Gi}"#, limits: "null"))
        assertStatus(run, "clickhouse.resources", "pass", "requests meet it; limits are not needed for a pass")
    }

    func testGP2IOPSFloor() throws {
        let gp2 = K8s.storageClass("gp2", parameters: ["type": "gp2"], isDefault: true)
        let run = try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: gp2, pvcClass: "gp2", pvcSize: "10Gi"))
        assertStatus(run, "clickhouse.storage-performance", "at-risk")
        XCTAssertTrue(run.message("clickhouse.storage-performance").contains("100 IOPS"), run.message("clickhouse.storage-performance"))
    }

    func testSingleDefaultClassWithAnotherProvisionerFails() throws {
        let efs = K8s.storageClass("efs", provisioner: "efs.csi.aws.com", isDefault: true)
        let run = try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: efs, pvcClass: "gp3", extra: [K8s.storageClass("gp3", parameters: ["type": "gp3"])]))
        assertStatus(run, "clickhouse.default-storageclass", "fail")
    }

    func testStatefulSetWithoutPodsIsNotReady() throws {
        var cluster = Self.inChartCluster()
        cluster.removeAll { $0["kind"] as? String == "Pod" }
        assertStatus(try audit(values: "{}\n", cluster: cluster), "clickhouse.pods-ready", "fail")
    }

    func testProvisionedIOPSEdges() throws {
        let perGB = K8s.storageClass("io1", parameters: ["type": "io1", "iopsPerGB": "10"], isDefault: true)
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: perGB, pvcClass: "io1", pvcSize: "1000Gi")),
                     "clickhouse.storage-performance", "pass", "10 x 1000 = 10000 IOPS, throughput counted as 1000")
        let bare = K8s.storageClass("io2", parameters: ["type": "io2"], isDefault: true)
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: bare, pvcClass: "io2")),
                     "clickhouse.storage-performance", "unverified", "io2 without iops or iopsPerGB")
    }

    func testSeveralPodsWorstWins() throws {
        let second = K8s.pod("langsmith-clickhouse-1", labels: langsmithLabels("clickhouse"),
                             containers: [K8s.Container(name: "clickhouse", requests: ["cpu": "8", "memory": "32Gi"])],
                             claims: ["data-langsmith-clickhouse-1"], ready: false)
        assertStatus(try audit(values: "{}\n", cluster: Self.inChartCluster(extra: [second])), "clickhouse.pods-ready", "fail")
    }

    // MARK: - fourth round

    func testGVersusGiAndOtherNotations() throws {
        let cases: [(String, String)] = [
            (#"{cpu: 8.0, memory: 32Gi}"#, "pass"), (#"{cpu: 7.999, memory: 32Gi}"#, "at-risk"),
            (#"{cpu: 8, memory: 32768M}"#, "at-risk"), (#"{cpu: 8, memory: 34360M}"#, "pass"),
            (#"{cpu: 8, memory: 34G}"#, "at-risk"), (#"{cpu: 8, memory: 35G}"#, "pass"), (#"{cpu: 8, memory: 0.03125Ti}"#, "pass"),
        ]
        for (requests, expected) in cases {
            let run = try audit(values: Self.chResources(requests: requests, limits: #"{cpu: 16, memory: 64Gi}"#))
            assertStatus(run, "clickhouse.resources", expected, requests)
        }
    }

    func testShardedInstallationCountsReplicasNotPods() throws {
        var objects: [K8s.Object] = (1...6).map { K8s.node("n\($0)", cpu: "16", memory: "64Gi") }
        objects.append(K8s.clickHouseInstallation("langsmith-ch", clusters: [("prod", 3)], shards: 2))
        for shard in 0..<2 {
            for replica in 0..<3 {
                objects.append(K8s.pod("chi-langsmith-ch-prod-\(shard)-\(replica)-0", labels: ["clickhouse.altinity.com/chi": "langsmith-ch"],
                                       containers: [K8s.Container(name: "clickhouse", requests: ["cpu": "8", "memory": "32Gi"])],
                                       claims: ["data-chi-langsmith-ch-prod-\(shard)-\(replica)-0"]))
            }
        }
        let run = try audit(values: Self.externalCluster, cluster: objects)
        assertStatus(run, "clickhouse.replicated", "pass")
        assertStatus(run, "clickhouse.replica-guardrail", "pass", "2 shards x 3 replicas: 3 replicas, not 6")
    }

    func testTheNamedClusterAmongSeveral() throws {
        var cluster = Self.altinityCluster(replicasCount: 3)
        cluster.removeAll { $0["kind"] as? String == "ClickHouseInstallation" }
        cluster.append(K8s.clickHouseInstallation("langsmith-ch", clusters: [("analytics", 1), ("prod", 3)]))
        assertStatus(try audit(values: Self.externalCluster, cluster: cluster), "clickhouse.replicated", "pass")
    }

    func testStorageClassPlannedByTheValues() throws {
        let values = "clickhouse:\n  statefulSet:\n    persistence:\n      storageClassName: throughput\n"
        assertStatus(try audit(values: values), "clickhouse.ssd-storage", "unverified", "K only: no dump")
        let classes: [K8s.Object] = [K8s.node("a", cpu: "16", memory: "64Gi"), K8s.csiDriver("ebs.csi.aws.com"),
                                     K8s.storageClass("throughput", parameters: ["type": "st1"]),
                                     K8s.storageClass("gp3", parameters: ["type": "gp3"], isDefault: true)]
        assertStatus(try audit(values: values, cluster: classes), "clickhouse.ssd-storage", "fail", "before install, the values request st1")
    }

    func testPlatformFlagAndDetection() throws {
        let gce: [K8s.Object] = [K8s.node("g", cpu: "16", memory: "64Gi", providerID: "gce://p/z/g"),
                                 K8s.storageClass("gp3", parameters: ["type": "gp3"], isDefault: true)]
        let forced = try audit(values: "{}\n", cluster: gce, ["--platform", "eks"])
        XCTAssertEqual(forced.report["platform"]?.string, "eks")
        assertStatus(forced, "clickhouse.ebs-csi-driver", "fail")
        let generic = try audit(values: "{}\n", cluster: [K8s.node("e")], ["--platform", "generic"])
        assertStatus(generic, "clickhouse.ebs-csi-driver", "not-applicable")
        assertStatus(generic, "clickhouse.default-storageclass", "not-applicable")
        let gkeLabel = try audit(values: "{}\n", cluster: [K8s.node("g", providerID: nil, labels: ["cloud.google.com/gke-nodepool": "pool"])])
        XCTAssertEqual(gkeLabel.report["platform"]?.string, "gke")
        let aksLabel = try audit(values: "{}\n", cluster: [K8s.node("z", providerID: nil, labels: ["kubernetes.azure.com/cluster": "rg"])])
        XCTAssertEqual(aksLabel.report["platform"]?.string, "aks")
        let kind = try audit(values: "{}\n", cluster: [K8s.node("x", providerID: "kind://docker/kind/kind-control-plane")])
        XCTAssertEqual(kind.report["platform"]?.string, "generic")
        assertStatus(kind, "clickhouse.ebs-csi-driver", "not-applicable")
    }

    func testNoNodesAssumesEKSAndLeavesEKSRulesUnverified() throws {
        let noNodes: [K8s.Object] = [K8s.csiDriver("ebs.csi.aws.com"), K8s.storageClass("gp3", parameters: ["type": "gp3"], isDefault: true)]
        let run = try audit(values: "{}\n", cluster: noNodes)
        XCTAssertEqual(run.report["platform"]?.string, "eks")
        assertStatus(run, "clickhouse.ebs-csi-driver", "unverified")
        assertStatus(run, "clickhouse.default-storageclass", "unverified")
        let flagged = try audit(values: "{}\n", cluster: noNodes, ["--platform", "eks"])
        assertStatus(flagged, "clickhouse.ebs-csi-driver", "pass")
        assertStatus(flagged, "clickhouse.default-storageclass", "pass")
    }

    func testMigrationsJobIdentification() throws {
        var cluster = Self.inChartCluster()
        cluster.removeAll { $0["kind"] as? String == "Job" }
        assertStatus(try audit(values: "{}\n", cluster: cluster + [K8s.job("langsmith-postgres-migrations", failed: 3)]),
                     "clickhouse.migrations", "unverified", "a Postgres migrations Job is not the ClickHouse one")
        assertStatus(try audit(values: "{}\n", cluster: cluster + [K8s.job("ls-prod-clickhouse-migrations", succeeded: 1)]),
                     "clickhouse.migrations", "pass", "another release name")
    }

    func testEveryPodMustMountAPVC() throws {
        let second = K8s.pod("langsmith-clickhouse-1", labels: langsmithLabels("clickhouse"),
                             containers: [K8s.Container(name: "clickhouse", requests: ["cpu": "8", "memory": "32Gi"])])
        let run = try audit(values: "{}\n", cluster: Self.inChartCluster(extra: [second]))
        assertStatus(run, "clickhouse.persistence", "fail")
        XCTAssertTrue(run.message("clickhouse.persistence").contains("langsmith-clickhouse-1"), run.message("clickhouse.persistence"))
    }

    func testStatefulSetTemplateDecidesWithoutPods() throws {
        let sts = K8s.statefulSet("langsmith-clickhouse", labels: langsmithLabels("clickhouse"),
                                  containers: [K8s.Container(name: "clickhouse", requests: ["cpu": "8", "memory": "32Gi"])])
        let run = try audit(values: "{}\n", cluster: [K8s.node("a", cpu: "16", memory: "64Gi"), sts])
        assertStatus(run, "clickhouse.resources", "pass")
        XCTAssertTrue(run.message("clickhouse.resources").contains("cluster decides"), run.message("clickhouse.resources"))
    }

    func testOperatorStatefulSetTemplateWithoutPods() throws {
        let nodes = (1...3).map { K8s.node("n\($0)", cpu: "16", memory: "64Gi") }
        let sts = K8s.statefulSet("chi-langsmith-ch-prod-0-0", labels: ["clickhouse.altinity.com/chi": "langsmith-ch"],
                                  containers: [K8s.Container(name: "clickhouse", requests: ["cpu": "8", "memory": "32Gi"])])
        let run = try audit(values: Self.externalCluster, cluster: nodes + [K8s.clickHouseInstallation("langsmith-ch", clusters: [("prod", 3)]), sts])
        assertStatus(run, "clickhouse.resources", "pass")
        assertStatus(run, "clickhouse.persistence", "pass")
        // Only the installation: its podTemplates are not read (documented), so the resources stay unverified.
        let only = try audit(values: Self.externalCluster, cluster: nodes + [K8s.clickHouseInstallation("langsmith-ch", clusters: [("prod", 3)])])
        assertStatus(only, "clickhouse.resources", "unverified")
    }

    func testENotationInValues() throws {
        for (memory, expected) in [("35e9", "pass"), ("3.5e10", "pass"), ("3.2e10", "at-risk"), ("34359738368e0", "pass")] {
            let run = try audit(values: Self.chResources(requests: "{cpu: 8, memory: \(memory)}", limits: #"{cpu: 16, memory: 64Gi}"#))
            assertStatus(run, "clickhouse.resources", expected, memory)
        }
        let bad = try audit(values: Self.chResources(requests: #"{cpu: 8, memory: lots}"#, limits: #"{cpu: 16, memory: 64Gi}"#))
        XCTAssertNotEqual(bad.status("clickhouse.resources"), "pass", bad.message("clickhouse.resources"))
    }

    func testPVCWithoutClassAndNoDefault() throws {
        let sc = K8s.storageClass("gp3", parameters: ["type": "gp3"], isDefault: false)
        let run = try audit(values: "{}\n", cluster: Self.inChartCluster(storageClass: sc, pvcClass: nil))
        assertStatus(run, "clickhouse.ssd-storage", "unverified")
        assertStatus(run, "clickhouse.volume-expansion", "unverified")
    }

    func testQuotedBooleansReadAsTheChartReadsThem() throws {
        // A quoted "false" is a non-empty string: the chart's templates treat it as true.
        let quoted = try audit(values: "clickhouse:\n  statefulSet:\n    persistence:\n      enabled: \"false\"\n")
        assertStatus(quoted, "clickhouse.persistence", "pass")
        assertStatus(quoted, "values.types", "fail")
        let empty = try audit(values: "clickhouse:\n  statefulSet:\n    persistence:\n      enabled: \"\"\n")
        assertStatus(empty, "clickhouse.persistence", "fail", "an empty string is false")
        let managed = try audit(values: "clickhouse:\n  external:\n    enabled: \"false\"\n    hybrid: \"true\"\n")
        assertStatus(managed, "clickhouse.replicated", "pass", "\"false\" enables external; hybrid makes it managed")
    }
}
