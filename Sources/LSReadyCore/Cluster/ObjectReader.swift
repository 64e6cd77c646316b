/// A value inside an object being read, with its path for messages. A field
/// is `broken` when something on the way to it had the wrong type: its facts
/// are then unknown, not absent.
struct Field: Sendable, Equatable {
    enum State: Sendable, Equatable {
        case absent
        case present(Node)
        case broken
    }

    var state: State
    var path: String

    var node: Node? {
        if case .present(let node) = state { return node }
        return nil
    }
}

/// Reads typed facts out of one object's nodes, turning every wrong type or
/// unreadable value into `.unknown` plus one warning naming the object, the
/// field and the file. It never throws and never traps: a dump is evidence,
/// and one bad field must not hide the rest of it.
struct ObjectReader {
    let file: String
    let reference: String
    let objectLocation: SourceLocation
    private(set) var warnings: [ClusterWarning] = []
    private var reportedPaths: Set<String> = []

    init(file: String, reference: String, objectLocation: SourceLocation) {
        self.file = file
        self.reference = reference
        self.objectLocation = objectLocation
    }

    // MARK: Navigation

    func root(_ node: Node) -> Field { Field(state: .present(node), path: "") }

    /// The field at a dotted key path below `base` (`spec.storageClassName`).
    mutating func field(_ base: Field, _ keyPath: String) -> Field {
        var current = base
        for key in keyPath.split(separator: ".") {
            let path = current.path.isEmpty ? String(key) : "\(current.path).\(key)"
            switch current.state {
            case .absent, .broken:
                current = Field(state: current.state, path: path)
            case .present(let node):
                if node.isNull {
                    current = Field(state: .absent, path: path)
                } else if node.entries != nil {
                    let child = node[String(key)]
                    current = Field(state: child.map { $0.isNull ? .absent : .present($0) } ?? .absent, path: path)
                } else {
                    report(current.path, "is \(node.typeDescription), expected a map", at: node)
                    current = Field(state: .broken, path: path)
                }
            }
        }
        return current
    }

    // MARK: Scalars

    mutating func string(_ field: Field) -> Fact<String?> {
        switch field.state {
        case .absent: return .known(nil)
        case .broken: return .unknown
        case .present(let node):
            if let text = node.string { return .known(text) }
            report(field.path, "is \(node.typeDescription), expected a string", at: node)
            return .unknown
        }
    }

    /// A string that must be there for the fact to mean anything (a condition's `type`).
    mutating func requiredString(_ field: Field) -> Fact<String> {
        switch string(field) {
        case .known(let text?): return .known(text)
        case .known(nil):
            report(field.path, "is missing", at: nil)
            return .unknown
        case .unknown: return .unknown
        }
    }

    mutating func bool(_ field: Field) -> Fact<Bool?> {
        switch field.state {
        case .absent: return .known(nil)
        case .broken: return .unknown
        case .present(let node):
            if let flag = node.bool { return .known(flag) }
            report(field.path, "is \(node.typeDescription), expected a boolean", at: node)
            return .unknown
        }
    }

    /// A non-negative whole number (replicas, restart counts, IOPS).
    mutating func count(_ field: Field) -> Fact<Int?> {
        switch field.state {
        case .absent: return .known(nil)
        case .broken: return .unknown
        case .present(let node):
            if let number = node.number, number >= 0, number.rounded() == number, number < 1e15 {
                return .known(Int(number))
            }
            let shown = node.number.map { "\(ObjectReader.quoted(ObjectReader.numberText($0))) is not a non-negative whole number" }
            report(field.path, shown ?? "is \(node.typeDescription), expected a number", at: node)
            return .unknown
        }
    }

    // MARK: Quantities

    mutating func millicores(_ field: Field) -> Fact<Int64?> {
        quantity(field) { $0.millicores }
    }

    mutating func bytes(_ field: Field) -> Fact<Int64?> {
        quantity(field) { $0.bytes }
    }

