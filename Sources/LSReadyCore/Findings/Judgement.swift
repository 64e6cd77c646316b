/// What a rule concludes about the model: a status, a sentence that says what
/// was verified or what is wrong, and the evidence it rests on.
public struct Judgement: Sendable, Equatable {
    public var status: Status
    public var message: String
    public var evidence: [Evidence]

    public init(_ status: Status, _ message: String, evidence: [Evidence] = []) {
        self.status = status
        self.message = message
        self.evidence = evidence
    }

    public static func pass(_ message: String, evidence: [Evidence] = []) -> Judgement {
        Judgement(.pass, message, evidence: evidence)
    }

    public static func fail(_ message: String, evidence: [Evidence] = []) -> Judgement {
        Judgement(.fail, message, evidence: evidence)
    }

    public static func atRisk(_ message: String, evidence: [Evidence] = []) -> Judgement {
        Judgement(.atRisk, message, evidence: evidence)
    }

    public static func unverified(_ message: String, evidence: [Evidence] = []) -> Judgement {
        Judgement(.unverified, message, evidence: evidence)
    }

    public static func manual(_ message: String, evidence: [Evidence] = []) -> Judgement {
        Judgement(.manual, message, evidence: evidence)
    }

    public static func notApplicable(_ message: String, evidence: [Evidence] = []) -> Judgement {
        Judgement(.notApplicable, message, evidence: evidence)
    }

    /// Folds per-subject judgements into one: the worst status wins, its
    /// messages lead, and every subject's evidence is listed.
    public static func worst(of judgements: [Judgement], ifEmpty: Judgement) -> Judgement {
        guard let worst = Status.worst(judgements.map(\.status)) else { return ifEmpty }
        let leading = judgements.filter { $0.status == worst }.map(\.message)
        return Judgement(worst, leading.joined(separator: "; "), evidence: judgements.flatMap(\.evidence))
    }
}
