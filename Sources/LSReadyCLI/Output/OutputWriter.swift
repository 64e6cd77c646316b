import Foundation
import LSReadyCore

/// Writes a command's report to standard output or to `-o FILE`. A file is
/// written atomically: a temporary file in the same directory, renamed into
/// place, so a reader never sees half a report and a failure leaves the
/// previous file (or none) behind.
public enum OutputWriter {
    public static func write(_ text: String, to path: String?, context: CommandContext) throws {
        guard let path, path != "-" else {
            context.standardOutput.write(text)
            return
        }
        let destination = context.url(for: path)
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw InputError(.unreadable, "cannot write the output file: \(reason(error))", at: .file(path))
        }
        guard rename(temporary.path, destination.path) == 0 else {
            let message = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw InputError(.unreadable, "cannot write the output file: \(message)", at: .file(path))
        }
    }

    /// Appends to a file that others also write (GitHub's job summary),
    /// creating it when absent. Not atomic: appending is the file's protocol.
    public static func append(_ text: String, to path: String, context: CommandContext) throws {
        let url = context.url(for: path)
        if !FileManager.default.fileExists(atPath: url.path) {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw InputError(.unreadable, "cannot create the file", at: .file(path))
            }
        }
        guard let handle = try? FileHandle(forWritingTo: url) else {
            throw InputError(.unreadable, "cannot open the file for appending", at: .file(path))
        }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw InputError(.unreadable, "cannot append to the file: \(reason(error))", at: .file(path))
        }
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
