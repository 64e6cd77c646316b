/// The values that hold credentials (CATALOG.md, `security.plaintext-secrets`):
/// never printed unless asked, and judged by the audit's secrets rule.
public enum SecretKeys {
    /// Dotted key paths, in catalog order.
    public static let paths: [String] = [
        "config.langsmithLicenseKey",
        "config.apiKeySalt",
        "config.basicAuth.initialOrgAdminPassword",
        "config.basicAuth.jwtSecret",
        "config.oauth.oauthClientSecret",
        "config.blobStorage.accessKey",
        "config.blobStorage.accessKeySecret",
        "config.blobStorage.azureStorageAccountKey",
        "config.blobStorage.azureStorageConnectionString",
        "postgres.external.password",
        "postgres.external.connectionUrl",
        "redis.external.connectionUrl",
        "redis.external.cluster.password",
        "clickhouse.external.password",
    ]

    /// The same paths split into their keys.
    public static let keyPaths: [[String]] = paths.map { $0.split(separator: ".").map(String.init) }

    public static func isSecret(_ keyPath: [String]) -> Bool {
        keyPaths.contains(keyPath)
    }
}

/// Hides secret values before values are printed.
public enum Redaction {
    public static let placeholder = "<redacted>"

    /// The tree with every non-empty value at a `SecretKeys` path replaced by
    /// the string `"<redacted>"` (at the same location). Empty values (null,
    /// `""`, `{}`, `[]`) stay: they reveal nothing and show the key is unset.
    public static func redact(_ values: Node) -> Node {
        redact(values, path: [])
    }

    private static func redact(_ node: Node, path: [String]) -> Node {
        guard case .mapping(let entries) = node.value else { return node }
        return Node(.mapping(entries.map { entry in
            let keyPath = path + [entry.key]
            var entry = entry
            if SecretKeys.isSecret(keyPath) {
                if !entry.value.isEmptyValue {
                    entry.value = Node(.string(placeholder), at: entry.value.location)
                }
            } else {
                entry.value = redact(entry.value, path: keyPath)
            }
            return entry
        }), at: node.location)
    }
}

extension Node {
    /// Null, the empty string, or an empty list or map.
    public var isEmptyValue: Bool {
        switch value {
        case .null: return true
        case .string(let text): return text.isEmpty
        case .sequence(let items): return items.isEmpty
        case .mapping(let entries): return entries.isEmpty
        case .bool, .number: return false
        }
    }
}
