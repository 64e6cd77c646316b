import Foundation
import LSReadyCore

/// `lsready collect`: runs the read-only kubectl calls the rules need and
/// writes one merged `List` that `lsready audit` reads as cluster evidence.
/// It never asks for Secrets. A missing kubectl or a failing call is an
/// input error (exit 3): the dump would be incomplete, and an audit of an
/// incomplete dump would judge rules on evidence that is not there.
struct CollectCommand: Command {
    let name = "collect"
    let summary = "run kubectl and write one cluster dump"
    let usage = "lsready collect --namespace NS [--kubectl PATH] [--context NAME] [-o FILE]"
    let discussion = """
        Runs read-only 'kubectl get ... -o json' calls and merges every object into one
        List: in the namespace, pods, PVCs, StatefulSets, Deployments, Jobs, HPAs,
        Ingresses and Services, plus KEDA ScaledObjects and Altinity ClickHouseInstallations
        when those CRDs exist; cluster-wide, Nodes, StorageClasses, CSIDrivers and
        APIServices; in kube-system, Deployments and DaemonSets. Secrets are never read.
        Progress goes to standard error. Exit codes: 0 written, 2 usage error, 3 kubectl
        missing or a call failed.
        """
    let maxPositionals = 0
    let options: [OptionSpec] = [
        OptionSpec("namespace", short: "n", kind: .value(placeholder: "NS"),
                   help: "The namespace LangSmith is installed in (required)"),
        OptionSpec("kubectl", kind: .value(placeholder: "PATH"),
                   help: "The kubectl to run (default: kubectl found on PATH)"),
        OptionSpec("context", kind: .value(placeholder: "NAME"),
                   help: "The kubeconfig context to use (passed as kubectl --context)"),
        OptionSpec("output", short: "o", kind: .value(placeholder: "FILE"),
                   help: "Write the dump to FILE atomically (default: standard output)"),
    ]

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        guard let namespace = arguments.value("namespace"), !namespace.isEmpty else {
            throw UsageError("--namespace is required: the namespace LangSmith runs in", command: name)
        }
        guard Self.isNamespaceName(namespace) else {
            throw UsageError("--namespace '\(namespace)': expected a Kubernetes namespace name (lowercase letters, digits, '-')", command: name)
        }
        var prefix: [String] = []
        if let kubeContext = arguments.value("context") {
            guard !kubeContext.isEmpty, !kubeContext.hasPrefix("-") else {
                throw UsageError("--context '\(kubeContext)': expected a kubeconfig context name", command: name)
            }
            prefix = ["--context", kubeContext]
        }
        let runner = KubectlRunner(executable: try KubectlRunner.locate(arguments.value("kubectl"), context: context), context: context)
        var items: [JSONValue] = []
        for call in KubectlCall.plan(namespace: namespace) {
            context.standardError.write("lsready: \(call.commandLine)\n")
            let outcome = try runner.run(prefix + call.arguments)
            if outcome.status != 0 {
                if let resource = call.optionalResource, KubectlCall.isUnknownResourceType(outcome.standardError) {
                    context.standardError.write("lsready: note: \(resource) is not installed in this cluster; skipped\n")
                    continue
                }
                throw InputError(.unreadable, "exited with status \(outcome.status): \(Self.excerpt(outcome.standardError))",
                                 at: .file(call.commandLine))
            }
            let objects = try Self.objects(in: outcome.standardOutput, call: call)
            context.standardError.write("lsready:   \(objects.count) \(objects.count == 1 ? "object" : "objects")\n")
            items += objects.map(JSONValue.init)
        }
        let dump = JSONValue.object([("apiVersion", .string("v1")), ("kind", .string("List")), ("items", .array(items))])
        let output = arguments.value("output")
        try OutputWriter.write(dump.rendered() + "\n", to: output, context: context)
        context.standardError.write("lsready: wrote \(items.count) objects to \(output.flatMap { $0 == "-" ? nil : $0 } ?? "standard output")\n")
        return .passed
    }

    /// The objects of one call's output: the items of a `List`, or a single
    /// object. Anything named a Secret is dropped, whatever asked for it.
    static func objects(in output: [UInt8], call: KubectlCall) throws -> [Node] {
        let origin = "output of \(call.commandLine)"
        guard !output.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return [] }
        let root = try JSONReader.parse(output, file: origin)
        guard root.entries != nil else {
            throw InputError(.wrongKind, "expected a Kubernetes object or List, found \(root.typeDescription)", at: root.location)
        }
        let objects: [Node]
        if let items = root["items"]?.items {
            objects = items
        } else if root["kind"]?.string != nil {
            objects = [root]
        } else {
            throw InputError(.wrongKind, "expected a Kubernetes object or List (with 'kind' or 'items')", at: root.location)
        }
        return objects.filter { $0["kind"]?.string != "Secret" }
    }

    /// A DNS-1123 label, as Kubernetes requires of namespace names.
    static func isNamespaceName(_ name: String) -> Bool {
        guard (1...63).contains(name.count), name.first != "-", name.last != "-" else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// kubectl's error text, shortened to its first lines.
    static func excerpt(_ standardError: String) -> String {
        let lines = standardError.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !lines.isEmpty else { return "(kubectl printed no error message)" }
        let shown = lines.prefix(3).joined(separator: "; ")
        return lines.count > 3 ? shown + " …" : shown
    }
}
