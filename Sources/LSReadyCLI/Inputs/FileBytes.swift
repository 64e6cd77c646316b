import Foundation
import LSReadyCore

/// A file's bytes, read straight into one array (no `Data` in between, so a
/// large dump is in memory once, not twice): one `read` for the size `fstat`
/// reports, then small reads until end of file (the file may have grown, or
/// have no size, like a pipe).
enum FileBytes {
    /// - Parameter limit: more bytes than this is an input error, checked while
    ///   reading: `/dev/zero` and endless pipes report a size of 0.
    static func read(_ path: String, displayPath: String, limit: Int) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw InputError(.unreadable, "cannot open the file (permission denied?)", at: .file(displayPath))
        }
        defer { close(descriptor) }
        var status = stat()
        let expected = fstat(descriptor, &status) == 0 && status.st_size > 0 ? Int(status.st_size) : 0
        if expected > limit { throw BoundedRead.tooLarge(path: displayPath, limit: limit, size: expected) }
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = fill(descriptor, buffer.baseAddress, expected, failed: &failed)
        }
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while !failed {
            let added = chunk.withUnsafeMutableBufferPointer { fill(descriptor, $0.baseAddress, $0.count, failed: &failed) }
            if added == 0 { break }
            bytes.append(contentsOf: chunk[0..<added])
            if bytes.count > limit { throw BoundedRead.tooLarge(path: displayPath, limit: limit, size: nil) }
        }
        if failed { throw InputError(.unreadable, "cannot read the file", at: .file(displayPath)) }
        return bytes
    }

    /// Reads up to `count` bytes into `start`; fewer only at end of file or on an error.
    private static func fill(_ descriptor: Int32, _ start: UnsafeMutablePointer<UInt8>?, _ count: Int, failed: inout Bool) -> Int {
        guard let start, count > 0 else { return 0 }
        var total = 0
        while total < count {
            let result = Foundation.read(descriptor, start + total, count - total)
            if result < 0 {
                if errno == EINTR { continue }
                failed = true
                break
            }
            if result == 0 { break }
            total += result
        }
        return total
    }
}

/// A regular file mapped read-only, for the cluster fast path: its pages
/// are read on demand, and the pages already parsed can be given back
/// (`release(upTo:)`), so a dump of any size never sits in memory whole.
final class MappedFile {
    let buffer: UnsafeBufferPointer<UInt8>
    private var released = 0
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    /// Give pages back in steps of this size, not after every object.
    private static let releaseStep = 16 << 20

    /// Nil when the file cannot be mapped (empty, not a regular file...): the caller reads it instead.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        _ = madvise(address, size, MADV_SEQUENTIAL)
        buffer = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
        _ = Self.pageSize
    }

    /// The bytes before `offset` will not be read again (if they are, they are read from the file again).
    func release(upTo offset: Int) {
        let end = offset / Self.pageSize * Self.pageSize
        guard end - released >= Self.releaseStep, let base = buffer.baseAddress else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base + released), end - released, MADV_DONTNEED)
        released = end
    }

    deinit {
        if let base = buffer.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), buffer.count) }
    }
}
