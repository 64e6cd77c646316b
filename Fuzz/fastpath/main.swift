@testable import LSReadyCore

// libFuzzer harness, differential: the cluster fast path (filtering reader,
// tapes, and the two-thread segment reader forced on every size, segments
// of a few hundred bytes) against the strict reader and
// `ClusterInventory.build(from:)` on the same bytes. Both must give the same
// inventory (objects, facts, warnings, locations, order), or the same error.
// Any difference is a finding (reported as a crash with both sides).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFastPath(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let strict: Result<ClusterInventory, InputError>
    do {
        let documents = try JSONReader.parseSequence(bytes, file: "f.json").filter { !$0.isNull }
        strict = .success(ClusterInventory.build(from: documents.map { ClusterDocument(file: "f.json", node: $0) }))
    } catch let error as InputError {
        strict = .failure(error)
    } catch {
        fatalError("the strict reader threw \(error)")
    }
    var reader = ClusterEvidenceReader()
    reader.parallelThreshold = 0
    reader.parallelOtherThreadFirst = true
    // Segment sizes vary with the input, from a few items each to one or two segments.
    reader.parallelSegmentBytes = 64 + (size * 7 + Int(bytes.first ?? 0)) % 2048
    let fast: Result<ClusterInventory, InputError>
    do {
        _ = try reader.addJSON(bytes, file: "f.json")
        fast = .success(reader.inventory)
    } catch let error as InputError {
        fast = .failure(error)
    } catch {
        fatalError("the fast path threw \(error)")
    }
    switch (strict, fast) {
    case (.success(let a), .success(let b)) where a == b: break
    case (.failure(let a), .failure(let b)) where a == b: break
    case (.failure(let error), .success) where skippedFieldLeniency(error): break
    default: fatalError("fast path and strict reader differ:\nstrict: \(strict)\nfast:   \(fast)")
    }
    return 0
}

/// What the fast path knowingly does not check in fields it skips
/// (docs/performance.md, "Errors"): the syntax of numbers and literals, and
/// where commas and colons stand. Strings are checked (UTF-8, escapes,
/// control characters, closing quote), and so are brackets and depth.
private func skippedFieldLeniency(_ error: InputError) -> Bool {
    guard error.kind == .syntax || error.kind == .unsupportedValue else { return false }
    let text = error.description
    return !["escape", "surrogate", "\\u", "unterminated string", "control character"].contains { text.contains($0) }
}
