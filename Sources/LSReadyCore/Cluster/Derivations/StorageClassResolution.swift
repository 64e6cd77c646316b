/// Which StorageClass a PVC (or a claim template) gets.
public enum StorageClassResolution: Sendable, Equatable {
    /// The class the claim names, found in the evidence.
    case named(KubeStorageClass)
    /// No class named: the single default class applies.
    case defaulted(KubeStorageClass)
    /// The claim names a class the evidence does not contain.
    case missing(name: String)
    /// `storageClassName: ""` (static binding), or no name and no default class.
    case none
    /// No name and several default classes: which one Kubernetes picked
    /// depends on creation times the rules cannot judge.
    case ambiguousDefault([String])
    /// The claim's class name or a class's default annotation was malformed.
    case unknown

    /// The class, when one was resolved.
    public var storageClass: KubeStorageClass? {
        switch self {
        case .named(let storageClass), .defaulted(let storageClass): return storageClass
        default: return nil
        }
    }
}

extension ClusterInventory {
    /// The classes annotated as default (GA or beta annotation); unknown when
    /// any class's annotations were malformed, since it might be a default too.
    public var defaultStorageClasses: Fact<[KubeStorageClass]> {
        var defaults: [KubeStorageClass] = []
        for storageClass in storageClasses {
            guard let isDefault = storageClass.isDefaultClass.value else { return .unknown }
            if isDefault { defaults.append(storageClass) }
        }
        return .known(defaults)
    }

    /// The class of a PVC: its explicit `storageClassName`, else the default class.
    public func storageClass(of claim: KubePersistentVolumeClaim) -> StorageClassResolution {
        storageClass(named: claim.storageClassName)
    }

    /// The class for an explicit name (`.known(name)`), or the default for `.known(nil)`.
    public func storageClass(named name: Fact<String?>) -> StorageClassResolution {
        switch name {
        case .unknown:
            return .unknown
        case .known(""?):
            return .none
        case .known(let name?):
            return storageClasses.first(where: { $0.meta.name == name }).map { .named($0) } ?? .missing(name: name)
        case .known(nil):
            guard let defaults = defaultStorageClasses.value else { return .unknown }
            switch defaults.count {
            case 0: return .none
            case 1: return .defaulted(defaults[0])
            default: return .ambiguousDefault(defaults.map(\.meta.name))
            }
        }
    }
}
