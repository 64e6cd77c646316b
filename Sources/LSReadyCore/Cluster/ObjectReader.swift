/// A value inside an object being read: a slot of the reader's tape, and
/// its path for messages. A field is `broken` when something on the way to
/// it had the wrong type: its facts are then unknown, not absent.
struct Field: Sendable, Equatable {
    enum State: Sendable, Equatable {
        case absent
        /// The value's slot in the reader's `ObjectTape`.
        case present(Int)
        case broken
    }

    var state: State
    /// The field's path, as an index into the reader's `pieces`: paths are
    /// joined into text only when a message needs one (every fact of every
    /// object goes through a Field, few warn).
    var path: Int

    var slot: Int? {
        if case .present(let slot) = state { return slot }
        return nil
    }

    var isPresent: Bool { slot != nil }
}

/// Reads typed facts out of one object's tape, turning every wrong type or
/// unreadable value into `.unknown` plus one warning naming the object, the
/// field and the file. It never throws and never traps: a dump is evidence,
/// and one bad field must not hide the rest of it.
struct ObjectReader {
    let file: String
    /// The object's kind and name (`Pod/langsmith-queue-0` in warnings), joined only for a warning.
    let kind: String
    let name: String
    var reference: String { "\(kind)/\(name)" }
    let objectLocation: SourceLocation
    let tape: ObjectTape
    private(set) var warnings: [ClusterWarning] = []
    private var reportedPaths: Set<String> = []

    /// One step of a field's path: `.key` (a dotted key path, or a literal
    /// path when `parent` is -1) or `[index]` after the parent's path.
    struct PathPiece {
        var parent: Int
        var key: String
        var index: Int
    }

    private var pieces: [PathPiece] = []

    /// Swaps the path storage with `storage`, emptied: objects are read one
    /// after another, so one buffer serves them all instead of a few
    /// allocations per object (call once before reading, once after).
    mutating func swapPathStorage(_ storage: inout [PathPiece]) {
        swap(&pieces, &storage)
        pieces.removeAll(keepingCapacity: true)
    }

    init(file: String, kind: String, name: String, objectLocation: SourceLocation, tape: ObjectTape) {
        self.file = file
        self.kind = kind
        self.name = name
        self.objectLocation = objectLocation
        self.tape = tape
    }

    // MARK: Navigation

    /// The object itself (the tape's first value).
    mutating func root() -> Field { Field(state: .present(0), path: piece(-1, "", index: -1)) }

    /// A field whose path is `path` as written (a value read from an annotation).
    mutating func field(_ state: Field.State, path: String) -> Field {
        Field(state: state, path: piece(-1, path, index: -1))
    }

    private mutating func piece(_ parent: Int, _ key: String, index: Int) -> Int {
        pieces.append(PathPiece(parent: parent, key: key, index: index))
        return pieces.count - 1
    }

    /// The field's path as text (`spec.containers[0].resources`).
    func path(_ field: Field) -> String { path(of: field.path) }

    private func path(of index: Int) -> String {
        guard index >= 0 else { return "" }
        let piece = pieces[index]
        let parent = path(of: piece.parent)
        if piece.index >= 0 { return "\(parent)[\(piece.index)]" }
        if piece.key.isEmpty { return parent }
        return parent.isEmpty ? piece.key : parent + "." + piece.key
    }

    /// The field at a dotted key path below `base` (`spec.storageClassName`).
    /// Runs for every fact of every object: keys are found in the path's
    /// UTF-8 without splitting it, and the field's path is not joined.
    mutating func field(_ base: Field, _ keyPath: String) -> Field {
        let (state, brokenAt) = Self.walk(tape, from: base.state, keyPath)
        if let brokenAt {
            // The path up to the value of the wrong type: `spec` of `spec.replicas`.
            let prefix = keyPath.utf8.prefix(max(brokenAt.prefixLength - 1, 0))
            let parent = piece(base.path, String(Substring(prefix)), index: -1)
            report(path(of: parent), "is \(tape.typeDescription(brokenAt.slot)), expected a map", at: brokenAt.slot)
            // Facts below a broken field stay unknown, whatever the rest of the path.
        }
        return Field(state: state, path: piece(base.path, keyPath, index: -1))
    }

