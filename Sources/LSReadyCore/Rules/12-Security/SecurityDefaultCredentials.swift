/// `security.default-credentials`: no external datastore is reached with the chart's sample password.
struct SecurityDefaultCredentials: Rule {
    let metadata = RuleMetadata(
        id: "security.default-credentials",
        title: "No default datastore credentials",
        section: .security,
        level: .required,
        evidence: [.values],
        summary: "No external datastore in use takes its password from the chart defaults (postgres.external.password \"postgres\", clickhouse.external.password \"password\") without an existingSecretName.",
        rationale: "The chart's sample passwords are public. If LangSmith connects with them, the database accepts them too: anyone who reaches the endpoint can read every trace, or the credentials are simply wrong and the deployment fails at first connection.",
        remediation: "Create a Secret with the datastore's real credentials and set <store>.external.existingSecretName (postgres, clickhouse, redis); for Postgres a connectionUrl in that Secret also works. Never leave <store>.external.password at the chart default.",
        notes: "A datastore is in use when <store>.external.enabled is true (managed ClickHouse included). Its password counts as the chart default when no user file set <store>.external.password, the chart has a non-empty default, and neither existingSecretName nor (for Postgres) a connectionUrl replaces it. Redis has no default password. The model never holds secret values, so a user who retypes the default value is not caught here (security.plaintext-secrets flags the written password), nor is IAM authentication (iamAuthProvider) recognised: waive the finding in that case. No external datastore → not-applicable.",
        examples: [
            RuleExample("external Postgres and ClickHouse with existing Secrets", expect: .pass, values: """
                postgres:
                  external:
                    enabled: true
                    existingSecretName: langsmith-postgres
                clickhouse:
                  external:
                    enabled: true
                    host: clickhouse.internal.example.com
                    existingSecretName: langsmith-clickhouse
                """),
            RuleExample("external ClickHouse on the chart's default password", expect: .fail, values: """
                clickhouse:
                  external:
                    enabled: true
                    host: clickhouse.internal.example.com
                    cluster: replicated
                """),
            RuleExample("external Postgres on the default postgres/postgres", expect: .fail, values: """
                postgres:
                  external:
                    enabled: true
                    host: langsmith-db.abc123.us-east-1.rds.amazonaws.com
                """),
            RuleExample("every datastore in-chart", expect: .notApplicable, values: """
                config:
                  hostname: langsmith.example.com
                """),
            RuleExample("external Postgres through a connection URL", expect: .pass, values: """
                postgres:
                  external:
                    enabled: true
                    connectionUrl: langsmith@langsmith-db.abc123.us-east-1.rds.amazonaws.com:5432/langsmith
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let stores: [(name: String, key: String, external: Setting<Bool>, credentials: DatastoreCredentials)] = [
            ("Postgres", "postgres", model.postgres.external, model.postgres.credentials),
            ("Redis", "redis", model.redis.external, model.redis.credentials),
            ("ClickHouse", "clickhouse", model.clickhouse.externalEnabled, model.clickhouse.credentials),
        ]
        let inUse = stores.filter { $0.external.value }
        guard !inUse.isEmpty else {
            return .notApplicable("No external datastore is enabled: Redis, Postgres and ClickHouse run in-chart.",
                                  evidence: stores.map { $0.external.evidence() })
        }
        let judgements = inUse.map { store -> Judgement in
            let credentials = store.credentials
            let secret = credentials.existingSecretName
            if !secret.value.isEmpty {
                return .pass("\(store.name) reads its credentials from Secret \(secret.value)", evidence: [secret.evidence()])
            }
            if store.key == "postgres" && credentials.connectionURL.value {
                return .pass("Postgres connects through postgres.external.connectionUrl, not the default password",
                             evidence: [credentials.connectionURL.evidence("set (not shown)")])
            }
            if credentials.passwordIsChartDefault {
                return .fail("\(store.name) is external but \(store.key).external.password is the chart's default and no existingSecretName is set",
                             evidence: [store.external.evidence(), credentials.password.evidence("chart default (not shown)"),
                                        secret.evidence()])
            }
            let origin = credentials.password.value ? "set in the values" : "not from the chart defaults"
            return .pass("\(store.name)'s credentials are \(origin)", evidence: [credentials.password.evidence(credentials.password.value ? "set (not shown)" : "empty")])
        }
        var result = Judgement.worst(of: judgements, ifEmpty: .notApplicable("No external datastore."))
        if result.status == .pass {
            result.message = "No external datastore uses the chart's default credentials: " + result.message
        }
        result.message = result.message.finished(noting: nil)
        return result
    }
}
