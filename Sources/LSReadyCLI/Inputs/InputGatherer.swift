import Foundation
import LSReadyCore

/// Reads every input of a command line (CLI.md, "Inputs"), shared by
/// `values` and `audit`. Missing or unreadable paths are `InputError`s
/// naming the path as typed.
public struct InputGatherer: Sendable {
    public var context: CommandContext
    public var limits: ReaderLimits
    /// Build `GatheredInputs.clusterInventory` while reading, instead of
    /// keeping each cluster file's documents: JSON dumps are then read by the
    /// filtering fast path, and no document tree of a large dump is ever held
    /// in memory (what `audit` needs; `values` keeps the documents).
    public var buildsClusterInventory: Bool

    public init(context: CommandContext, limits: ReaderLimits = .standard, buildsClusterInventory: Bool = false) {
        self.context = context
        self.limits = limits
        self.buildsClusterInventory = buildsClusterInventory
    }

    public func gather(_ arguments: [InputArgument]) throws -> GatheredInputs {
        var session = Session(gatherer: self)
        for argument in arguments {
            switch argument {
            case .path(let path): try session.readPath(path, forced: nil)
            case .values(let path): try session.readValuesFile(path)
            case .cluster(let path): try session.readPath(path, forced: .cluster)
            }
        }
        // The reader's index of object keys (one string per object) is of no use
        // once the inventory is read: freeing it is left to the exit, as the inventory's.
        if let reader = session.clusterReader { ExitKeeper.keep(reader, context: context) }
        return session.finished
    }

    /// One gathering: the result so far, and standard input read at most once.
    private struct Session {
        var finished: GatheredInputs {
            var result = result
            result.clusterInventory = clusterReader?.inventory
            return result
        }

        let gatherer: InputGatherer
        var result = GatheredInputs()
        var standardInput: [UInt8]?
        var clusterReader: ClusterEvidenceReader?

        mutating func readValuesFile(_ path: String) throws {
            if path != "-", DirectoryWalker.kind(of: gatherer.context.url(for: path)) == .directory {
                throw InputError(.unreadable, "is a directory; -f/--values takes a values file", at: .file(path))
            }
            try readFile(path, forced: .values)
        }

        mutating func readPath(_ path: String, forced: GatheredInputs.Kind?) throws {
            guard path != "-" else { return try readFile(path, forced: forced, checksKind: true) }
            let url = gatherer.context.url(for: path)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw InputError(.unreadable, "no such file or directory", at: .file(path))
            }
            guard DirectoryWalker.kind(of: url) == .directory else { return try readFile(path, forced: forced, checksKind: true) }
            let entries: [DirectoryWalker.Entry]
            do {
                entries = try DirectoryWalker.entries(in: url)
            } catch {
                throw InputError(.unreadable, "cannot list the directory", at: .file(path))
            }
            // A directory with nothing to read must not pass the gate on no evidence at all.
            if entries.isEmpty { throw InputKindCheck.emptyDirectory(path) }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            for entry in entries {
                // In a bundle walked for --cluster, the values files are not evidence.
                if forced == .cluster, entry.forcedKind == .values { continue }
                try readFile(base + "/" + entry.relativePath, forced: forced ?? entry.forcedKind)
            }
        }

        private mutating func readFile(_ path: String, forced: GatheredInputs.Kind?, checksKind: Bool = false) throws {
            let displayPath = path == "-" ? GatheredInputs.standardInputPath : path
            let before = (objects: clusterReader?.objectsRead ?? 0, items: clusterReader?.itemsRead ?? 0)
            if gatherer.buildsClusterInventory, path != "-", forced != .values, try readMapped(path, forced: forced) {
                try checkObjectsRead(since: before, forced: forced, path: displayPath)
                return
            }
            let bytes = try self.bytes(of: path)
            let limits = gatherer.limits
            let content: InputDocumentReader.Content
            if gatherer.buildsClusterInventory {
                var reader = clusterReader ?? ClusterEvidenceReader()
                content = try InputDocumentReader.read(bytes, path: displayPath, forced: forced, limits: limits, into: &reader)
                if case .cluster = content {
                    clusterReader = reader
                    try checkObjectsRead(since: before, forced: forced, path: displayPath)
                }
            } else {
                switch forced {
                case .values?: content = .values(try InputDocumentReader.readValues(bytes, path: displayPath, limits: limits))
                case .cluster?: content = .cluster(try InputDocumentReader.readCluster(bytes, path: displayPath, limits: limits))
                case nil: content = try InputDocumentReader.classify(bytes, path: displayPath, limits: limits)
                }
                if checksKind || forced == .values { try InputKindCheck.check(content, forced: forced, path: displayPath) }
                if case .cluster(let documents) = content { try ClusterDumpLimits.check(documents, file: displayPath) }
            }
            if let warning = InputKindCheck.valuesWarning(content, forced: forced) {
                gatherer.context.standardError.write("lsready: \(warning)\n")
            }
            switch content {
            case .values(let node):
                result.valuesFiles.append(.init(path: displayPath, values: node))
                result.inputs.append(.init(path: displayPath, kind: .values))
            case .cluster(let documents):
                result.clusterFiles.append(.init(path: displayPath, documents: documents))
                result.inputs.append(.init(path: displayPath, kind: .cluster))
            }
        }

