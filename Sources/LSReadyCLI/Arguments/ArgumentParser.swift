/// Parses one command's arguments against its options: `--flag value`,
/// `--flag=value`, `-f value`, repeatable options, `--` ending options, and
/// `-` as a positional (standard input). Every mistake is a `UsageError`
/// naming the option.
public struct ArgumentParser: Sendable {
    public var command: String
    public var options: [OptionSpec]
    /// Whether positional arguments are accepted, and how many at most.
    public var maxPositionals: Int

    public init(command: String, options: [OptionSpec], maxPositionals: Int = .max) {
        self.command = command
        self.options = options
        self.maxPositionals = maxPositionals
    }

    public func parse(_ arguments: [String]) throws -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                try addPositional(argument, to: &parsed)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            if argument == "--help" || argument == "-h" {
                parsed.helpRequested = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let spec = spec(for: name) else {
                throw UsageError("unknown option '\(name)' for '\(command)'", command: command)
            }
            var value: String?
            if spec.takesValue {
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw UsageError("option \(name) needs a value", command: command)
                }
            } else if inlineValue != nil {
                throw UsageError("option \(name) takes no value", command: command)
            }
            if !spec.repeatable && parsed.has(spec.name) {
                throw UsageError("option \(name) may be given only once", command: command)
            }
            if let allowed = spec.allowedValues, let value, !allowed.contains(value) {
                throw UsageError("option \(name): '\(value)' is not one of \(allowed.joined(separator: ", "))", command: command)
            }
            if let value, value.isEmpty {
                throw UsageError("option \(name) needs a non-empty value", command: command)
            }
            parsed.occurrences.append(.init(option: spec.name, value: value ?? ""))
        }
        return parsed
    }

    private func addPositional(_ argument: String, to parsed: inout ParsedArguments) throws {
        guard parsed.positionals.count < maxPositionals else {
            throw UsageError("unexpected argument '\(argument)'", command: command)
        }
        parsed.occurrences.append(.init(option: nil, value: argument))
    }

    private func spec(for name: String) -> OptionSpec? {
        if name.hasPrefix("--") {
            let long = name.dropFirst(2)
            return options.first { $0.name == long }
        }
        guard name.count == 2, let short = name.last else { return nil }
        return options.first { $0.shortName == short }
    }
}
