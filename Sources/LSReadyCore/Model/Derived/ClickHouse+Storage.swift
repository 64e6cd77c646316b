/// One ClickHouse volume the storage rules judge: a PVC, or (before the
/// PVCs exist) a StatefulSet's volume claim template, or (before the chart
/// is installed) the volume the values ask for.
struct ClickHouseVolume: Sendable {
    /// `PersistentVolumeClaim/data-langsmith-clickhouse-0`, or `StatefulSet/langsmith-clickhouse (template data)`.
    var subject: String
    /// The claim's own name, for messages.
    var name: String
    var storageClass: StorageClassResolution
    var sizeBytes: Fact<Int64?>
    /// Where the volume was read: an object in a dump file, or a values setting.
    var source: Evidence

    func evidence(_ detail: String) -> Evidence {
        var evidence = source
        evidence.detail = detail
        return evidence
    }
}

extension DeploymentModel {
    /// The ClickHouse PVCs with their resolved StorageClass; when the dump has
    /// none, the volume claim templates of the ClickHouse StatefulSets.
    var clickHouseVolumes: [ClickHouseVolume] {
        if !clickhouse.claims.isEmpty {
            return clickhouse.claims.map { claim in
                ClickHouseVolume(subject: claim.meta.reference, name: claim.meta.name,
                                 storageClass: inventory.storageClass(of: claim), sizeBytes: claim.sizeBytes,
                                 source: .object(claim.meta.reference, in: claim.meta.file, detail: nil))
            }
        }
        var volumes: [ClickHouseVolume] = []
        for statefulSet in clickhouse.statefulSets {
            for template in statefulSet.volumeClaimTemplates.value ?? [] {
                let subject = "\(statefulSet.meta.reference) (volume claim template \(template.name))"
                volumes.append(ClickHouseVolume(
                    subject: subject, name: "\(template.name)-\(statefulSet.meta.name)",
                    storageClass: inventory.storageClass(named: template.storageClassName),
                    sizeBytes: template.requestedBytes,
                    source: .object(subject, in: statefulSet.meta.file, detail: nil)))
            }
        }
        if volumes.isEmpty, let planned = plannedInChartVolume { volumes.append(planned) }
        return volumes
    }

    /// Before install: the volume in-chart ClickHouse will claim, from
    /// `clickhouse.statefulSet.persistence` (an empty class name means the
    /// default class), when the dump has StorageClasses but no ClickHouse yet.
    private var plannedInChartVolume: ClickHouseVolume? {
        guard hasValues, clickhouse.topology == .inChart, clickhouse.persistenceEnabled.value,
              !clickhouse.hasObservedObjects, !inventory.storageClasses.isEmpty else { return nil }
        let className = clickhouse.storageClassName
        let size = clickhouse.persistenceSize
        return ClickHouseVolume(
            subject: "the in-chart ClickHouse volume (\(className.path))", name: "ClickHouse volume (planned from the values)",
            storageClass: inventory.storageClass(named: .known(className.value.isEmpty ? nil : className.value)),
            sizeBytes: .known(KubernetesQuantity.bytes(size.value)),
            source: className.evidence(className.value.isEmpty ? "empty: the default class" : className.value))
    }

    /// Why there is no ClickHouse volume to judge: not-applicable (managed,
    /// persistence off) or unverified (nothing in the dump), with the reason.
    /// The storage rules do not apply to LangSmith-managed ClickHouse, nor to
    /// in-chart ClickHouse that the values run without persistence.
    var clickHouseStorageExclusion: Judgement? {
        switch clickHouseTopology {
        case .managed?, .inChart? where hasValues && !clickhouse.persistenceEnabled.value:
            return clickHouseNoVolumeJudgement
        default:
            return nil
        }
    }

    var clickHouseNoVolumeJudgement: Judgement {
        switch clickHouseTopology {
        case .managed?:
            return .notApplicable("LangSmith-managed ClickHouse: its storage is not in this cluster.", evidence: clickHouseTopologyEvidence)
        case .inChart? where hasValues && !clickhouse.persistenceEnabled.value:
            return .notApplicable("In-chart ClickHouse runs without persistence, so it has no volume to judge (clickhouse.persistence reports that).",
                                  evidence: [clickhouse.persistenceEnabled.evidence()])
        case .external?:
            return .unverified("No ClickHouse PVC in the dump: if ClickHouse runs outside this cluster, check its disks by hand; else supply a dump with its PVCs (kubectl get pvc -o yaml) and StorageClasses.",
                               evidence: clickHouseTopologyEvidence)
        default:
            return .unverified("No ClickHouse PVC or StatefulSet in the dump; supply one with the ClickHouse PVCs (kubectl get pvc,statefulset -o yaml) and the StorageClasses.",
                               evidence: clickHouseTopologyEvidence)
        }
    }
}