        /// The checks of a file read into the inventory: a file forced as cluster
        /// evidence must hold an object, and no dump may hold more than the limit.
        private func checkObjectsRead(since before: (objects: Int, items: Int), forced: GatheredInputs.Kind?, path: String) throws {
            let objects = (clusterReader?.objectsRead ?? 0) - before.objects
            let items = (clusterReader?.itemsRead ?? 0) - before.items
            if forced == .cluster && objects == 0 { throw InputKindCheck.noObjects(path: path) }
            if items > ClusterDumpLimits.maxObjects {
                throw InputError(.sizeLimit, "more than \(ClusterDumpLimits.maxObjects) Kubernetes objects in one dump", at: .file(path),
                                 hint: "collect one namespace with 'lsready collect --namespace NS'")
            }
        }

        /// A cluster dump read for the inventory straight from a memory mapping,
        /// its pages given back as the reader goes. False when the file is not
        /// mapped, or is YAML that the streaming reader leaves to the strict one
        /// (the caller reads it as usual); a JSON values file is read here too.
        private mutating func readMapped(_ path: String, forced: GatheredInputs.Kind?) throws -> Bool {
            let url = gatherer.context.url(for: path)
            guard DirectoryWalker.kind(of: url) == .file, let mapped = MappedFile(path: url.path) else { return false }
            guard JSONReader.looksLikeJSON(mapped.buffer) else { return readMappedYAML(mapped, path: path, forced: forced) }
            var reader = clusterReader ?? ClusterEvidenceReader()
            if try reader.addJSON(mapped.buffer, file: path, limits: gatherer.limits, requireObject: forced == nil,
                                  consumed: { mapped.release(upTo: $0) }) {
                clusterReader = reader
                result.clusterFiles.append(.init(path: path, documents: []))
                result.inputs.append(.init(path: path, kind: .cluster))
            } else {
                let values = try InputDocumentReader.readValues(Array(mapped.buffer), path: path, limits: gatherer.limits)
                result.valuesFiles.append(.init(path: path, values: values))
                result.inputs.append(.init(path: path, kind: .values))
            }
            return true
        }

        /// A YAML dump streamed into the inventory; false when the streaming
        /// reader declines it (a values file, an error, an unusual shape).
        private mutating func readMappedYAML(_ mapped: MappedFile, path: String, forced: GatheredInputs.Kind?) -> Bool {
            // A `helm get values` output is values, whatever it holds.
            if forced == nil, HelmGetValuesHeader.stripped(Array(mapped.buffer.prefix(256))) != nil { return false }
            var reader = clusterReader ?? ClusterEvidenceReader()
            guard reader.addStreamedYAML(mapped.buffer, file: path, limits: gatherer.limits, requireObject: forced == nil,
                                         consumed: { mapped.release(upTo: $0) }) else { return false }
            clusterReader = reader
            result.clusterFiles.append(.init(path: path, documents: []))
            result.inputs.append(.init(path: path, kind: .cluster))
            return true
        }

        private mutating func bytes(of path: String) throws -> [UInt8] {
            if path == "-" {
                if let standardInput { return standardInput }
                do {
                    let bytes = try gatherer.context.readStandardInput()
                    standardInput = bytes
                    return bytes
                } catch let error as InputError {
                    throw error
                } catch {
                    throw InputError(.unreadable, "cannot read standard input", at: .file(GatheredInputs.standardInputPath))
                }
            }
            let url = gatherer.context.url(for: path)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw InputError(.unreadable, "no such file or directory", at: .file(path))
            }
            if DirectoryWalker.kind(of: url) == .directory {
                throw InputError(.unreadable, "is a directory", at: .file(path))
            }
            return try FileBytes.read(url.path, displayPath: path, limit: gatherer.limits.maxInputBytes)
        }
    }
}