    /// Follows `keyPath` from `state`: the state reached, and where a value
    /// of the wrong type broke the way (its slot, and the length of the path
    /// before its key). Static, so the tape is borrowed, not copied, in the closure.
    private static func walk(_ tape: ObjectTape, from state: Field.State, _ keyPath: String)
        -> (state: Field.State, brokenAt: (slot: Int, prefixLength: Int)?) {
        var state = state
        var keyPath = keyPath
        // Key paths are literals: contiguous UTF-8, searched without Substring views.
        let brokenAt: (slot: Int, prefixLength: Int)? = keyPath.withUTF8 { path in
            var start = 0
            while true {
                var end = start
                while end < path.count && path[end] != UInt8(ascii: ".") { end += 1 }
                if case .present(let slot) = state {
                    switch tape.tag(slot) {
                    case .null:
                        state = .absent
                    case .mapping:
                        let child = tape.member(slot, UnsafeBufferPointer(rebasing: path[start..<end]))
                        state = child.map { tape.isNull($0) ? .absent : .present($0) } ?? .absent
                    default:
                        state = .broken
                        return (slot, start)
                    }
                }
                guard end < path.count else { return nil }
                start = end + 1
            }
        }
        return (state, brokenAt)
    }

    /// True when the field is present and holds a member `key` (absent, null or not, or of any type).
    func has(_ field: Field, _ key: String) -> Bool {
        guard let slot = field.slot else { return false }
        var key = key
        return key.withUTF8 { tape.member(slot, $0) } != nil
    }

    /// True when the field is present and a map.
    func isMap(_ field: Field) -> Bool {
        field.slot.map { tape.tag($0) == .mapping } ?? false
    }

    /// Reads `node` (a value decoded from inside a field, such as JSON
    /// written in an annotation) as the field at `path`, with this object's
    /// warnings.
    mutating func reading<Result>(_ node: Node, path: String, _ read: (inout ObjectReader, Field) -> Result) -> Result {
        var inner = ObjectReader(file: file, kind: kind, name: name, objectLocation: objectLocation,
                                 tape: ObjectTape(node, file: file))
        inner.reportedPaths = reportedPaths
        let field = inner.field(.present(0), path: path)
        let result = read(&inner, field)
        for warning in inner.warnings { warnings.append(warning) }
        reportedPaths = inner.reportedPaths
        return result
    }

    // MARK: Scalars

    mutating func string(_ field: Field) -> Fact<String?> {
        switch field.state {
        case .absent: return .known(nil)
        case .broken: return .unknown
        case .present(let slot):
            if let text = tape.string(slot) { return .known(text) }
            report(path(field), "is \(tape.typeDescription(slot)), expected a string", at: slot)
            return .unknown
        }
    }

    /// A string that must be there for the fact to mean anything (a condition's `type`).
    mutating func requiredString(_ field: Field) -> Fact<String> {
        switch string(field) {
        case .known(let text?): return .known(text)
        case .known(nil):
            report(path(field), "is missing", at: nil)
            return .unknown
        case .unknown: return .unknown
        }
    }

    mutating func bool(_ field: Field) -> Fact<Bool?> {
        switch field.state {
        case .absent: return .known(nil)
        case .broken: return .unknown
        case .present(let slot):
            if let flag = tape.bool(slot) { return .known(flag) }
            report(path(field), "is \(tape.typeDescription(slot)), expected a boolean", at: slot)
            return .unknown
        }
    }

