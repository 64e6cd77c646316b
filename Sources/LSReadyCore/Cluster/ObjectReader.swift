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
    /// The path is kept in two parts and joined only when a message needs
    /// it: every fact of every object goes through a Field, few warn.
    private var pathBase: String
    private var pathTail: Substring

    init(state: State, path: String) {
        self.state = state
        pathBase = path
        pathTail = ""
    }

    /// `base.tail`: `tail` a prefix of a key path, usually a literal (no copy).
    init(state: State, base: String, tail: Substring) {
        self.state = state
        pathBase = base
        pathTail = tail
    }

    var path: String {
        if pathTail.isEmpty { return pathBase }
        return pathBase.isEmpty ? String(pathTail) : pathBase + "." + pathTail
    }

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
    /// Runs for every fact of every object: keys are found in the path's
    /// UTF-8 without splitting it, and the field's path is not joined.
    mutating func field(_ base: Field, _ keyPath: String) -> Field {
        let basePath = base.path
        var state = base.state
        let utf8 = keyPath.utf8
        var start = utf8.startIndex
        while true {
            let end = utf8[start...].firstIndex(of: UInt8(ascii: ".")) ?? utf8.endIndex
            if case .present(let node) = state {
                if node.isNull {
                    state = .absent
                } else if node.entries != nil {
                    let child = node[String(keyPath[start..<end])]
                    state = child.map { $0.isNull ? .absent : .present($0) } ?? .absent
                } else {
                    let parent = Field(state: state, base: basePath, tail: keyPath[utf8.startIndex..<start].dropLast())
                    report(parent.path, "is \(node.typeDescription), expected a map", at: node)
                    state = .broken
                }
            }
            guard end < utf8.endIndex else { return Field(state: state, base: basePath, tail: keyPath[...]) }
            start = utf8.index(after: end)
        }
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
        quantity(field, convertsToMillicores: true) { $0.millicores }
    }

    mutating func bytes(_ field: Field) -> Fact<Int64?> {
        quantity(field, convertsToMillicores: false) { $0.bytes }
    }

    /// `KubernetesQuantity(text)` converted, for the common forms only: up to
    /// 15 digits and one of the suffixes `"" m k M G T Ki Mi Gi Ti` (whole
    /// results, so no rounding); nil for anything else (the caller then parses it fully).
    static func simpleQuantity(_ text: String, millicores: Bool) -> Int64? {
        var value: Int64 = 0
        var digits = 0
        var suffix: UInt32 = 0
        var suffixLength = 0
        for byte in text.utf8 {
            if suffixLength == 0, byte >= 0x30, byte <= 0x39 {
                value = value * 10 + Int64(byte - 0x30)
                digits += 1
                if digits > 15 { return nil }
            } else {
                suffixLength += 1
                if suffixLength > 2 { return nil }
                suffix = suffix << 8 | UInt32(byte)
            }
        }
        guard digits > 0 else { return nil }
        // The amount in millibase units (thousandths of a core or byte), exact.
        let milli: Int64
        switch suffix {
        case 0: milli = 1000
        case 0x6D: milli = 1 // m
        case 0x6B: milli = 1_000_000 // k
        case 0x4D: milli = 1_000_000_000 // M
        case 0x47: milli = 1_000_000_000_000 // G
        case 0x54: milli = 1_000_000_000_000_000 // T
        case 0x4B69: milli = 1000 << 10 // Ki
        case 0x4D69: milli = 1000 << 20 // Mi
        case 0x4769: milli = 1000 << 30 // Gi
        case 0x5469: milli = 1000 << 40 // Ti
        default: return nil
        }
        let (product, overflow) = value.multipliedReportingOverflow(by: milli)
        guard !overflow else { return nil }
        if millicores { return product }
        // Bytes round up, as KubernetesQuantity does.
        return product / 1000 + (product % 1000 == 0 ? 0 : 1)
    }

    private mutating func quantity(_ field: Field, convertsToMillicores: Bool, _ convert: (KubernetesQuantity) -> Int64?) -> Fact<Int64?> {
        switch field.state {
        case .absent: return .known(nil)
        case .broken: return .unknown
        case .present(let node):
            let parsed: KubernetesQuantity?
            let shown: String
            switch node.value {
            case .string(let text):
                // Most quantities are whole numbers with a common suffix ("500m", "2Gi"): exact without Decimal.
                if let amount = Self.simpleQuantity(text, millicores: convertsToMillicores) { return .known(amount) }
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
