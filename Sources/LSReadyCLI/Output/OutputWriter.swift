import Foundation
import LSReadyCore

/// Writes a command's report to standard output or to `-o FILE`. A file is
/// written atomically: a temporary file in the same directory, renamed into
/// place, so a reader never sees half a report and a failure leaves the
/// previous file (or none) behind. Anything that exists and is not a
/// regular file (`/dev/null`, a FIFO, a terminal) is written in place: the
/// rename would replace the device itself with a regular file.
public enum OutputWriter {
    public static func write(_ text: String, to path: String?, context: CommandContext) throws {
        guard let path, path != "-" else {
            context.standardOutput.write(text)
            return
        }
        let destination = context.url(for: path)
        if isSpecialFile(destination.path) {
            try writeInPlace(text, to: destination.path, shown: path)
            return
        }
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

    /// True when `path` exists (after symbolic links) and is not a regular file or a directory.
    private static func isSpecialFile(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let type = status.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    private static func writeInPlace(_ text: String, to path: String, shown: String) throws {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InputError(.unreadable, "cannot write the output file: \(String(cString: strerror(errno)))", at: .file(shown))
        }
        defer { close(descriptor) }
        var text = text
        try text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else {
                    throw InputError(.unreadable, "cannot write the output file: \(String(cString: strerror(errno)))", at: .file(shown))
                }
                offset += written
            }
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

/// The C library's `write`, which `OutputWriter.write` hides inside the type.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