extension StorageClassResolution {
    /// Why no class was resolved, as a sentence part: `names StorageClass fast, which is not in the dump`.
    var unresolvedReason: String {
        switch self {
        case .named, .defaulted: return "has a StorageClass"
        case .missing(let name): return "names StorageClass \(name), which is not in the dump (supply kubectl get storageclass -o yaml)"
        case .none: return "has no StorageClass (storageClassName \"\" or no default class), so its disk cannot be told from the dump"
        case .ambiguousDefault(let names): return "names no class while several are default (\(names.joined(separator: ", ")))"
        case .unknown: return "has a malformed storage class name or default-class annotation"
        }
    }

    /// `gp3`, or `gp3 (the default class)`.
    var classDescription: String {
        switch self {
        case .named(let storageClass): return "StorageClass \(storageClass.meta.name)"
        case .defaulted(let storageClass): return "StorageClass \(storageClass.meta.name) (the default class)"
        default: return "no StorageClass"
        }
    }
}

/// The disk a StorageClass provisions, by cloud (CATALOG §3 `clickhouse.ssd-storage`).
enum ClickHouseDisk: Equatable {
    case ssd(String)
    case hdd(String)
    /// The provisioner or its disk type is not one the catalog classifies.
    case unrecognized(String)
    case unknownFact

    static let ebsProvisioners: Set<String> = ["ebs.csi.aws.com", "kubernetes.io/aws-ebs"]

    static func of(_ storageClass: KubeStorageClass) -> ClickHouseDisk {
        guard case .known(let provisioner) = storageClass.provisioner,
              case .known(let written) = storageClass.diskType else { return .unknownFact }
        guard let provisioner else { return .unrecognized("no provisioner") }
        let type = written?.lowercased()
        switch provisioner {
        case "ebs.csi.aws.com", "kubernetes.io/aws-ebs":
            let ebs = type ?? (provisioner == "ebs.csi.aws.com" ? "gp3" : "gp2")
            if ["gp2", "gp3", "io1", "io2"].contains(ebs) { return .ssd("EBS \(ebs)") }
            if ["st1", "sc1", "standard"].contains(ebs) { return .hdd("EBS \(ebs)") }
            return .unrecognized("EBS type \(ebs)")
        case "pd.csi.storage.gke.io", "kubernetes.io/gce-pd":
            // Both drivers default to pd-standard, a spinning disk.
            let pd = type ?? "pd-standard"
            if ["pd-ssd", "pd-balanced", "pd-extreme"].contains(pd) || pd.hasPrefix("hyperdisk-") { return .ssd("GCE \(pd)") }
            if pd == "pd-standard" { return .hdd("GCE \(pd)") }
            return .unrecognized("GCE disk type \(pd)")
        case "disk.csi.azure.com", "kubernetes.io/azure-disk":
            // The Azure Disk CSI driver defaults to StandardSSD_LRS; the in-tree default is not relied on.
            guard let sku = type ?? (provisioner == "disk.csi.azure.com" ? "standardssd_lrs" : nil) else {
                return .unrecognized("Azure disk with no skuName")
            }
            let ssd = ["premium_lrs", "premiumv2_lrs", "standardssd_lrs", "ultrassd_lrs", "premium_zrs", "standardssd_zrs"]
            if ssd.contains(sku) { return .ssd("Azure \(written ?? "StandardSSD_LRS")") }
            if sku == "standard_lrs" || sku == "standard_zrs" { return .hdd("Azure \(written ?? sku)") }
            return .unrecognized("Azure SKU \(written ?? sku)")
        default:
            return .unrecognized("provisioner \(provisioner)")
        }
    }
}

