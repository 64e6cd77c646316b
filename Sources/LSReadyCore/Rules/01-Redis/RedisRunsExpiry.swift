/// `redis.runs-expiry`: runs stay in Redis long enough for the queue to process them.
struct RedisRunsExpiry: Rule {
    static let minimumSeconds = 21600.0

    let metadata = RuleMetadata(
        id: "redis.runs-expiry",
        title: "Redis keeps runs long enough",
        section: .redis,
        level: .recommended,
        evidence: [.values],
        summary: "config.settings.redisRunsExpirySeconds is at least 21600 (6 hours, the chart default).",
        rationale: "Ingested runs wait in Redis until a queue worker writes them to ClickHouse. If they expire sooner than the backlog can drain, for example while ClickHouse is slow or the queue is scaled down, those runs are dropped without an error.",
        remediation: "Remove the override, or set config.settings.redisRunsExpirySeconds: \"21600\" or more; keep Redis memory sized for the longer retention (see redis.memory-sizing).",
        notes: """
            The chart writes the value as a string ("21600"); it is compared as a number. A value that is not a number is \
            at-risk (the application cannot read it as seconds). A value removed with null is unverified: the application's \
            own default then applies, which the values do not show.
            """,
        examples: [
            RuleExample("the chart default, 6 hours", expect: .pass, values: """
                config:
                  authType: mixed
                """),
            RuleExample("raised to 12 hours, as a number", expect: .pass, values: """
                config:
                  settings:
                    redisRunsExpirySeconds: 43200
                """),
            RuleExample("lowered to one hour", expect: .atRisk, values: """
                config:
                  settings:
                    redisRunsExpirySeconds: "3600"
                """),
            RuleExample("not a number of seconds", expect: .atRisk, values: """
                config:
                  settings:
                    redisRunsExpirySeconds: 6h
                """),
            RuleExample("removed with null", expect: .unverified, values: """
                config:
                  settings:
                    redisRunsExpirySeconds: null
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let seconds = model.redis.runsExpirySeconds
        let text = model.redis.runsExpiryText
        let origin = seconds.isUserSet ? "" : " (the chart default)"
        guard let value = seconds.value else {
            if text.value.isEmpty {
                return .unverified("config.settings.redisRunsExpirySeconds is removed from the values, so the application's built-in default applies; set it explicitly to \(Int(Self.minimumSeconds)) or more to decide.",
                                   evidence: [text.evidence("not set")])
            }
            return .atRisk("config.settings.redisRunsExpirySeconds is \"\(text.value)\", which is not a number of seconds; write it as \"\(Int(Self.minimumSeconds))\" or more.",
                           evidence: [text.evidence()])
        }
        let shown = NumberText.render(value)
        let evidence = [seconds.evidence("\(shown) s (\(Self.hours(value)))")]
        if value >= Self.minimumSeconds {
            return .pass("Runs expire from Redis after \(shown) s (\(Self.hours(value)))\(origin), at least the \(Int(Self.minimumSeconds)) s the queue needs.",
                         evidence: evidence)
        }
        return .atRisk("config.settings.redisRunsExpirySeconds is \(shown) s (\(Self.hours(value))), below \(Int(Self.minimumSeconds)) s (6 h): runs can expire before the queue processes them.",
                       evidence: evidence)
    }

    static func hours(_ seconds: Double) -> String {
        NumberText.render((seconds / 360).rounded() / 10) + " h"
    }
}
