/// YAML dumps: streamed piece by piece when the file has kubectl's shapes (a
/// `List`, or documents separated by `---`), read strictly otherwise.
extension ClusterEvidenceReader {
    /// Reads a YAML file of cluster evidence one document, or one `List`
    /// entry, at a time (`YAMLDumpReader`), without a tree of the whole file:
    /// such a dump may be as large as `limits.streamedDump` allows, and the
    /// per-file value count does not apply (each entry keeps the other limits).
    /// When `requireObject` is set, the first document must have `apiVersion`
    /// and `kind` keys, as for a file classified by its content.
    ///
    /// - Returns: false, with nothing added, when the result could differ from
    ///   the strict reader's (an error included): the caller reads the file strictly.
    /// - Parameter consumed: called now and then with an offset before which
    ///   the bytes will not be read again (a memory-mapped caller can give those pages back).
    public mutating func addStreamedYAML(_ bytes: UnsafeBufferPointer<UInt8>, file: String, limits: ReaderLimits = .standard,
                                         requireObject: Bool = false, consumed: ((Int) -> Void)? = nil) -> Bool {
        guard bytes.count <= limits.streamedDump.maxInputBytes else { return false }
        var reader = YAMLDumpReader(bytes: bytes, file: file, limits: limits, requireObject: requireObject)
        var builder = self.builder
        do {
            try reader.read(into: &builder, consumed: consumed)
        } catch {
            return false
        }
        // Past the size of one file and no object in it: not a dump, and too large to read (as before streaming).
        if bytes.count > limits.maxInputBytes && Self.objectCount(builder.inventory) == objectsRead { return false }
        self.builder = builder
        yamlObjectsLoadedWhole += reader.objectsLoadedWhole
        return true
    }

    /// Reads a YAML file of cluster evidence, streamed when it can be, else
    /// with the strict reader (every document, Helm's resolution), whose
    /// documents or error are then the answer.
    public mutating func addYAML(_ bytes: [UInt8], file: String, limits: ReaderLimits = .standard) throws {
        let streamed = bytes.withUnsafeBufferPointer { addStreamedYAML($0, file: file, limits: limits) }
        if streamed { return }
        strictReads += 1
        let documents = try YAMLReader.parseStream(bytes, file: file, limits: limits)
            .map { try YAMLLoader.load($0, schema: .helm, limits: limits) }
        add(documents, file: file)
    }

    private static func objectCount(_ inventory: ClusterInventory) -> Int {
        inventory.objectCount + inventory.skippedKinds.values.reduce(0, +)
    }
}
