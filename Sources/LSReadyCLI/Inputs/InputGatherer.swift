import Foundation
import LSReadyCore

/// Reads every input of a command line (CLI.md, "Inputs"), shared by
/// `values` and `audit`. Missing or unreadable paths are `InputError`s
/// naming the path as typed.
public struct InputGatherer: Sendable {
    public var context: CommandContext
    public var limits: ReaderLimits

    public init(context: CommandContext, limits: ReaderLimits = .standard) {
        self.context = context
        self.limits = limits
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
        return session.result
    }

    /// One gathering: the result so far, and standard input read at most once.
    private struct Session {
        let gatherer: InputGatherer
        var result = GatheredInputs()
        var standardInput: [UInt8]?

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
            let bytes = try self.bytes(of: path)
            let limits = gatherer.limits
            let content: InputDocumentReader.Content
            switch forced {
            case .values?: content = .values(try InputDocumentReader.readValues(bytes, path: displayPath, limits: limits))
            case .cluster?: content = .cluster(try InputDocumentReader.readCluster(bytes, path: displayPath, limits: limits))
            case nil: content = try InputDocumentReader.classify(bytes, path: displayPath, limits: limits)
            }
            if checksKind || forced == .values { try InputKindCheck.check(content, forced: forced, path: displayPath) }
            if case .cluster(let documents) = content { try ClusterDumpLimits.check(documents, file: displayPath) }
            switch content {
            case .values(let node):
                result.valuesFiles.append(.init(path: displayPath, values: node))
                result.inputs.append(.init(path: displayPath, kind: .values))
            case .cluster(let documents):
                result.clusterFiles.append(.init(path: displayPath, documents: documents))
                result.inputs.append(.init(path: displayPath, kind: .cluster))
            }
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
            guard let handle = FileHandle(forReadingAtPath: url.path) else {
                throw InputError(.unreadable, "cannot open the file (permission denied?)", at: .file(path))
            }
            defer { try? handle.close() }
            if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size > gatherer.limits.maxInputBytes {
                throw BoundedRead.tooLarge(path: path, limit: gatherer.limits.maxInputBytes, size: size)
            }
            return try BoundedRead.read(handle, limit: gatherer.limits.maxInputBytes, path: path)
        }
    }
}
