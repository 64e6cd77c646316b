/// One ingress in front of LangSmith, as the cluster shows it or, when the
/// dump holds no Ingress at all, as the values will create it. The
/// networking and security rules judge these subjects one by one.
struct EdgeIngress {
    enum Origin {
        case observed(KubeIngress)
        /// The chart's Ingress from `ingress.*` in the values.
        case configured(EdgeModel)
    }

    var origin: Origin

    /// `Ingress/langsmith-ingress`, or `the values' ingress`.
    var label: String {
        switch origin {
        case .observed(let ingress): return ingress.meta.reference
        case .configured: return "the ingress from the values"
        }
    }

    var isObserved: Bool {
        if case .observed = origin { return true }
        return false
    }

    /// The controller: the class name, else the annotation prefixes; nil when nothing says.
    var controller: IngressController? {
        switch origin {
        case .observed(let ingress):
            return EdgeModel.controller(of: ingress)
        case .configured(let edge):
            if let configured = edge.configuredController { return configured }
            let keys = edge.ingressAnnotations.value.keys
            if keys.contains(where: { $0.hasPrefix("alb.ingress.kubernetes.io/") }) { return .alb }
            if keys.contains(where: { $0.hasPrefix("nginx.ingress.kubernetes.io/") }) { return .nginx }
            return nil
        }
    }

    /// The class name as written (for messages), when any.
    var className: String? {
        switch origin {
        case .observed(let ingress):
            return ingress.effectiveClassName.present
        case .configured(let edge):
            let name = edge.ingressClassName.value.isEmpty
                ? (edge.ingressAnnotations.value["kubernetes.io/ingress.class"] ?? "") : edge.ingressClassName.value
            return name.isEmpty ? nil : name
        }
    }

    /// One annotation: `.unknown` when the dump's annotations were malformed.
    func annotation(_ key: String) -> Fact<String?> {
        switch origin {
        case .observed(let ingress): return ingress.meta.annotation(key)
        case .configured(let edge): return .known(edge.ingressAnnotations.value[key])
        }
    }

    /// `spec.tls` (observed) or `ingress.tls` (values) is non-empty.
    var hasTLSSection: Fact<Bool> {
        switch origin {
        case .observed(let ingress): return ingress.tls.map { !$0.isEmpty }
        case .configured(let edge): return .known(edge.ingressTLSCount.value > 0)
        }
    }

    /// Evidence about this ingress; `valuesPath` names the values key it rests on.
    func evidence(_ detail: String, valuesPath: String = "ingress.annotations") -> Evidence {
        switch origin {
        case .observed(let ingress):
            return .object(ingress.meta.reference, in: ingress.meta.file, detail: detail)
        case .configured(let edge):
            let location: SourceLocation
            switch valuesPath {
            case "ingress.enabled": location = edge.ingressEnabled.location
            case "ingress.ingressClassName": location = edge.ingressClassName.location
            case "ingress.tls": location = edge.ingressTLSCount.location
            default: location = edge.ingressAnnotations.location
            }
            return .setting(valuesPath, at: location, detail: detail)
        }
    }
}

/// The ingresses the edge rules judge, and how they were decided.
struct EdgeIngresses {
    enum Basis {
        /// The dump holds Ingress objects: they decide.
        case cluster
        /// No Ingress in the dump (or no dump): the values decide.
        case values
        /// Neither the values nor the dump says anything about an ingress.
        case unknown
    }

    var subjects: [EdgeIngress]
    var basis: Basis
    /// A disagreement between values and cluster, to append to messages.
    var note: String?

    /// Evidence for "no ingress": `ingress.enabled` from the values, when known.
    var absenceEvidence: [Evidence] = []
    /// When the dump decides but the values also enable an ingress: the
    /// values' ingress, to report where the two disagree.
    var configured: EdgeIngress?

    /// The note to add when the values' ingress, judged alone, ends in
    /// another status than the observed Ingresses did (the cluster decides).
    func disagreement(with observed: Status, _ judge: (EdgeIngress) -> Judgement) -> String? {
        guard basis == .cluster, let configured else { return note }
        let fromValues = judge(configured)
        guard fromValues.status != observed else { return note }
        let text = "judged from the values alone it would be \(fromValues.status.word) (\(fromValues.message)); the observed Ingress decides"
        return note.map { $0 + "; " + text } ?? text
    }
}

extension DeploymentModel {
    /// LangSmith's Ingress objects: those the chart labels (`helm.sh/chart:
    /// langsmith-…`, `app.kubernetes.io/name: langsmith`) or whose name says
    /// `langsmith`; when none does, every Ingress in the dump (a dump of the
    /// LangSmith namespace).
    var langSmithIngresses: [KubeIngress] {
        let all = edge.observedIngresses
        let ours = all.filter { ingress in
            let labels = ingress.meta.labels.value ?? [:]
            return (labels["helm.sh/chart"] ?? "").hasPrefix("langsmith-")
                || labels["app.kubernetes.io/name"] == "langsmith"
                || ingress.meta.name.contains("langsmith")
        }
        return ours.isEmpty ? all : ours
    }

    /// The cluster decides when the dump holds Ingress objects (a dump
    /// without any Ingress may simply not have listed them); otherwise the
    /// values' `ingress.enabled` does.
    var edgeIngresses: EdgeIngresses {
        let ingressEnabled = edge.ingressEnabled
        if hasCluster && !edge.observedIngresses.isEmpty {
            let observed = langSmithIngresses
            var note: String?
            if hasValues && !ingressEnabled.value {
                note = "the values leave ingress.enabled false, but the dump has \(observed.map(\.meta.reference).joined(separator: ", ")) (the cluster decides)"
            }
            return EdgeIngresses(subjects: observed.map { EdgeIngress(origin: .observed($0)) }, basis: .cluster, note: note,
                                 configured: hasValues && ingressEnabled.value ? EdgeIngress(origin: .configured(edge)) : nil)
        }
        guard hasValues else {
            return EdgeIngresses(subjects: [], basis: .unknown, note: nil)
        }
        let note = hasCluster && ingressEnabled.value
            ? "the values enable an ingress, but the dump has no Ingress object; judged from the values" : nil
        if ingressEnabled.value {
            return EdgeIngresses(subjects: [EdgeIngress(origin: .configured(edge))], basis: .values, note: note)
        }
        return EdgeIngresses(subjects: [], basis: .values, note: nil, absenceEvidence: [ingressEnabled.evidence()])
    }
}

extension String {
    /// Finishes a message folded from per-subject sentences: capitalises its
    /// first letter (not a leading key path such as `frontend.maxBodySize`),
    /// ends it with a period, and appends a disagreement note, when any.
    func finished(noting note: String?) -> String {
        let firstWord = prefix { $0 != " " }
        var sentence = firstWord.contains(".") ? self : prefix(1).uppercased() + dropFirst()
        if !sentence.hasSuffix(".") { sentence += "." }
        guard let note, !note.isEmpty else { return sentence }
        return sentence + " Note: " + note + "."
    }
}
