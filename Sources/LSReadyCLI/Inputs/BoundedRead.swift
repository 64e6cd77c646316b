import Foundation
import LSReadyCore

/// Reads a file or stream but never more than the input limit: a 3 GB file,
/// `/dev/zero` or an endless pipe end as an input error (exit 3) after
/// `limit + 1` bytes, not by exhausting memory.
enum BoundedRead {
    static func read(_ handle: FileHandle, limit: Int, path: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        let chunk = 1 << 20
        while true {
            let data: Data?
            do {
                data = try handle.read(upToCount: chunk)
            } catch {
                throw InputError(.unreadable, path == GatheredInputs.standardInputPath ? "cannot read standard input" : "cannot read the file",
                                 at: .file(path))
            }
            guard let data, !data.isEmpty else { return bytes }
            bytes.append(contentsOf: data)
            if bytes.count > limit { throw tooLarge(path: path, limit: limit, size: nil) }
        }
    }

    static func tooLarge(path: String, limit: Int, size: Int?) -> InputError {
        let what = size.map { "the file is \($0) bytes" } ?? "the input is larger"
        return InputError(.sizeLimit, "\(what), over the limit of \(limit) bytes (\(limit >> 20) MiB)", at: .file(path),
                          hint: "split it, or collect one namespace with 'lsready collect'")
    }
}
