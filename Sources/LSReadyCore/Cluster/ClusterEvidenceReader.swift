import Foundation

/// Builds a `ClusterInventory` straight from the bytes of kubectl dumps,
/// file after file, without keeping document trees: the fast path of
/// `lsready audit` on large dumps. The result is the inventory that
/// `ClusterInventory.build(from:)` gives for the same files' documents
/// (same objects, facts, warnings and order).
///
/// JSON is read by a filtering reader that builds nodes only for the fields
/// the inventory reads (`ClusterFieldFilter`), and hands each item of a
/// `List` over as soon as it is read. Whenever that reader meets something
/// unusual (an error, duplicate `kind` keys, an object that holds `items`
/// but turns out not to be a list...), the file is read again by the strict
/// reader, whose documents or error are then the answer: errors and their
/// locations are exactly the strict reader's. YAML goes the same way, one
/// `List` entry or document at a time (`ClusterEvidenceReader+YAML.swift`).
public struct ClusterEvidenceReader: Sendable {
    var builder = ClusterInventoryBuilder()
    /// Files the fast path handed to the strict reader (tests check the fast path is taken).
    var strictReads = 0
    /// Lists of which another thread read a part (tests check that path is taken).
    private(set) var parallelReads = 0
    /// Lists with at least this many bytes left at their first item are read
    /// by two threads when the machine has more than one core (`ParallelListReader`).
    var parallelThreshold = ProcessInfo.processInfo.activeProcessorCount > 1 ? 8 << 20 : Int.max
    /// About how many bytes each thread takes at a time (`ParallelListReader`'s segments).
    var parallelSegmentBytes = 4 << 20
    /// Tests and fuzzing: the other thread claims its first segment before the caller reads (`ParallelListReader.otherThreadFirst`).
    var parallelOtherThreadFirst = false
    /// Objects of streamed YAML dumps loaded whole instead of filtered (tests check kubectl's shapes are filtered).
    var yamlObjectsLoadedWhole = 0

    public init() {}

    /// Everything read so far.
    public var inventory: ClusterInventory { builder.inventory }

    /// Kubernetes objects read so far, modeled or skipped by kind: how the
    /// caller tells a dump with objects from an empty one or a values file.
    public var objectsRead: Int {
        builder.inventory.objectCount + builder.inventory.skippedKinds.values.reduce(0, +)
    }

    /// Items read so far, objects or not (a malformed item counts through its
    /// warning): what the objects-per-dump limit counts.
    public var itemsRead: Int { objectsRead + builder.inventory.warnings.count }

    /// Adds already-parsed documents of one file (nulls are skipped).
    public mutating func add(_ documents: [Node], file: String) {
        for document in documents where !document.isNull {
            builder.noteFile(file)
            builder.add(document, file: file, listDepth: 0)
        }
    }

    /// Reads a JSON file of cluster evidence (one or more JSON values). When
    /// `requireObject` is set and the first value is not a Kubernetes object
    /// (string `apiVersion` and `kind`), nothing is added and the result is
    /// false: the caller reads the file as values instead.
    public mutating func addJSON(_ bytes: [UInt8], file: String, limits: ReaderLimits = .standard,
                                 requireObject: Bool = false) throws -> Bool {
        try bytes.withUnsafeBufferPointer { try addJSON($0, file: file, limits: limits, requireObject: requireObject) }
    }

    /// - Parameter consumed: called now and then with an offset before which
    ///   the bytes will not be read again (a memory-mapped caller can give those pages back).
    public mutating func addJSON(_ bytes: UnsafeBufferPointer<UInt8>, file: String, limits: ReaderLimits = .standard,
                                 requireObject: Bool = false, consumed: ((Int) -> Void)? = nil) throws -> Bool {
        let streamed = limits.streamedDump
        guard bytes.count <= streamed.maxInputBytes else {
            throw InputError(.sizeLimit, "input is \(bytes.count) bytes, over the limit of \(streamed.maxInputBytes)", at: .file(file))
        }
        do {
            if let accepted = try addFiltered(bytes, file: file, limits: streamed, requireObject: requireObject, consumed: consumed) {
                return accepted
            }
        } catch is FastPathAbort {
        } catch is InputError {
        }
        strictReads += 1
        let documents = try JSONReader.parseSequence(Array(bytes), file: file, limits: limits)
        if requireObject {
            guard let first = documents.first, first["apiVersion"]?.string != nil, first["kind"]?.string != nil else { return false }
        }
        add(documents, file: file)
        return true
    }

    /// The fast path; nil when its result would differ from the strict reader's (the caller then reads strictly).
    private mutating func addFiltered(_ bytes: UnsafeBufferPointer<UInt8>, file: String, limits: ReaderLimits,
                                      requireObject: Bool, consumed: ((Int) -> Void)?) throws -> Bool? {
        var scanner = JSONScanner(bytes: bytes, file: file, maxDepth: limits.maxDepth, limits: limits)
        scanner.tapeProgram = ClusterFieldFilter.program
        var first = true
        var builder = self.builder
        var consistent = true
        let parallel = ParallelListReader(bytes: bytes, file: file, threshold: parallelThreshold, segmentBytes: parallelSegmentBytes,
                                          otherThreadFirst: parallelOtherThreadFirst)
        defer { parallel.finish() }
        scanner.itemStart = { scanner, element in
            let (end, taken) = try parallel.itemStart(&scanner, element: element, into: &builder)
            guard taken else { return false }
            scanner.offset = end
            consumed?(end)
            return true
        }
        do {
        try scanner.parseAllFiltered(ClusterFieldFilter.object, maxValues: limits.maxDocuments, document: { node, streamed in
            if first, requireObject, !(node["apiVersion"]?.string != nil && node["kind"]?.string != nil) {
                throw NotClusterEvidence()
            }
            first = false
            if streamed {
                // The items went to the inventory already: right only for a list the builder would have read.
                guard let kind = node["kind"]?.string, node["apiVersion"]?.string != nil, KubeKind.isList(kind) else {
                    consistent = false
                    throw FastPathAbort()
                }
                builder.noteFile(file)
            } else if !node.isNull {
                builder.noteFile(file)
                builder.add(node, file: file, listDepth: 0)
            }
        }, item: { tape, end in
            builder.noteFile(file)
            // A list inside a list: left to the strict reader.
            guard builder.add(tape) else { throw FastPathAbort() }
            consumed?(end)
        })
        } catch is NotClusterEvidence {
            return false
        }
        guard consistent else { return nil }
        parallelReads += parallel.handedOver
        self.builder = builder
        return true
    }
}

private struct NotClusterEvidence: Error {}
