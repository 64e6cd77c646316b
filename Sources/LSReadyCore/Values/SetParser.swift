/// A line-by-line port of Helm's `strvals` parser (pkg/strvals/parser.go,
/// `ParseInto` with `typedVal`), over Unicode scalars as Go reads runes.
/// Helm's quirks are kept on purpose: `a.` and `a[0]` alone are accepted,
/// `--set =x` sets nothing, `a={}` is the list `[""]`.
struct SetParser {
    typealias Entries = [(key: String, keyLocation: SourceLocation, value: SetTarget)]

    /// Go's `io.EOF` (the normal end of input) and Helm's error messages.
    enum Failure: Error {
        case endOfInput
        case message(String)
    }

    static let maxIndex = 65536
    static let maxNestedNameLevel = 30
    /// Helm has no limit on `a[0][0]...`; lsready stops at the readers' depth
    /// limit, so that every later stage (merging, rendering) recurses safely.
    static let maxListDepth = ReaderLimits.standard.maxDepth

    private let argument: String
    private let scalars: [Unicode.Scalar]
    private var index = 0
    /// The assignment being applied: where the nodes it creates come from.
    private var location: SourceLocation
    private var listDepth = 0

    init(_ argument: String) {
        self.argument = argument
        self.scalars = Array(argument.unicodeScalars)
        self.location = .commandLine(argument)
    }

    /// Applies every comma-separated assignment to `target`, a map.
    mutating func parseAll(into target: inout SetTarget) throws {
        guard case .map(var entries, let mapLocation) = target else {
            throw InputError(.invalidArgument, "the values are \(target.typeDescription), not a map", at: .commandLine(argument))
        }
        do {
            while true {
                location = .commandLine(nextAssignmentText())
                do {
                    try key(&entries, nestedNameLevel: 0)
                } catch Failure.endOfInput {
                    break
                }
            }
        } catch Failure.message(let message) {
            throw InputError(.invalidArgument, message, at: .commandLine(argument))
        }
        target = .map(entries, mapLocation)
    }

