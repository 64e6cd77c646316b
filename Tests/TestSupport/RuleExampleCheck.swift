import LSReadyCore

/// Runs every example of a rule through the real pipeline and describes each
/// mismatch (empty when all examples produce their expected status).
public enum RuleExampleCheck {
    public static func failures(of rule: any Rule) -> [String] {
        rule.metadata.examples.compactMap { example in
            do {
                let finding = try RuleExampleRunner.run(example, of: rule)
                guard finding.status != example.expected else { return nil }
                return "\(rule.metadata.id) example \"\(example.name)\": expected \(example.expected.word), got \(finding.status.word): \(finding.message)"
            } catch {
                return "\(rule.metadata.id) example \"\(example.name)\": input error \(error)"
            }
        }
    }
}
