/// Reads and validates `.lsready.yaml`. Every mistake is an `InputError`
/// at the file, line and column of the offending entry (exit 3), with a
/// suggestion when a key or rule id looks mistyped: a configuration that
/// silently ignores a waiver is worse than none.
///
/// The file is read with the YAML 1.2 core schema, not Helm's: `2027-03-31`
/// stays a string and `no` is not a boolean.
public enum ConfigurationReader {
    public static let topLevelKeys = ["profile", "platform", "chartVersion", "waivers", "attestations"]
    public static let waiverKeys = ["rule", "reason", "owner", "expires"]
    public static let attestationKeys = ["rule", "by", "date", "evidence"]
    /// A waiver without an owner names nobody; reports say so.
    public static let unassignedOwner = "unassigned"

    /// - Parameter ruleIDs: the ids waivers and attestations may name (the catalog's).
    public static func read(_ bytes: [UInt8], path: String, ruleIDs: [String],
                            limits: ReaderLimits = .standard) throws -> LSReadyConfiguration {
        var configuration = LSReadyConfiguration(path: path)
        guard let document = try YAMLReader.parseFirstDocument(bytes, file: path, limits: limits) else {
            return configuration
        }
        let root = try YAMLLoader.load(document, schema: .core, limits: limits)
        if root.isNull { return configuration }
        guard let entries = root.entries else {
            throw InputError(.unsupportedValue, "the configuration must be a map (profile, platform, chartVersion, waivers, attestations), but it is \(root.typeDescription)",
                             at: root.location)
        }
        let reader = EntryReader(ruleIDs: ruleIDs)
        try reader.rejectUnknownKeys(entries, allowed: topLevelKeys, in: "the configuration")
        for entry in entries {
            let node = entry.value
            switch entry.key {
            case "profile":
                let word = try reader.string(node, key: "profile")
                guard let profile = Profile(rawValue: word) else {
                    throw InputError(.unsupportedValue, "profile '\(word)' is not one of \(list(Profile.allCases.map(\.rawValue)))", at: node.location)
                }
                configuration.profile = profile
            case "platform":
                let word = try reader.string(node, key: "platform")
                guard let platform = PlatformChoice(rawValue: word) else {
                    throw InputError(.unsupportedValue, "platform '\(word)' is not one of \(list(PlatformChoice.allCases.map(\.rawValue)))", at: node.location)
                }
                configuration.platform = platform
            case "chartVersion":
                let word = try reader.string(node, key: "chartVersion", hint: "write the version in quotes, like \"0.16.11\"")
                guard ChartVersion(word) != nil else {
                    throw InputError(.unsupportedValue, "chartVersion '\(word)' is not a chart version like 0.16.11", at: node.location)
                }
                configuration.chartVersion = word
            case "waivers":
                configuration.waivers = try reader.list(node, key: "waivers").map(reader.waiver)
            case "attestations":
                configuration.attestations = try reader.list(node, key: "attestations").map(reader.attestation)
            default:
                break
            }
        }
        return configuration
    }

    /// True for a real calendar date written `YYYY-MM-DD`.
    public static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    static func list(_ words: [String]) -> String {
        words.joined(separator: ", ")
    }

    /// The checks shared by every entry.
    struct EntryReader {
        let ruleIDs: [String]

        func waiver(_ node: Node) throws -> Waiver {
            let entries = try mapping(node, what: "a waiver", keys: ConfigurationReader.waiverKeys)
            let rule = try ruleID(node, entries: entries, what: "waiver")
            let reason = try required(node, "reason", in: "waiver", why: "say why the finding is accepted")
            let expires = try required(node, "expires", in: "waiver", why: "a waiver must end; give a YYYY-MM-DD date")
            try date(node["expires"]!, key: "expires", value: expires)
            let owner = try node["owner"].map { try string($0, key: "owner") } ?? ConfigurationReader.unassignedOwner
            return Waiver(rule: rule, reason: reason, owner: owner, expires: expires, location: node.location)
        }

