/// Reads YAML 1.2 streams into representation trees (`YAMLNode`), without
/// resolving scalars: `YAMLLoader` does that, with Helm's or the core schema.
public enum YAMLReader {
    /// Every document of the stream.
    public static func parseStream(_ bytes: [UInt8], file: String, limits: ReaderLimits = .standard) throws -> [YAMLDocument] {
        var parser = YAMLParser(input: try YAMLInput(bytes, file: file, limits: limits), limits: limits)
        var documents: [YAMLDocument] = []
        while let document = try parser.nextTreeDocument() {
            documents.append(document)
        }
        return documents
    }

    /// Only the first document; the rest of the stream is not parsed (Helm never sees a broken second document).
    /// nil for an empty stream (only comments/whitespace).
    public static func parseFirstDocument(_ bytes: [UInt8], file: String, limits: ReaderLimits = .standard) throws -> YAMLDocument? {
        let input = try YAMLInput(bytes, file: file, limits: limits, truncatingAtInvalidCharacter: true)
        var parser = YAMLParser(input: input, limits: limits)
        let document: YAMLDocument?
        do {
            document = try parser.nextTreeDocument()
        } catch {
            throw input.encodingError ?? error
        }
        // Bad bytes after the first document do not matter, as long as a
        // '---' or '...' before them proves where the document ends.
        if let encodingError = input.encodingError, !parser.previousDocumentEndedWithMarker {
            throw encodingError
        }
        return document
    }

    /// Every document of a piece of a larger file that starts at the beginning
    /// of line `firstLine`: marks carry the file's lines (columns are the
    /// file's too, as the piece starts a line). Also says whether an alias was read.
    static func parsePiece(_ bytes: UnsafeBufferPointer<UInt8>, file: String, firstLine: Int,
                           limits: ReaderLimits) throws -> (documents: [YAMLDocument], sawAlias: Bool) {
        var parser = YAMLParser(input: try YAMLInput(piece: bytes, file: file, firstLine: firstLine, limits: limits), limits: limits)
        var documents: [YAMLDocument] = []
        while let document = try parser.nextTreeDocument() {
            documents.append(document)
        }
        return (documents, parser.sawAlias)
    }

    /// The documents of a piece of a larger file (see `parsePiece`), loaded
    /// with Helm's resolution and keeping only what `filter` keeps
    /// (`HelmFilteredSink`). Throws `HelmFilteredSink.Unsupported` for what
    /// only the tree and `YAMLLoader` handle (anchors, aliases, tags, merge keys).
    static func loadFilteredPiece(_ bytes: UnsafeBufferPointer<UInt8>, file: String, firstLine: Int, filter: NodeFilter,
                                  limits: ReaderLimits) throws -> [Node] {
        let input = try YAMLInput(piece: bytes, file: file, firstLine: firstLine, limits: limits)
        var parser = YAMLParser(input: input, limits: limits, sink: HelmFilteredSink(file: file, filter: filter, limits: limits))
        var documents: [Node] = []
        while let (root, _) = try parser.nextDocument() {
            guard case .node(let node) = root else { throw HelmFilteredSink.Unsupported() }
            documents.append(node)
        }
        return documents
    }
}
