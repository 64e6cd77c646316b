/// A team's recorded decision to accept a fail or at-risk finding for a while.
public struct Waiver: Sendable, Equatable {
    public var rule: String
    public var reason: String
    public var owner: String
    /// `YYYY-MM-DD`; the waiver applies through that day.
    public var expires: String
    public var location: SourceLocation?

    public init(rule: String, reason: String, owner: String, expires: String, location: SourceLocation? = nil) {
        self.rule = rule
        self.reason = reason
        self.owner = owner
        self.expires = expires
        self.location = location
    }
}

/// A person's sign-off on a manual rule.
public struct Attestation: Sendable, Equatable {
    public var rule: String
    public var by: String
    /// `YYYY-MM-DD`.
    public var date: String
    public var evidence: String?
    public var location: SourceLocation?

    public init(rule: String, by: String, date: String, evidence: String? = nil, location: SourceLocation? = nil) {
        self.rule = rule
        self.by = by
        self.date = date
        self.evidence = evidence
        self.location = location
    }
}

/// Waivers and attestations from the configuration file, and the date they are judged on.
public struct Decisions: Sendable, Equatable {
    public var waivers: [Waiver]
    public var attestations: [Attestation]
    /// Today as `YYYY-MM-DD` (injected so that reports are reproducible).
    public var today: String

    public init(waivers: [Waiver] = [], attestations: [Attestation] = [], today: String = "1970-01-01") {
        self.waivers = waivers
        self.attestations = attestations
        self.today = today
    }

    public static let none = Decisions()
}
