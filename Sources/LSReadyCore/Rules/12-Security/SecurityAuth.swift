/// `security.auth`: LangSmith requires users to log in.
struct SecurityAuth: Rule {
    let metadata = RuleMetadata(
        id: "security.auth",
        title: "Authentication configured",
        section: .security,
        level: .required,
        evidence: [.values],
        summary: "config.oauth.enabled or config.basicAuth.enabled is true, with config.authType oauth or mixed.",
        rationale: "Without an authentication mode LangSmith cannot tell users apart: there is no sign-in to protect traces, API keys are the only barrier, and organisation and workspace permissions mean nothing.",
        remediation: "For SSO set config.oauth.enabled: true with the OIDC client (config.oauth.oauthClientId, oauthIssuerUrl; the client secret in config.existingSecretName) and config.authType: mixed (or oauth for the older client-secret-less flow). For built-in accounts set config.basicAuth.enabled: true and config.authType: mixed, with the admin password and JWT secret in config.existingSecretName.",
        notes: "Both conditions are required: an enabled mechanism and an authType of exactly oauth or mixed (the chart compares the string as written, so \"Mixed\" does not count).",
        examples: [
            RuleExample("basic auth with authType mixed", expect: .pass, values: """
                config:
                  existingSecretName: langsmith-config
                  authType: mixed
                  basicAuth:
                    enabled: true
                """),
            RuleExample("OAuth SSO", expect: .pass, values: """
                config:
                  authType: mixed
                  oauth:
                    enabled: true
                    oauthClientId: langsmith
                    oauthIssuerUrl: https://login.example.com/oauth2/default
                """),
            RuleExample("chart defaults: no authentication", expect: .fail, values: """
                config:
                  hostname: langsmith.example.com
                """),
            RuleExample("basic auth enabled but authType left empty", expect: .fail, values: """
                config:
                  basicAuth:
                    enabled: true
                """),
            RuleExample("authType written with a capital letter", expect: .fail, values: """
                config:
                  authType: Mixed
                  basicAuth:
                    enabled: true
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let security = model.security
        let authType = security.authType
        let mechanisms = [security.oauthEnabled, security.basicAuthEnabled].filter(\.value)
        let evidence = [security.oauthEnabled.evidence(), security.basicAuthEnabled.evidence(), authType.evidence()]
        let validType = authType.value == "oauth" || authType.value == "mixed"
        if !mechanisms.isEmpty && validType {
            let names = mechanisms.map { $0.path == "config.oauth.enabled" ? "OAuth" : "basic auth" }.joined(separator: " and ")
            return .pass("Users sign in with \(names) (config.authType \"\(authType.value)\").", evidence: evidence)
        }
        if mechanisms.isEmpty {
            return .fail("No authentication is enabled: config.oauth.enabled and config.basicAuth.enabled are both false.", evidence: evidence)
        }
        let shown = authType.value.isEmpty ? "empty" : "\"\(authType.value)\""
        return .fail("An authentication mechanism is enabled, but config.authType is \(shown); it must be oauth or mixed.", evidence: evidence)
    }
}