    private mutating func quantity(_ field: Field, _ convert: (KubernetesQuantity) -> Int64?) -> Fact<Int64?> {
        switch field.state {
        case .absent: return .known(nil)
        case .broken: return .unknown
        case .present(let node):
            let parsed: KubernetesQuantity?
            let shown: String
            switch node.value {
            case .string(let text):
                parsed = KubernetesQuantity(text)
                shown = text
            case .number(let number):
                parsed = KubernetesQuantity(number: number)
                shown = ObjectReader.numberText(number)
            default:
                report(field.path, "is \(node.typeDescription), expected a quantity", at: node)
                return .unknown
            }
            if let parsed, let converted = convert(parsed) { return .known(converted) }
            report(field.path, "\(ObjectReader.quoted(shown)) is not a quantity", at: node)
            return .unknown
        }
    }

    // MARK: Collections

    /// A list's elements as fields (`spec.containers[0]`); absent is an empty list.
    mutating func list(_ field: Field) -> Fact<[Field]> {
        switch field.state {
        case .absent: return .known([])
        case .broken: return .unknown
        case .present(let node):
            guard let items = node.items else {
                report(field.path, "is \(node.typeDescription), expected a list", at: node)
                return .unknown
            }
            return .known(items.enumerated().map { index, item in
                Field(state: item.isNull ? .absent : .present(item), path: "\(field.path)[\(index)]")
            })
        }
    }

    /// Reads every element of a list; one unreadable element makes the whole list unknown.
    mutating func each<Element>(_ field: Field, _ read: (inout ObjectReader, Field) -> Fact<Element>) -> Fact<[Element]> {
        guard let fields = list(field).value else { return .unknown }
        var elements: [Element] = []
        var complete = true
        for element in fields {
            switch read(&self, element) {
            case .known(let value): elements.append(value)
            case .unknown: complete = false
            }
        }
        return complete ? .known(elements) : .unknown
    }

    /// A map of strings (labels, annotations, StorageClass parameters); absent is empty.
    mutating func stringMap(_ field: Field) -> Fact<[String: String]> {
        switch field.state {
        case .absent: return .known([:])
        case .broken: return .unknown
        case .present(let node):
            guard let entries = node.entries else {
                report(field.path, "is \(node.typeDescription), expected a map", at: node)
                return .unknown
            }
            var map: [String: String] = [:]
            for entry in entries {
                guard let text = entry.value.string else {
                    report(ObjectReader.path(field.path, key: entry.key), "is \(entry.value.typeDescription), expected a string", at: entry.value)
                    return .unknown
                }
                map[entry.key] = text
            }
            return .known(map)
        }
    }

    /// A mapping element that must be a map (a container, a condition).
    mutating func requireMap(_ field: Field) -> Bool {
        guard let node = field.node else {
            if case .absent = field.state { report(field.path, "is null, expected a map", at: nil) }
            return false
        }
        guard node.entries != nil else {
            report(field.path, "is \(node.typeDescription), expected a map", at: node)
            return false
        }
        return true
    }

    mutating func conditions(_ field: Field) -> Fact<[KubeCondition]> {
        each(field) { reader, element in
            guard reader.requireMap(element) else { return .unknown }
            guard let type = reader.requiredString(reader.field(element, "type")).value,
                  let status = reader.requiredString(reader.field(element, "status")).value else { return .unknown }
            let reason = reader.string(reader.field(element, "reason"))
            let message = reader.string(reader.field(element, "message"))
            return .known(KubeCondition(type: type, status: status, reason: reason.present, message: message.present))
        }
    }

    // MARK: Warnings

    /// Records one warning per field path, however many facts depended on it.
    mutating func report(_ path: String, _ problem: String, at node: Node?) {
        let shownPath = path.isEmpty ? "the object" : path
        guard reportedPaths.insert(shownPath).inserted else { return }
        warnings.append(ClusterWarning(file: file, object: reference,
                                       message: "\(shownPath) \(problem); its facts are unknown",
                                       location: node?.location ?? objectLocation))
    }

    /// `metadata.annotations["storageclass.kubernetes.io/is-default-class"]`:
    /// a key with dots or slashes is bracketed, so the path stays readable.
    static func path(_ base: String, key: String) -> String {
        key.contains(where: { $0 == "." || $0 == "/" }) ? "\(base)[\"\(key)\"]" : "\(base).\(key)"
    }

    /// `3`, not `3.0`, for whole numbers: as the user wrote them.
    static func numberText(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
        return String(describing: number)
    }

    /// A value quoted for a message, cut short: a malformed field can be long.
    static func quoted(_ text: String) -> String {
        let limit = 40
        return text.count > limit ? "\"\(text.prefix(limit))…\"" : "\"\(text)\""
    }
}
