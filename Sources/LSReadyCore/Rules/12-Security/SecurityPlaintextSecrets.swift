/// `security.plaintext-secrets`: no credential is written into the values files.
struct SecurityPlaintextSecrets: Rule {
    let metadata = RuleMetadata(
        id: "security.plaintext-secrets",
        title: "No secrets in the values files",
        section: .security,
        level: .required,
        evidence: [.values],
        productionOnly: true,
        summary: "No license key, salt, password, JWT or OAuth secret, blob storage key or datastore password (or connection URL carrying one) is written into the values files.",
        rationale: "Values files end up in Git, CI logs, Helm release history (readable by anyone who can read the release Secret) and support bundles. A credential written there leaks with every copy, and rotating it means editing and redeploying every environment.",
        remediation: "Move the values into Kubernetes Secrets (ideally synced from a secret manager) and reference them: config.existingSecretName for the license key, API key salt, basic-auth and OAuth secrets and blob keys; postgres.external.existingSecretName, redis.external.existingSecretName and clickhouse.external.existingSecretName for the datastores. Then rotate every credential that was committed.",
        notes: "Only values a user file or --set gave count, not chart defaults. A connectionUrl counts only when it embeds a password (scheme://user:password@host); a URL without one is not a secret. The finding lists key paths and locations, never the values: a --set location names the key alone (`--set PATH`).",
        examples: [
            RuleExample("secrets come from existing Secrets", expect: .pass, values: """
                config:
                  existingSecretName: langsmith-config
                  authType: mixed
                  basicAuth:
                    enabled: true
                postgres:
                  external:
                    enabled: true
                    existingSecretName: langsmith-postgres
                """),
            RuleExample("a Redis URL without a password is not a secret", expect: .pass, values: """
                redis:
                  external:
                    enabled: true
                    connectionUrl: redis://langsmith-redis.abc123.cache.amazonaws.com:6379/0
                """),
            RuleExample("the license key written in the values", expect: .fail, values: """
                config:
                  langsmithLicenseKey: lsv2-license-0123456789abcdef
                """),
            RuleExample("a Postgres connection URL with a password", expect: .fail, values: """
                postgres:
                  external:
                    enabled: true
                    connectionUrl: langsmith:s3cr3t-pass@langsmith-db.abc123.us-east-1.rds.amazonaws.com:5432/langsmith
                """),
            RuleExample("static S3 keys and a ClickHouse password", expect: .fail, values: """
                config:
                  blobStorage:
                    enabled: true
                    engine: S3
                    accessKey: AKIAEXAMPLEKEY
                    accessKeySecret: example-secret-key
                clickhouse:
                  external:
                    enabled: true
                    host: clickhouse.internal.example.com
                    password: not-the-default
                """),
            RuleExample("dev profile: not required", expect: .notApplicable, values: """
                config:
                  langsmithLicenseKey: lsv2-license-0123456789abcdef
                """, options: AuditOptions(profile: .dev)),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let secrets = model.security.plaintextSecrets
        guard !secrets.isEmpty else {
            return .pass("None of the \(SecretKeys.paths.count) secret-bearing keys (license key, salts, passwords, OAuth and blob keys, datastore credentials) holds a value in the values files.")
        }
        let places = secrets.map { "\($0.path) (\($0.location))" }.joined(separator: ", ")
        return .fail("\(secrets.count.counted("secret is", "secrets are")) written in the values: \(places). Move \(secrets.count == 1 ? "it" : "them") into Kubernetes Secrets and rotate \(secrets.count == 1 ? "it" : "them").",
                     evidence: secrets.map(\.evidence))
    }
}