        func attestation(_ node: Node) throws -> Attestation {
            let entries = try mapping(node, what: "an attestation", keys: ConfigurationReader.attestationKeys)
            let rule = try ruleID(node, entries: entries, what: "attestation")
            let by = try required(node, "by", in: "attestation", why: "name who signed it off")
            let date = try required(node, "date", in: "attestation", why: "give the YYYY-MM-DD date of the sign-off")
            try self.date(node["date"]!, key: "date", value: date)
            let evidence = try node["evidence"].map { try string($0, key: "evidence") }
            return Attestation(rule: rule, by: by, date: date, evidence: evidence, location: node.location)
        }

        func list(_ node: Node, key: String) throws -> [Node] {
            if node.isNull { return [] }
            guard let items = node.items else {
                throw InputError(.unsupportedValue, "\(key) must be a list of entries (each starting with '- rule:'), but it is \(node.typeDescription)", at: node.location)
            }
            return items
        }

        func mapping(_ node: Node, what: String, keys: [String]) throws -> [Node.Entry] {
            guard let entries = node.entries else {
                throw InputError(.unsupportedValue, "\(what) must be a map with \(ConfigurationReader.list(keys)), but it is \(node.typeDescription)", at: node.location)
            }
            try rejectUnknownKeys(entries, allowed: keys, in: what)
            return entries
        }

        func rejectUnknownKeys(_ entries: [Node.Entry], allowed: [String], in what: String) throws {
            for entry in entries where !allowed.contains(entry.key) {
                let hint = KeySuggestion.nearest(to: entry.key, among: allowed).map { "did you mean '\($0)'?" }
                    ?? "expected one of \(ConfigurationReader.list(allowed))"
                throw InputError(.unsupportedValue, "unknown key '\(entry.key)' in \(what)", at: entry.keyLocation, hint: hint)
            }
        }

        func ruleID(_ node: Node, entries: [Node.Entry], what: String) throws -> String {
            let id = try required(node, "rule", in: what, why: "name the rule id, as 'lsready rules' lists it")
            guard ruleIDs.contains(id) else {
                let hint = Self.nearest(to: id, among: ruleIDs).map { "did you mean '\($0)'? 'lsready rules' lists the ids" }
                    ?? "'lsready rules' lists the ids"
                throw InputError(.unsupportedValue, "unknown rule '\(id)' in \(what)", at: node["rule"]!.location, hint: hint)
            }
            return id
        }

        func required(_ node: Node, _ key: String, in what: String, why: String) throws -> String {
            guard let value = node[key], !value.isNull else {
                throw InputError(.unsupportedValue, "\(what) without '\(key)': \(why)", at: node.location)
            }
            let text = try string(value, key: key)
            guard !text.allSatisfy(\.isWhitespace) else {
                throw InputError(.unsupportedValue, "\(what) with an empty '\(key)': \(why)", at: value.location)
            }
            return text
        }

        func string(_ node: Node, key: String, hint: String? = nil) throws -> String {
            guard let text = node.string else {
                throw InputError(.unsupportedValue, "\(key) must be a string, but it is \(node.typeDescription)", at: node.location, hint: hint)
            }
            return text
        }

        func date(_ node: Node, key: String, value: String) throws {
            guard ConfigurationReader.isDate(value) else {
                throw InputError(.unsupportedValue, "\(key) '\(value)' is not a date written YYYY-MM-DD", at: node.location)
            }
        }

        /// The closest id within a third of its length in edits: rule ids are
        /// long enough that a plain two-edit limit misses swapped words.
        static func nearest(to id: String, among ids: [String]) -> String? {
            let limit = max(2, id.count / 3)
            var best: (id: String, distance: Int)?
            for candidate in ids {
                let distance = KeySuggestion.editDistance(Array(id.lowercased()), Array(candidate.lowercased()), limit: limit)
                if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
            }
            return best?.id
        }
    }
}
