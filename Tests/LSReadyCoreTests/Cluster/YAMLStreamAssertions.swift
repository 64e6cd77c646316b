import XCTest
@testable import LSReadyCore

/// The comparison of the streamed YAML path with the strict reader, shared by
/// the fixture and hand-written shape tests.
enum YAMLStreamAssertions {
    static func strictInventory(_ bytes: [UInt8], file: String, limits: ReaderLimits = .standard) -> Result<ClusterInventory, InputError> {
        do {
            let documents = try YAMLReader.parseStream(bytes, file: file, limits: limits)
                .map { try YAMLLoader.load($0, schema: .helm, limits: limits) }
                .filter { !$0.isNull }
            return .success(ClusterInventory.build(from: documents.map { ClusterDocument(file: file, node: $0) }))
        } catch let error as InputError {
            return .failure(error)
        } catch {
            XCTFail("\(file): \(error)")
            return .failure(InputError(.syntax, "\(error)", at: .file(file)))
        }
    }

    /// The streamed inventory, or nil when the streaming reader declined (having added nothing).
    static func streamedInventory(_ bytes: [UInt8], file: String, limits: ReaderLimits = .standard,
                                   requireObject: Bool = false) -> ClusterInventory? {
        var reader = ClusterEvidenceReader()
        let streamed = bytes.withUnsafeBufferPointer {
            reader.addStreamedYAML($0, file: file, limits: limits, requireObject: requireObject)
        }
        guard streamed else {
            XCTAssertEqual(reader.inventory, ClusterInventory(), "\(file): declined, but added objects")
            return nil
        }
        return reader.inventory
    }

    /// Streamed (when taken) and strict agree; a file the strict reader rejects
    /// is declined, and `addYAML` gives the strict reader's inventory or error.
    static func assertSameInventory(_ bytes: [UInt8], name: String, streams: Bool? = nil, limits: ReaderLimits = .standard,
                                     file: StaticString = #filePath, line: UInt = #line) {
        let strict = strictInventory(bytes, file: name, limits: limits)
        let streamed = streamedInventory(bytes, file: name, limits: limits)
        if let streams {
            XCTAssertEqual(streamed != nil, streams, "\(name): \(streams ? "not streamed" : "streamed")", file: file, line: line)
        }
        switch strict {
        case .success(let inventory):
            if let streamed {
                XCTAssertEqual(streamed, inventory, "\(name): the streamed inventory differs", file: file, line: line)
                if streamed != inventory {
                    for (a, b) in zip(streamed.warnings, inventory.warnings) where a != b { print("streamed: \(a)\nstrict:   \(b)") }
                }
            }
        case .failure(let error):
            XCTAssertNil(streamed, "\(name): streamed, but the strict reader rejects it: \(error)", file: file, line: line)
        }
        var reader = ClusterEvidenceReader()
        do {
            try reader.addYAML(bytes, file: name, limits: limits)
            XCTAssertEqual(reader.inventory, try? strict.get(), "\(name): addYAML", file: file, line: line)
        } catch {
            XCTAssertEqual(error as? InputError, strict.failure, "\(name): addYAML's error", file: file, line: line)
        }
        // Claimed as cluster evidence only when the strict classification would say so.
        if streamedInventory(bytes, file: name, limits: limits, requireObject: true) != nil {
            XCTAssertTrue(firstDocumentHasObjectKeys(bytes, limits: limits), "\(name): claimed a file that is not evidence", file: file, line: line)
        }
    }

    static func firstDocumentHasObjectKeys(_ bytes: [UInt8], limits: ReaderLimits) -> Bool {
        guard let first = try? YAMLReader.parseStream(bytes, file: "x", limits: limits).first,
              case .mapping(let pairs) = first.root.content else { return false }
        let keys = pairs.compactMap { pair -> String? in
            if case .scalar(let text, _) = pair.key.content { return text }
            return nil
        }
        return keys.contains("apiVersion") && keys.contains("kind")
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
