/// One ClickHouse volume the storage rules judge: a PVC, or (before the
/// PVCs exist) a StatefulSet's volume claim template.
struct ClickHouseVolume: Sendable {
    /// `PersistentVolumeClaim/data-langsmith-clickhouse-0`, or `StatefulSet/langsmith-clickhouse (template data)`.
    var subject: String
    /// The claim's own name, for messages.
    var name: String
    var meta: KubeObjectMeta
    var storageClass: StorageClassResolution
    var sizeBytes: Fact<Int64?>

    func evidence(_ detail: String) -> Evidence { .object(subject, in: meta.file, detail: detail) }
}

extension DeploymentModel {
    /// The ClickHouse PVCs with their resolved StorageClass; when the dump has
    /// none, the volume claim templates of the ClickHouse StatefulSets.
    var clickHouseVolumes: [ClickHouseVolume] {
        if !clickhouse.claims.isEmpty {
            return clickhouse.claims.map { claim in
                ClickHouseVolume(subject: claim.meta.reference, name: claim.meta.name, meta: claim.meta,
                                 storageClass: inventory.storageClass(of: claim), sizeBytes: claim.sizeBytes)
            }
        }
        var volumes: [ClickHouseVolume] = []
        for statefulSet in clickhouse.statefulSets {
            for template in statefulSet.volumeClaimTemplates.value ?? [] {
                volumes.append(ClickHouseVolume(
                    subject: "\(statefulSet.meta.reference) (volume claim template \(template.name))",
                    name: "\(template.name)-\(statefulSet.meta.name)", meta: statefulSet.meta,
                    storageClass: inventory.storageClass(named: template.storageClassName),
                    sizeBytes: template.requestedBytes))
            }
        }
        return volumes
    }

    /// Why there is no ClickHouse volume to judge: not-applicable (managed,
    /// persistence off) or unverified (nothing in the dump), with the reason.
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
