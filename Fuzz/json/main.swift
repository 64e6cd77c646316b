import LSReadyCore

// libFuzzer harness: the JSON reader on arbitrary bytes: one value, a
// sequence of values (what `kubectl get -o json` and concatenated dumps give),
// and the sniffing that decides whether a file is JSON at all.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = JSONReader.looksLikeJSON(bytes)
    do {
        let node = try JSONReader.parse(bytes, file: "fuzz.json")
        _ = ValuesJSONRenderer.render(node)
    } catch let error as InputError {
        _ = error.description
    } catch {
        fatalError("the JSON reader threw something other than an InputError: \(error)")
    }
    if let nodes = try? JSONReader.parseSequence(bytes, file: "fuzz.json") {
        _ = nodes.count
    }
    return 0
}