    /// The text of the assignment starting at the current position, found by
    /// parsing it once into a scratch map (syntax never depends on the data).
    private func nextAssignmentText() -> String {
        var probe = self
        var scratch: Entries = []
        _ = try? probe.key(&scratch, nestedNameLevel: 0)
        var text = scalars[index..<max(index, probe.index)]
        if text.last == ",", text.dropLast().last != "\\" { text = text.dropLast() }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text)
        return text.isEmpty ? argument : String(view)
    }

    // MARK: Helm's grammar

    private mutating func key(_ data: inout Entries, nestedNameLevel: Int) throws {
        let (runes, last) = try runesUntil(["=", "[", ",", "."], endOfInput: { runes in
            if runes.isEmpty { return .endOfInput }
            return .message("key \"\(runes)\" has no value")
        })
        switch last {
        case "[":
            let index: Int
            do {
                index = try keyIndex()
            } catch Failure.endOfInput {
                throw Failure.message("error parsing index: unexpected end of input")
            }
            var list: [SetTarget] = []
            var listLocation = location
            if let existing = Self.value(runes, in: data) {
                guard case .list(let items, let existingLocation) = existing else {
                    throw Failure.message("key \"\(runes)\" is \(existing.typeDescription), not a list")
                }
                list = items
                listLocation = existingLocation
            }
            do {
                let updated = try listItem(list, index: index, nestedNameLevel: nestedNameLevel)
                set(&data, runes, .list(updated, listLocation))
            } catch Failure.endOfInput {
                // Helm stores the list it had (or a new empty one) and stops.
                set(&data, runes, .list(list, listLocation))
                throw Failure.endOfInput
            }
        case "=":
            set(&data, runes, try assignedValue())
        case ",":
            throw Failure.message("key \"\(runes)\" has no value (cannot end with ,)")
        default: // "."
            let level = nestedNameLevel + 1
            if level > Self.maxNestedNameLevel {
                throw Failure.message("value name nested level is greater than maximum supported nested level of \(Self.maxNestedNameLevel)")
            }
            var inner: Entries = []
            var innerLocation = location
            if let existing = Self.value(runes, in: data) {
                guard case .map(let entries, let existingLocation) = existing else {
                    throw Failure.message("key \"\(runes)\" is \(existing.typeDescription), not a map")
                }
                inner = entries
                innerLocation = existingLocation
            }
            var reachedEnd = false
            do {
                try key(&inner, nestedNameLevel: level)
            } catch Failure.endOfInput {
                reachedEnd = true
            }
            if !reachedEnd && inner.isEmpty {
                throw Failure.message("key map \"\(runes)\" has no value")
            }
            if !inner.isEmpty { set(&data, runes, .map(inner, innerLocation)) }
            if reachedEnd { throw Failure.endOfInput }
        }
    }

    private mutating func listItem(_ list: [SetTarget], index: Int, nestedNameLevel: Int) throws -> [SetTarget] {
        if index < 0 { throw Failure.message("negative \(index) index not allowed") }
        let (runes, last) = try runesUntil(["[", ".", "="], endOfInput: { runes in
            runes.isEmpty ? .endOfInput : .message("unexpected data at end of array index: \"\(runes)\"")
        })
        if !runes.isEmpty { throw Failure.message("unexpected data at end of array index: \"\(runes)\"") }
        switch last {
        case "=":
            return try setIndex(list, index, try assignedValue())
        case "[":
            listDepth += 1
            defer { listDepth -= 1 }
            if listDepth > Self.maxListDepth {
                throw Failure.message("lists nested deeper than \(Self.maxListDepth) levels")
            }
            let nextIndex: Int
            do {
                nextIndex = try keyIndex()
            } catch Failure.endOfInput {
                throw Failure.message("error parsing index: unexpected end of input")
            }
            var current: [SetTarget] = []
            var currentLocation = location
            if list.count > index {
                guard case .list(let items, let existingLocation) = list[index] else {
                    throw Failure.message("index \(index) is \(list[index].typeDescription), not a list")
                }
                current = items
                currentLocation = existingLocation
            }
            let nested = try listItem(current, index: nextIndex, nestedNameLevel: nestedNameLevel)
            return try setIndex(list, index, .list(nested, currentLocation))
        default: // "."
            var inner: Entries = []
            var innerLocation = location
            if list.count > index, case .map(let entries, let existingLocation) = list[index] {
                inner = entries
                innerLocation = existingLocation
            }
            try key(&inner, nestedNameLevel: nestedNameLevel)
            return try setIndex(list, index, .map(inner, innerLocation))
        }
    }

    /// After `=`: a `{a,b}` list, or one value up to the next comma.
    private mutating func assignedValue() throws -> SetTarget {
        guard let first = read() else { return typed("") }
        guard first == "{" else {
            index -= 1
            let (runes, _) = try runesUntil([","], endOfInput: { _ in nil })
            return typed(runes)
        }
        var items: [SetTarget] = []
        while true {
            let (runes, last) = try runesUntil([",", "}"], endOfInput: { _ in
                .message("list must terminate with '}'")
            })
            items.append(typed(runes))
            if last == "}" {
                if let next = read(), next != "," { index -= 1 }
                return .list(items, location)
            }
        }
    }

    private mutating func keyIndex() throws -> Int {
        let (runes, _) = try runesUntil(["]"], endOfInput: { _ in .endOfInput })
        guard let index = Int(runes) else {
            throw Failure.message("error parsing index: \"\(runes)\" is not an integer")
        }
        return index
    }

    private func setIndex(_ list: [SetTarget], _ index: Int, _ value: SetTarget) throws -> [SetTarget] {
        if index < 0 { throw Failure.message("negative \(index) index not allowed") }
        if index > Self.maxIndex {
            throw Failure.message("index of \(index) is greater than maximum supported index of \(Self.maxIndex)")
        }
        var list = list
        while list.count <= index { list.append(.node(Node(.null, at: location))) }
        list[index] = value
        return list
    }

    /// Helm's `typedVal`: `--set` typing, not YAML's.
    private func typed(_ text: String) -> SetTarget {
        let lowered = text.lowercased()
        let value: Node.Value
        if lowered == "true" {
            value = .bool(true)
        } else if lowered == "false" {
            value = .bool(false)
        } else if lowered == "null" {
            value = .null
        } else if text == "0" {
            value = .number(0)
        } else if let first = text.first, first != "0", let integer = Int64(text) {
            value = .number(Double(integer))
        } else {
            value = .string(text)
        }
        return .node(Node(value, at: location))
    }

    // MARK: Scanning

    private mutating func read() -> Unicode.Scalar? {
        guard index < scalars.count else { return nil }
        defer { index += 1 }
        return scalars[index]
    }

    /// Reads up to (and consuming) a stop character; a backslash makes the
    /// next character literal. At the end of input, `endOfInput` decides:
    /// a failure to throw, or nil to return what was read.
    private mutating func runesUntil(_ stop: Set<Unicode.Scalar>, endOfInput: (String) -> Failure?) throws -> (String, Unicode.Scalar?) {
        var runes = String.UnicodeScalarView()
        while true {
            guard let scalar = read() else {
                if let failure = endOfInput(String(runes)) { throw failure }
                return (String(runes), nil)
            }
            if stop.contains(scalar) { return (String(runes), scalar) }
            if scalar == "\\" {
                guard let next = read() else {
                    if let failure = endOfInput(String(runes)) { throw failure }
                    return (String(runes), nil)
                }
                runes.append(next)
            } else {
                runes.append(scalar)
            }
        }
    }

    private static func value(_ key: String, in data: Entries) -> SetTarget? {
        data.first(where: { $0.key == key })?.value
    }

    /// Helm's `set`: an empty key sets nothing.
    private func set(_ data: inout Entries, _ key: String, _ value: SetTarget) {
        guard !key.isEmpty else { return }
        if let index = data.firstIndex(where: { $0.key == key }) {
            data[index].value = value
        } else {
            data.append((key, location, value))
        }
    }
}