/// The provisioned performance of an EBS volume (CATALOG §3 `clickhouse.storage-performance`).
struct EBSPerformance: Sendable, Equatable {
    var volumeType: String
    var iops: Int64
    /// MiB/s.
    var throughput: Int64
    /// gp2 bursts and caps at 250 MiB/s: the figure is a ceiling, not a provision.
    var throughputIsCeiling: Bool

    static let requiredIOPS: Int64 = 7000
    static let requiredThroughput: Int64 = 1000

    var meetsRequirement: Bool { iops >= Self.requiredIOPS && throughput >= Self.requiredThroughput }

    /// `gp3: 3000 IOPS, 125 MiB/s`.
    var description: String {
        "\(volumeType): \(iops) IOPS, \(throughputIsCeiling ? "at most " : "")\(throughput) MiB/s"
    }

    enum Outcome: Equatable {
        case computed(EBSPerformance)
        /// Not an EBS class, or an EBS type without figures: the reason.
        case notComputed(String)
    }

    /// gp3: `iops` (3000) and `throughput` (125); gp2: 3 IOPS per GiB within
    /// 100–16000, at most 250 MiB/s; io1/io2: `iopsPerGB` × size (else
    /// `iops`), throughput counted as 1000; st1/sc1/standard: HDD figures.
    static func of(_ storageClass: KubeStorageClass, sizeBytes: Fact<Int64?>) -> Outcome {
        guard case .known(let provisioner) = storageClass.provisioner, !storageClass.parameters.isUnknown else {
            return .notComputed("\(storageClass.meta.reference) has a malformed provisioner or parameters")
        }
        guard let provisioner, ClickHouseDisk.ebsProvisioners.contains(provisioner) else {
            return .notComputed("\(storageClass.meta.reference) uses \(provisioner ?? "no provisioner"); lsready computes EBS figures only")
        }
        let type = (storageClass.parameter("type").present ?? (provisioner == "ebs.csi.aws.com" ? "gp3" : "gp2")).lowercased()
        func number(_ name: String) -> Int64?? {
            guard let text = storageClass.parameter(name).present else { return .some(nil) }
            guard let value = Double(text.trimmingWhitespace), value >= 0, value.isFinite else { return nil }
            return .some(Int64(value))
        }
        func sizeGiB() -> Int64? {
            guard let bytes = sizeBytes.present else { return nil }
            return (bytes + (1 << 30) - 1) >> 30
        }
        switch type {
        case "gp3":
            guard let iops = number("iops"), let throughput = number("throughput") else {
                return .notComputed("\(storageClass.meta.reference) has an iops or throughput parameter that is not a number")
            }
            return .computed(EBSPerformance(volumeType: "gp3", iops: iops ?? 3000, throughput: throughput ?? 125, throughputIsCeiling: false))
        case "gp2":
            guard let size = sizeGiB() else { return .notComputed("the volume's size is not in the dump (gp2 IOPS scale with size)") }
            return .computed(EBSPerformance(volumeType: "gp2 (\(size)Gi)", iops: min(16000, max(100, 3 * size)), throughput: 250,
                                            throughputIsCeiling: true))
        case "io1", "io2":
            guard let perGB = number("iopsPerGB"), let iops = number("iops") else {
                return .notComputed("\(storageClass.meta.reference) has an iopsPerGB or iops parameter that is not a number")
            }
            if let perGB {
                guard let size = sizeGiB() else { return .notComputed("the volume's size is not in the dump (iopsPerGB scales with size)") }
                return .computed(EBSPerformance(volumeType: "\(type) (\(perGB) IOPS/GiB × \(size)Gi)", iops: perGB * size, throughput: 1000,
                                                throughputIsCeiling: false))
            }
            guard let iops else { return .notComputed("\(storageClass.meta.reference) sets neither iopsPerGB nor iops") }
            return .computed(EBSPerformance(volumeType: type, iops: iops, throughput: 1000, throughputIsCeiling: false))
        case "st1":
            return .computed(EBSPerformance(volumeType: "st1 (HDD)", iops: 500, throughput: 500, throughputIsCeiling: true))
        case "sc1":
            return .computed(EBSPerformance(volumeType: "sc1 (HDD)", iops: 250, throughput: 250, throughputIsCeiling: true))
        case "standard":
            return .computed(EBSPerformance(volumeType: "standard (magnetic)", iops: 200, throughput: 90, throughputIsCeiling: true))
        default:
            return .notComputed("EBS type \(type) is not one lsready computes")
        }
    }
}
