/// Which inputs can decide a rule.
public struct EvidenceKinds: OptionSet, Sendable, Equatable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The Helm values (V).
    public static let values = EvidenceKinds(rawValue: 1)
    /// The cluster dump (K).
    public static let cluster = EvidenceKinds(rawValue: 2)

    /// "values", "cluster", "values, cluster" or "sign-off".
    public var description: String {
        var parts: [String] = []
        if contains(.values) { parts.append("values") }
        if contains(.cluster) { parts.append("cluster") }
        return parts.isEmpty ? "sign-off" : parts.joined(separator: ", ")
    }
}

/// Everything about a rule that does not depend on the input: its stable id,
/// where it sits in the checklist, how much it matters, its documentation and
/// its examples. The id is a public contract (waivers name it): never derive it.
public struct RuleMetadata: Sendable, Equatable {
    public var id: String
    public var title: String
    public var section: Section
    public var level: Level
    public var evidence: EvidenceKinds
    /// Not-applicable under the dev profile.
    public var productionOnly: Bool
    /// Not-applicable unless the platform is EKS.
    public var eksOnly: Bool
    /// One line: what the rule checks.
    public var summary: String
    /// Why it matters.
    public var rationale: String
    /// How to fix an unmet rule.
    public var remediation: String
    /// Where the catalog is ambiguous: the choice this rule makes.
    public var notes: String?
    /// Built when asked for: an audit never reads them, and building every
    /// rule's examples (YAML texts put together from parts) when the registry
    /// was first used cost ~2% of a small audit.
    public var examples: [RuleExample] {
        get { makeExamples() }
        set { makeExamples = { newValue } }
    }
    private var makeExamples: @Sendable () -> [RuleExample]

    public init(id: String, title: String, section: Section, level: Level, evidence: EvidenceKinds,
                productionOnly: Bool = false, eksOnly: Bool = false,
                summary: String, rationale: String, remediation: String, notes: String? = nil,
                examples: @autoclosure @escaping @Sendable () -> [RuleExample]) {
        self.id = id
        self.title = title
        self.section = section
        self.level = level
        self.evidence = evidence
        self.productionOnly = productionOnly
        self.eksOnly = eksOnly
        self.summary = summary
        self.rationale = rationale
        self.remediation = remediation
        self.notes = notes
        self.makeExamples = examples
    }

    /// Every property, the examples by value (a new property must be added here).
    public static func == (lhs: RuleMetadata, rhs: RuleMetadata) -> Bool {
        lhs.id == rhs.id && lhs.title == rhs.title && lhs.section == rhs.section && lhs.level == rhs.level
            && lhs.evidence == rhs.evidence && lhs.productionOnly == rhs.productionOnly && lhs.eksOnly == rhs.eksOnly
            && lhs.summary == rhs.summary && lhs.rationale == rhs.rationale && lhs.remediation == rhs.remediation
            && lhs.notes == rhs.notes && lhs.examples == rhs.examples
    }
}

/// An example in the user's own input format, and the status it must produce.
/// The examples are the rule's tests: they run through the real readers,
/// merger, model builder and rule.
public struct RuleExample: Sendable, Equatable {
    public var name: String
    public var expected: Status
    /// A values file (YAML), or nil for none.
    public var values: String?
    /// A cluster dump (kubectl YAML: a List or multi-document), or nil for none.
    public var cluster: String?
    public var options: AuditOptions
    /// Rules (by id) attested in the configuration for this example.
    public var attested: [String]

    public init(_ name: String, expect expected: Status, values: String? = nil, cluster: String? = nil,
                options: AuditOptions = AuditOptions(), attested: [String] = []) {
        self.name = name
        self.expected = expected
        self.values = values
        self.cluster = cluster
        self.options = options
        self.attested = attested
    }
}