    /// A non-negative whole number (replicas, restart counts, IOPS).
    mutating func count(_ field: Field) -> Fact<Int?> {
        switch field.state {
        case .absent: return .known(nil)
        case .broken: return .unknown
        case .present(let slot):
            if let number = tape.number(slot), number >= 0, number.rounded() == number, number < 1e15 {
                return .known(Int(number))
            }
            let shown = tape.number(slot).map { "\(ObjectReader.quoted(ObjectReader.numberText($0))) is not a non-negative whole number" }
            report(path(field), shown ?? "is \(tape.typeDescription(slot)), expected a number", at: slot)
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

    private mutating func quantity(_ field: Field, convertsToMillicores: Bool, _ convert: (KubernetesQuantity) -> Int64?) -> Fact<Int64?> {
        switch field.state {
        case .absent: return .known(nil)
        case .broken: return .unknown
        case .present(let slot):
            let parsed: KubernetesQuantity?
            let shown: String
            switch tape.tag(slot) {
            case .string:
                let text = tape.string(slot)!
                // Most quantities are whole numbers with a common suffix ("500m", "2Gi"): exact without Decimal.
                if let amount = KubernetesQuantity.wholeAmount(text, inMillicores: convertsToMillicores) { return .known(amount) }
                parsed = KubernetesQuantity(text)
                shown = text
            case .number:
                let number = tape.number(slot)!
                parsed = KubernetesQuantity(number: number)
                shown = ObjectReader.numberText(number)
            default:
                report(path(field), "is \(tape.typeDescription(slot)), expected a quantity", at: slot)
                return .unknown
            }
            if let parsed, let converted = convert(parsed) { return .known(converted) }
            report(path(field), "\(ObjectReader.quoted(shown)) is not a quantity", at: slot)
            return .unknown
        }
    }

    // MARK: Collections

    /// A list's elements as fields (`spec.containers[0]`); absent is an empty list.
    mutating func list(_ field: Field) -> Fact<[Field]> {
        switch field.state {
        case .absent: return .known([])
        case .broken: return .unknown
        case .present(let slot):
            guard tape.tag(slot) == .sequence else {
                report(path(field), "is \(tape.typeDescription(slot)), expected a list", at: slot)
                return .unknown
            }
            return .known(tape.children(slot).enumerated().map { index, item in
                Field(state: tape.isNull(item) ? .absent : .present(item), path: piece(field.path, "", index: index))
            })
        }
    }

    /// Reads every element of a list; one unreadable element makes the whole list unknown.
    mutating func each<Element>(_ field: Field, _ read: (inout ObjectReader, Field) -> Fact<Element>) -> Fact<[Element]> {
        let slot: Int
        switch field.state {
        case .absent: return .known([])
        case .broken: return .unknown
        case .present(let present):
            guard tape.tag(present) == .sequence else { return list(field).map { _ in [] } }
            slot = present
        }
        // The elements straight off the tape (`list(_:)` without its array).
        var elements: [Element] = []
        elements.reserveCapacity(tape.slots[slot].count)
        var complete = true
        var child = slot + 1
        var index = 0
        let end = tape.slots[slot].end
        while child < end {
            let element = Field(state: tape.isNull(child) ? .absent : .present(child), path: piece(field.path, "", index: index))
            switch read(&self, element) {
            case .known(let value): elements.append(value)
            case .unknown: complete = false
            }
            child = tape.slots[child].end
            index += 1
        }
        return complete ? .known(elements) : .unknown
    }

    /// A map of strings (labels, annotations, StorageClass parameters); absent is empty.
    mutating func stringMap(_ field: Field) -> Fact<[String: String]> {
        switch field.state {
        case .absent: return .known([:])
        case .broken: return .unknown
        case .present(let slot):
            guard tape.tag(slot) == .mapping else {
                report(path(field), "is \(tape.typeDescription(slot)), expected a map", at: slot)
                return .unknown
            }
            var map: [String: String] = [:]
            map.reserveCapacity(tape.slots[slot].count)
            for member in tape.children(slot) {
                guard let text = tape.string(member) else {
                    report(ObjectReader.path(path(field), key: tape.key(member)), "is \(tape.typeDescription(member)), expected a string", at: member)
                    return .unknown
                }
                map[tape.key(member)] = text
            }
            return .known(map)
        }
    }

    /// A mapping element that must be a map (a container, a condition).
    mutating func requireMap(_ field: Field) -> Bool {
        guard let slot = field.slot else {
            if case .absent = field.state { report(path(field), "is null, expected a map", at: nil) }
            return false
        }
        guard tape.tag(slot) == .mapping else {
            report(path(field), "is \(tape.typeDescription(slot)), expected a map", at: slot)
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
    mutating func report(_ path: String, _ problem: String, at slot: Int?) {
        let shownPath = path.isEmpty ? "the object" : path
        guard reportedPaths.insert(shownPath).inserted else { return }
        warnings.append(ClusterWarning(file: file, object: reference,
                                       message: "\(shownPath) \(problem); its facts are unknown",
                                       location: slot.map { tape.location($0) } ?? objectLocation))
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
