import LSReadyCore

/// A file forced to a kind it is not (docs/errors.md): `-f cluster.json`
/// (a kubectl dump given as values) and `--cluster values.yaml` (values
/// given as cluster evidence) are input errors with a hint, not a silent
/// audit of the wrong thing. Files found by walking a directory given to
/// `--cluster` are not checked: a bundle may hold other YAML.
enum InputKindCheck {
    static func check(_ content: InputDocumentReader.Content, forced: GatheredInputs.Kind?, path: String) throws {
        switch (forced, content) {
        case (.values?, .values(let node)) where InputDocumentReader.isClusterObject(node):
            let kind = node["kind"]?.string ?? "object"
            throw InputError(.wrongKind, "expected a Helm values file, but this is a Kubernetes \(kind) (cluster evidence)",
                             at: node.location,
                             hint: "pass a kubectl dump with --cluster, or as a plain path: lsready tells them apart by content")
        case (.cluster?, .cluster(let documents)) where !documents.isEmpty && !documents.contains(where: InputDocumentReader.isClusterObject):
            throw InputError(.wrongKind, "expected a cluster dump, but no document here has apiVersion and kind; this looks like a Helm values file",
                             at: documents[0].location,
                             hint: "pass values files with -f, or as a plain path; collect a dump with 'kubectl get ... -o json' or 'lsready collect'")
        case (.cluster?, .cluster(let documents)) where documents.isEmpty:
            // `kubectl get ... > dump.json` that failed leaves an empty file: auditing it would judge nothing.
            throw InputError(.wrongKind, "expected a cluster dump, but the file holds no Kubernetes object (it is empty)",
                             at: .file(path), hint: "did the kubectl command that wrote it fail? Collect it again, or use 'lsready collect'")
        default:
            break
        }
    }

    static func emptyDirectory(_ path: String) -> InputError {
        InputError(.unreadable, "the directory holds no *.yaml, *.yml or *.json file to read", at: .file(path),
                   hint: "give the values files and the cluster dump themselves, or the folder they are in")
    }
}
