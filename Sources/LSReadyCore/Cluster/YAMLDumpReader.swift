/// Reads a YAML cluster dump piece by piece (`YAMLDumpSplitter`) into an
/// inventory: each document, or each entry of a `List`'s `items`, is parsed
/// by the YAML reader, loaded with Helm's resolver, handed to the builder and
/// dropped, so that no tree of the whole dump is ever held.
///
/// It throws whenever its result could differ from the strict reader's on
/// the whole file: a piece that does not parse or load, or parses to
/// something other than its role says; aliases in a `List` (go-yaml's alias
/// guard counts a whole document); keys of a `List` that repeat or merge; a
/// document with `items` that turns out not to be a `List`. The caller then
/// reads the file strictly, and its documents or error are the answer.
struct YAMLDumpReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    let limits: ReaderLimits
    /// The pieces of a `List` are one collection level shallower than in the
    /// whole document (an entry is not inside the `List`'s mapping and its
    /// `items`): one level less keeps them within the strict reader's limit.
    let listLimits: ReaderLimits
    /// Whether the first document must have `apiVersion` and `kind` keys, as
    /// a file must whose kind is decided by its content (`InputDocumentReader`).
    let requireObject: Bool

    private var documentCount = 0
    /// Objects loaded whole, not filtered (no kind seen, anchors, tags...): tests check kubectl's dumps have none.
    private(set) var objectsLoadedWhole = 0
    private var sawFirstDocument = false
    private var list: OpenList?
    /// The filter of a piece of entries, per filter of an entry.
    private var entryFilters: [ObjectIdentifier: NodeFilter] = [:]

    /// The `List` being read: its head's keys, as written and as loaded.
    private struct OpenList {
        var writtenKeys: [String]
        var entries: [Node.Entry]
        var isFirstDocument: Bool
    }

    private typealias Unsure = YAMLDumpSplitter.Unsure

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, limits: ReaderLimits, requireObject: Bool) {
        self.bytes = bytes
        self.file = file
        self.limits = limits
        var listLimits = limits
        listLimits.maxDepth = Swift.max(1, limits.maxDepth - 1)
        self.listLimits = listLimits
        self.requireObject = requireObject
    }

    /// - Parameter consumed: called with an offset before which the bytes will not be read again.
    mutating func read(into builder: inout ClusterInventoryBuilder, consumed: ((Int) -> Void)?) throws {
        var splitter = YAMLDumpSplitter(bytes)
        while let piece = try splitter.next() {
            switch piece.role {
            case .documents: try readDocuments(piece, into: &builder)
            case .listHead: try readHead(piece)
            case .listItems: try readItems(piece, into: &builder)
            case .listTail: try readTail(piece, into: &builder)
            }
            consumed?(piece.range.upperBound)
        }
        // No document at all: a file classified by content is then values, not evidence.
        if requireObject && !sawFirstDocument { throw Unsure() }
    }

    private mutating func readDocuments(_ piece: YAMLDumpSplitter.Piece, into builder: inout ClusterInventoryBuilder) throws {
        if let objects = readFilteredDocuments(piece) {
            for object in objects {
                try countDocument()
                // Checked: each has string `kind` and `apiVersion` keys, so the first is an object.
                sawFirstDocument = true
                builder.noteFile(file)
                builder.add(object, file: file, listDepth: 0)
            }
            return
        }
        let documents = try parse(piece, limits: limits).documents
        for document in documents {
            try countDocument()
            if !sawFirstDocument {
                sawFirstDocument = true
                if requireObject, case .mapping(let pairs) = document.root.content {
                    guard hasObjectKeys(writtenKeys(pairs)) else { throw Unsure() }
                } else if requireObject {
                    throw Unsure()
                }
            }
            let node = try YAMLLoader.load(document, schema: .helm, limits: limits)
            if !node.isNull {
                objectsLoadedWhole += 1
                builder.noteFile(file)
                builder.add(node, file: file, listDepth: 0)
            }
        }
    }

    private mutating func readHead(_ piece: YAMLDumpSplitter.Piece) throws {
        let (documents, sawAlias) = try parse(piece, limits: listLimits)
        guard !sawAlias, documents.count == 1, let root = documents.first?.root, isBlockMapping(root),
              root.location.column == 1, case .mapping(let pairs) = root.content, hasPlainKeys(pairs),
              let last = pairs.last, case .scalar("items", .plain) = last.key.content,
              last.key.location.line == piece.marker, last.key.location.column == 1,
              case .scalar("", .plain) = last.value.content, last.value.tag == nil, last.value.anchor == nil
        else { throw Unsure() }
        try countDocument()
        let isFirstDocument = !sawFirstDocument
        sawFirstDocument = true
        let node = try YAMLLoader.load(documents[0], schema: .helm, limits: listLimits)
        guard let entries = node.entries, entries.count == pairs.count else { throw Unsure() }
        list = OpenList(writtenKeys: writtenKeys(pairs), entries: entries, isFirstDocument: isFirstDocument)
    }

    private mutating func readItems(_ piece: YAMLDumpSplitter.Piece, into builder: inout ClusterInventoryBuilder) throws {
        guard list != nil else { throw Unsure() }
        if let items = readFilteredItems(piece) {
            for item in items {
                builder.noteFile(file)
                builder.add(item, file: file, listDepth: 1)
            }
            return
        }
        let (documents, sawAlias) = try parse(piece, limits: listLimits)
        guard !sawAlias, documents.count == 1, let root = documents.first?.root, case .sequence = root.content,
              !root.isFlow, root.tag == nil, root.anchor == nil,
              root.location.line == piece.firstLine, root.location.column == piece.marker + 1
        else { throw Unsure() }
        let node = try YAMLLoader.load(documents[0], schema: .helm, limits: listLimits)
        guard let items = node.items else { throw Unsure() }
        objectsLoadedWhole += items.count
        for item in items {
            builder.noteFile(file)
            builder.add(item, file: file, listDepth: 1)
        }
    }

    /// The entries of a piece loaded with only the fields the inventory reads
    /// (`ClusterFieldFilter`), chosen by the `kind` and `apiVersion` the
    /// splitter saw and checked against the loaded ones; nil when the piece
    /// has to be loaded whole (no guess, a wrong one, anchors or tags, an error).
    private mutating func readFilteredItems(_ piece: YAMLDumpSplitter.Piece) -> [Node]? {
        guard let (kind, apiVersion, itemFilter) = guessedFilter(piece) else { return nil }
        let filter: NodeFilter
        if let cached = entryFilters[ObjectIdentifier(itemFilter)] {
            filter = cached
        } else {
            filter = .each(itemFilter)
            entryFilters[ObjectIdentifier(itemFilter)] = filter
        }
        guard let documents = try? YAMLReader.loadFilteredPiece(text(of: piece), file: file,
                                                                firstLine: piece.firstLine, filter: filter, limits: listLimits),
              documents.count == 1, let root = documents.first, let items = root.items,
              root.location.line == piece.firstLine, root.location.column == piece.marker + 1,
              items.allSatisfy({ $0["kind"]?.string == kind && $0["apiVersion"]?.string == apiVersion })
        else { return nil }
        return items
    }

    /// The documents of a piece loaded as `readFilteredItems` loads entries.
    private func readFilteredDocuments(_ piece: YAMLDumpSplitter.Piece) -> [Node]? {
        guard let (kind, apiVersion, filter) = guessedFilter(piece),
              let documents = try? YAMLReader.loadFilteredPiece(text(of: piece), file: file,
                                                                firstLine: piece.firstLine, filter: filter, limits: limits),
              !documents.isEmpty,
              documents.allSatisfy({ $0["kind"]?.string == kind && $0["apiVersion"]?.string == apiVersion })
        else { return nil }
        return documents
    }

    /// What `ClusterFieldFilter` keeps of an object of the kind the splitter saw.
    private func guessedFilter(_ piece: YAMLDumpSplitter.Piece) -> (kind: String, apiVersion: String, filter: NodeFilter)? {
        guard let kind = piece.kindText.flatMap(plainWord), let apiVersion = piece.apiVersionText.flatMap(plainWord),
              case .byKind(let choose) = ClusterFieldFilter.object.mode else { return nil }
        return (kind, apiVersion, choose(kind, apiVersion))
    }

    /// The text of a one-word plain scalar (letters, digits, `.`, `/`, `-`,
    /// `_`); whether it loads as that very string is checked after loading.
    private func plainWord(_ range: Range<Int>) -> String? {
        for byte in bytes[range] where !(Byte.isAlphanumeric(byte) || byte == Byte.dot || byte == Byte.slash || byte == Byte.minus || byte == Byte.underscore) {
            return nil
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Ends the `List`: its keys after `items`, then the checks that it is one.
    private mutating func readTail(_ piece: YAMLDumpSplitter.Piece, into builder: inout ClusterInventoryBuilder) throws {
        guard let open = list else { throw Unsure() }
        list = nil
        let (documents, sawAlias) = try parse(piece, limits: listLimits)
        guard !sawAlias, documents.count <= 1 else { throw Unsure() }
        var keys = open.writtenKeys
        var entries = open.entries
        if let document = documents.first {
            let root = document.root
            guard isBlockMapping(root), root.location.line == piece.firstLine, root.location.column == 1,
                  case .mapping(let pairs) = root.content, hasPlainKeys(pairs) else { throw Unsure() }
            let node = try YAMLLoader.load(document, schema: .helm, limits: listLimits)
            guard let tail = node.entries, tail.count == pairs.count else { throw Unsure() }
            keys += writtenKeys(pairs)
            entries += tail
        }
        guard Set(entries.map(\.key)).count == entries.count else { throw Unsure() }
        if requireObject && open.isFirstDocument && !hasObjectKeys(keys) { throw Unsure() }
        // What the builder would do with the whole document: its items are already in.
        let whole = Node(.mapping(entries), at: .file(file))
        guard let kind = whole["kind"]?.string, whole["apiVersion"]?.string != nil, KubeKind.isList(kind) else { throw Unsure() }
        builder.noteFile(file)
    }

    // MARK: Pieces

    private func parse(_ piece: YAMLDumpSplitter.Piece, limits: ReaderLimits) throws -> (documents: [YAMLDocument], sawAlias: Bool) {
        try YAMLReader.parsePiece(text(of: piece), file: file, firstLine: piece.firstLine, limits: limits)
    }

    /// The bytes of a piece, to parse on their own.
    private func text(of piece: YAMLDumpSplitter.Piece) throws -> UnsafeBufferPointer<UInt8> {
        let start = piece.range.lowerBound
        // Only the stream's first byte may be a byte order mark: read alone, a piece would skip one.
        if start > 0, piece.range.count >= 3, bytes[start] == 0xEF, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF {
            throw Unsure()
        }
        return UnsafeBufferPointer(rebasing: bytes[piece.range])
    }

    private mutating func countDocument() throws {
        documentCount += 1
        if documentCount > limits.maxDocuments { throw Unsure() }
    }

    private func isBlockMapping(_ node: YAMLNode) -> Bool {
        guard case .mapping = node.content else { return false }
        return !node.isFlow && node.tag == nil && node.anchor == nil
    }

    /// Keys that are untagged scalars and not merge keys: the loaded mapping
    /// then has one entry per key, unless a key repeats.
    private func hasPlainKeys(_ pairs: [YAMLPair]) -> Bool {
        pairs.allSatisfy { pair in
            guard case .scalar(let text, _) = pair.key.content else { return false }
            return pair.key.tag == nil && pair.key.anchor == nil && text != "<<"
        }
    }

    /// The keys as written (before Helm stringifies them), as `InputDocumentReader` classifies a file by them.
    private func writtenKeys(_ pairs: [YAMLPair]) -> [String] {
        pairs.compactMap { pair in
            if case .scalar(let text, _) = pair.key.content { return text }
            return nil
        }
    }

    private func hasObjectKeys(_ keys: [String]) -> Bool {
        keys.contains("apiVersion") && keys.contains("kind")
    }
}
