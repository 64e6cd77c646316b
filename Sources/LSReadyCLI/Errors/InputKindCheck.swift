import LSReadyCore

/// A file forced to a kind it is not (docs/errors.md): `-f cluster.json`
/// (a kubectl dump given as values) and `--cluster values.yaml` (values
/// given as cluster evidence) are input errors with a hint, not a silent
/// audit of the wrong thing. Files found by walking a directory given to
/// `--cluster` are not checked: a bundle may hold other YAML.
enum InputKindCheck {
    /// `-f` forces a file to be values, as `helm -f` would read any map: a
    /// Kubernetes object given that way is read as asked, with a warning.
    static func valuesWarning(_ content: InputDocumentReader.Content, forced: GatheredInputs.Kind?) -> String? {
        guard forced == .values, case .values(let node) = content, InputDocumentReader.isClusterObject(node) else { return nil }
        let kind = node["kind"]?.string ?? "object"
        return "\(node.location): warning: this is a Kubernetes \(kind) (cluster evidence), read as Helm values because -f forces it"
            + " (pass a kubectl dump with --cluster, or as a plain path: lsready tells them apart by content)"
    }

    /// A file forced as cluster evidence that holds no Kubernetes object (`-o` of a
    /// failed kubectl, or a values file given with --cluster) is an input error.
    static func noObjects(path: String) -> InputError {
        InputError(.wrongKind, "expected a cluster dump, but the file holds no Kubernetes object",
                   at: .file(path),
                   hint: "is it empty (did the kubectl command that wrote it fail?) or a values file (pass those with -f)? Collect a dump with 'kubectl get ... -o json' or 'lsready collect'")
    }

    static func check(_ content: InputDocumentReader.Content, forced: GatheredInputs.Kind?, path: String) throws {
        switch (forced, content) {
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
