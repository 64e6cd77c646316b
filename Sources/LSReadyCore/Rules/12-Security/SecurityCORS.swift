/// `security.cors`: the API does not accept cross-origin requests from any site.
struct SecurityCORS: Rule {
    let metadata = RuleMetadata(
        id: "security.cors",
        title: "CORS restricted",
        section: .security,
        level: .recommended,
        evidence: [.values],
        productionOnly: true,
        summary: "config.security.cors.allowedOrigins is not \"*\" (or config.security.cors.allowedOriginsRegex is set), so only known origins may call the API from a browser.",
        rationale: "With a permissive CORS policy any web page a signed-in user visits can script requests to the LangSmith API in the user's browser and read the answers. Restricting origins to LangSmith's own hostname (and known internal tools) closes that path.",
        remediation: "Set config.security.cors.allowedOrigins to a comma-separated list of the origins that need the API, for example \"https://langsmith.example.com\", or config.security.cors.allowedOriginsRegex to a pattern such as \"https://.*\\\\.example\\\\.com\".",
        notes: "allowedOriginsRegex takes precedence over allowedOrigins when set. allowedOrigins counts as permissive when any of its comma-separated entries is \"*\", and when it is empty (then the chart passes no restriction). Chart versions without config.security.cors (0.13.0 and older among the embedded charts) cannot restrict CORS through the values: not-applicable.",
        examples: [
            RuleExample("a YAML list holding \"*\"", expect: .atRisk, values: """
                config:
                  security:
                    cors:
                      allowedOrigins: ["*"]
                """),
            RuleExample("origins restricted to the LangSmith hostname", expect: .pass, values: """
                config:
                  hostname: langsmith.example.com
                  security:
                    cors:
                      allowedOrigins: https://langsmith.example.com
                """),
            RuleExample("a regex for the company's domains", expect: .pass, values: """
                config:
                  security:
                    cors:
                      allowedOriginsRegex: "https://.*\\\\.example\\\\.com"
                """),
            RuleExample("the chart default: any origin", expect: .atRisk, values: """
                config:
                  hostname: langsmith.example.com
                """),
            RuleExample("a wildcard among other origins", expect: .atRisk, values: """
                config:
                  security:
                    cors:
                      allowedOrigins: "https://langsmith.example.com,*"
                """),
            RuleExample("a chart version without CORS settings", expect: .notApplicable, values: """
                config:
                  hostname: langsmith.example.com
                """, options: AuditOptions(chartVersion: "0.12.37")),
            RuleExample("dev profile: not required", expect: .notApplicable, values: """
                config:
                  hostname: langsmith.example.com
                """, options: AuditOptions(profile: .dev)),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let security = model.security
        guard security.chartHasCORSSettings else {
            return .notApplicable("Chart \(model.chartVersion) has no config.security.cors settings; CORS cannot be restricted through its values.")
        }
        let origins = security.corsAllowedOrigins
        let regex = security.corsAllowedOriginsRegex
        if !regex.value.trimmingWhitespace.isEmpty {
            return .pass("CORS is restricted to origins matching config.security.cors.allowedOriginsRegex \"\(regex.value)\".",
                         evidence: [regex.evidence(), origins.evidence()])
        }
        let entries = origins.value.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        if entries.isEmpty {
            return .atRisk("config.security.cors.allowedOrigins is empty and no allowedOriginsRegex is set, so the chart passes no origin restriction.",
                           evidence: [origins.evidence(), regex.evidence()])
        }
        if entries.contains("*") {
            let origin = origins.isUserSet ? "" : " (the chart default)"
            return .atRisk("config.security.cors.allowedOrigins allows any origin (\"*\")\(origin): any web page can call the API from a signed-in user's browser.",
                           evidence: [origins.evidence(), regex.evidence()])
        }
        return .pass("CORS is restricted to \(entries.count.counted("origin")): \(entries.joined(separator: ", ")).",
                     evidence: [origins.evidence(), regex.evidence()])
    }
}
