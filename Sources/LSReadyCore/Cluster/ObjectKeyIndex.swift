/// Where each object added to an inventory is: its key (kind, namespace,
/// name) → its index in its kind's array, for "a later copy replaces the
/// earlier one in place".
///
/// An index read on another thread (a segment of a large list) is
/// appended whole, as a shard whose indices count from where its kind's
/// array stood then; its keys are not inserted one by one again (that
/// rehashing was a twentieth of the audit of a 270 MB dump, on one thread).
/// Only when objects are stored after that (a later file) are the shards
/// folded into one dictionary, once, so that each lookup stays one probe.
struct ObjectKeyIndex {
    private var own: [String: Int] = [:]
    private var shards: [Shard] = []
    /// The hash of every key, shards' included, in no order: two indices
    /// whose fingerprints differ share no key, which is told without
    /// touching the keys (strings scattered in memory, one cache miss each).
    private(set) var fingerprints: [Int] = []

    private struct Shard {
        var keys: [String: Int]
        /// Per kind (the key's text before its first `/`): what its indices count from.
        var offsets: [String: Int]
    }

    /// The key of an object: kind, namespace and name.
    static func key(_ meta: KubeObjectMeta) -> String {
        "\(meta.kind)/\(meta.namespace ?? "")/\(meta.name)"
    }

    func index(of key: String) -> Int? {
        if let index = own[key] { return index }
        for shard in shards {
            if let index = shard.keys[key] { return index + (shard.offsets[Self.kind(of: key)] ?? 0) }
        }
        return nil
    }

    mutating func insert(_ key: String, at index: Int) {
        own[key] = index
        fingerprints.append(key.hashValue)
    }

    /// `index(of:)` for storing an object: the shards are folded in first.
    mutating func indexForStoring(_ key: String) -> Int? {
        if !shards.isEmpty { foldShards() }
        return own[key]
    }

    private mutating func foldShards() {
        own.reserveCapacity(own.count + shards.reduce(0) { $0 + $1.keys.count })
        for shard in shards {
            for (key, index) in shard.keys { own[key] = index + (shard.offsets[Self.kind(of: key)] ?? 0) }
        }
        shards = []
    }

    /// Every key, in no particular order.
    private var keys: [Dictionary<String, Int>.Keys] { [own.keys] + shards.map(\.keys.keys) }

    /// True when none of `keys` is one of these.
    private func containsNone<Keys: Sequence<String>>(of keys: Keys) -> Bool {
        if shards.isEmpty { return keys.allSatisfy { own[$0] == nil } }
        return keys.allSatisfy { index(of: $0) == nil }
    }

    /// True when no fingerprint of these is in `others`: then no key is
    /// either (false says nothing: equal fingerprints may be different keys).
    func fingerprintsAvoid(_ others: Set<Int>) -> Bool {
        fingerprints.allSatisfy { !others.contains($0) }
    }

    /// True when no key of `other` is one of these.
    func isDisjoint(with other: ObjectKeyIndex) -> Bool {
        other.keys.allSatisfy { containsNone(of: $0) }
    }

    /// Adds `other`'s keys, their indices moved up by `offsets` (per kind).
    mutating func append(_ other: ObjectKeyIndex, offsets: [String: Int]) {
        fingerprints += other.fingerprints
        shards.append(Shard(keys: other.own, offsets: offsets))
        for shard in other.shards {
            shards.append(Shard(keys: shard.keys, offsets: shard.offsets.merging(offsets, uniquingKeysWith: +)))
        }
    }

    private static func kind(of key: String) -> String {
        key.utf8.firstIndex(of: UInt8(ascii: "/")).map { String(key[..<$0]) } ?? key
    }
}
