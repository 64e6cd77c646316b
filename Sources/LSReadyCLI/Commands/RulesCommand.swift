import LSReadyCore

/// `lsready rules`: the catalog, one rule a line (or JSON).
struct RulesCommand: Command {
    let name = "rules"
    let summary = "list the catalog: id, section, level, evidence, title"
    let usage = "lsready rules [--format text|json]"
    let discussion = "Lists every rule lsready judges, in catalog order."
    let options: [OptionSpec] = [
        OptionSpec("format", kind: .value(placeholder: "FORMAT"), allowedValues: ["text", "json"],
                   help: "text (default) or json"),
    ]
    let maxPositionals = 0

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        let rules = RuleRegistry.all.map(\.metadata)
        if arguments.value("format") == "json" {
            context.standardOutput.write(RuleCatalogRenderer.json(rules))
        } else {
            context.standardOutput.write(RuleCatalogRenderer.text(rules))
        }
        return .passed
    }
}

/// `lsready explain RULE-ID`.
struct ExplainCommand: Command {
    let name = "explain"
    let summary = "one rule's documentation: why, how it is judged, how to fix"
    let usage = "lsready explain RULE-ID | --all"
    let discussion = "Prints a rule's documentation and its examples. 'lsready rules' lists the ids; --all prints every rule (docs/rules.md)."
    let options: [OptionSpec] = [
        OptionSpec("all", help: "Every rule's documentation, in catalog order, as one document"),
    ]
    let maxPositionals = 1

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        if arguments.has("all") {
            guard arguments.positionals.isEmpty else {
                throw UsageError("--all takes no rule id", command: name)
            }
            context.standardOutput.write(RuleDocumentation.renderAll(RuleRegistry.all.map(\.metadata)))
            return .passed
        }
        guard let id = arguments.positionals.first else {
            throw UsageError("expected a rule id, e.g. 'lsready explain blob.enabled'", command: name)
        }
        guard let rule = RuleRegistry.rule(id: id) else {
            let suggestion = RuleRegistry.all.map(\.metadata.id).first { $0.hasPrefix(id) || id.hasPrefix($0) }
            throw UsageError("unknown rule '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), command: name)
        }
        context.standardOutput.write(RuleDocumentation.render(rule.metadata))
        return .passed
    }
}

/// `lsready checklist`: the checklist document (PROD_CHECKLIST.md is its output).
struct ChecklistCommand: Command {
    let name = "checklist"
    let summary = "print the checklist document (PROD_CHECKLIST.md is its output)"
    let usage = "lsready checklist"
    let discussion = "Prints the production-readiness checklist generated from the rule catalog."
    let options: [OptionSpec] = []
    let maxPositionals = 0

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        context.standardOutput.write(ChecklistDocument.render())
        return .passed
    }
}
