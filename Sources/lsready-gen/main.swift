import Foundation
import LSReadyGen

// lsready-gen: writes a large kubectl-shaped cluster dump (and a values file) for benchmarks.
let usage = """
    usage: lsready-gen --pods N [--nodes N] [--seed S] [--format json|yaml] [--namespace-only] -o FILE
           lsready-gen --values -o FILE
    Writes a `kubectl get ... -A -o json|yaml` style List, deterministic from the seed.
    --namespace-only keeps only the LangSmith namespace and cluster-wide objects (the small case).

    """
var pods = 60_000, nodes: Int?, seed: UInt64 = 42, format = DumpWriter.Format.json, output: String?, valuesOnly = false, namespaceOnly = false
var arguments = CommandLine.arguments.dropFirst()
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("lsready-gen: \(message)\n\(usage)".utf8))
    exit(2)
}
func parsed<T>(_ text: String?, _ convert: (String) -> T?, _ message: String) -> T {
    guard let text, let value = convert(text) else { fail(message) }
    return value
}
while let argument = arguments.popFirst() {
    switch argument {
    case "--pods": pods = parsed(arguments.popFirst(), { Int($0) }, "--pods takes a number")
    case "--nodes": nodes = parsed(arguments.popFirst(), { Int($0) }, "--nodes takes a number")
    case "--seed": seed = parsed(arguments.popFirst(), { UInt64($0) }, "--seed takes a number")
    case "--format": format = parsed(arguments.popFirst(), { DumpWriter.Format(rawValue: $0) }, "--format is json or yaml")
    case "-o", "--output": output = parsed(arguments.popFirst(), { $0 }, "-o takes a file")
    case "--values": valuesOnly = true
    case "--namespace-only": namespaceOnly = true
    case "-h", "--help": print(usage, terminator: ""); exit(0)
    default: fail("unknown argument \(argument)")
    }
}
guard let output else { fail("missing -o FILE") }
guard FileManager.default.createFile(atPath: output, contents: nil), let handle = FileHandle(forWritingAtPath: output) else {
    fail("cannot write \(output)")
}
if valuesOnly {
    handle.write(Data(GeneratedValues.yaml.utf8))
} else {
    var generator = ClusterDumpGenerator(pods: pods, nodes: nodes ?? max(3, pods / 30), seed: seed)
    generator.namespaceOnly = namespaceOnly
    generator.write(format: format) { chunk in handle.write(Data(chunk)) }
}
try handle.close()
