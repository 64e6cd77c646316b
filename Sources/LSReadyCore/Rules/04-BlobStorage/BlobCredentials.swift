/// `blob.credentials`: the bucket is reached through workload identity (or a secret), never keys in the values.
struct BlobCredentials: Rule {
    /// The service-account annotation that binds a pod to a cloud identity, per platform.
    static let identityAnnotations: [Platform: String] = [
        .eks: "eks.amazonaws.com/role-arn",
        .gke: "iam.gke.io/gcp-service-account",
        .aks: "azure.workload.identity/client-id",
    ]

    let metadata = RuleMetadata(
        id: "blob.credentials",
        title: "Blob storage without static keys",
        section: .blobStorage,
        level: .recommended,
        evidence: [.values],
        summary: "No blob storage keys are written in the values, and the backend, queue and platform-backend service accounts carry a workload-identity annotation (IRSA, GKE Workload Identity, Azure Workload Identity), or config.existingSecretName supplies the keys.",
        rationale: "Keys in a values file end up in git, in CI logs and in the Helm release secret, and they do not rotate. Workload identity gives each pod short-lived credentials scoped to the bucket; the reference architecture asks for IRSA and no static credentials in Helm values.",
        remediation: """
            Remove config.blobStorage.accessKey, accessKeySecret, azureStorageAccountKey and azureStorageConnectionString from \
            the values. On EKS, annotate backend.serviceAccount, queue.serviceAccount and platformBackend.serviceAccount with \
            eks.amazonaws.com/role-arn: <IAM role with access to the bucket> (GKE: iam.gke.io/gcp-service-account; AKS: \
            azure.workload.identity/client-id). If keys are unavoidable, put them in a Kubernetes secret named by \
            config.existingSecretName.
            """,
        notes: """
            The annotation expected is the detected (or --platform) platform's; on a generic platform, or when the platform \
            was only assumed because the evidence has no nodes, any of the three counts. All three service accounts must carry \
            it. config.existingSecretName is trusted to hold the keys (the tool reads no secrets). Keys in the values are \
            at-risk even when an identity is also configured.
            """,
        examples: [
            RuleExample("IRSA on the three service accounts", expect: .pass, values: """
                config:
                  blobStorage:
                    enabled: true
                    engine: S3
                    bucketName: langsmith-traces
                    apiURL: https://s3.us-east-1.amazonaws.com
                backend:
                  serviceAccount:
                    annotations:
                      eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/langsmith-blob
                queue:
                  serviceAccount:
                    annotations:
                      eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/langsmith-blob
                platformBackend:
                  serviceAccount:
                    annotations:
                      eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/langsmith-blob
                """),
            RuleExample("access keys written in the values", expect: .atRisk, values: """
                config:
                  blobStorage:
                    enabled: true
                    engine: S3
                    bucketName: langsmith-traces
                    accessKey: AKIAEXAMPLEKEYID0000
                    accessKeySecret: example-secret-not-real
                """),
            RuleExample("keys kept in an existing secret", expect: .pass, values: """
                config:
                  existingSecretName: langsmith-config
                  blobStorage:
                    enabled: true
                    engine: S3
                    bucketName: langsmith-traces
                """),
            RuleExample("the queue's service account has no role", expect: .atRisk, values: """
                config:
                  blobStorage:
                    enabled: true
                    engine: S3
                    bucketName: langsmith-traces
                backend:
                  serviceAccount:
                    annotations:
                      eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/langsmith-blob
                platformBackend:
                  serviceAccount:
                    annotations:
                      eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/langsmith-blob
                """),
            RuleExample("GKE Workload Identity on GKE", expect: .pass, values: """
                config:
                  blobStorage:
                    enabled: true
                    engine: GCS
                    bucketName: langsmith-traces
                    apiURL: https://storage.googleapis.com
                backend:
                  serviceAccount:
                    annotations:
                      iam.gke.io/gcp-service-account: langsmith@acme-prod.iam.gserviceaccount.com
                queue:
                  serviceAccount:
                    annotations:
                      iam.gke.io/gcp-service-account: langsmith@acme-prod.iam.gserviceaccount.com
                platformBackend:
                  serviceAccount:
                    annotations:
                      iam.gke.io/gcp-service-account: langsmith@acme-prod.iam.gserviceaccount.com
                """, options: AuditOptions(platform: .gke)),
            RuleExample("an IRSA annotation does nothing on AKS", expect: .atRisk, values: """
                config:
                  blobStorage:
                    enabled: true
                    engine: Azure
                    azureStorageContainerName: langsmith-traces
                    azureStorageAccountName: acmelangsmith
                backend:
                  serviceAccount:
                    annotations:
                      eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/langsmith-blob
                queue:
                  serviceAccount:
                    annotations:
                      eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/langsmith-blob
                platformBackend:
                  serviceAccount:
                    annotations:
                      eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/langsmith-blob
                """, options: AuditOptions(platform: .aks)),
            RuleExample("blob storage disabled", expect: .notApplicable, values: """
                config:
                  blobStorage:
                    enabled: false
                """),
        ])

    func judge(_ model: DeploymentModel) -> Judgement {
        let blob = model.blob
        guard blob.enabled.value else {
            return .notApplicable("Blob storage is disabled (config.blobStorage.enabled); no bucket credentials to check.",
                                  evidence: [blob.enabled.evidence()])
        }
        let staticKeys = [blob.accessKey, blob.accessKeySecret, blob.azureAccountKey, blob.azureConnectionString].filter(\.value)
        if !staticKeys.isEmpty {
            return .atRisk("Static blob storage keys are written in the values (\(staticKeys.map(\.path).joined(separator: ", "))): move them to workload identity or a secret named by config.existingSecretName.",
                           evidence: staticKeys.map { $0.evidence("a value is set (not shown)") })
        }

        let accepted = acceptedAnnotations(model)
        var annotated: [Evidence] = []
        var found: [String] = []
        var missing: [String] = []
        for accounts in blob.serviceAccountAnnotations {
            if let key = accepted.first(where: { !(accounts.value[$0] ?? "").isEmpty }) {
                annotated.append(accounts.evidence("\(key) is set"))
                if !found.contains(key) { found.append(key) }
            } else {
                missing.append(Self.serviceName(accounts.path) + ".serviceAccount")
                annotated.append(accounts.evidence("no \(accepted.joined(separator: " or ")) annotation"))
            }
        }
        if missing.isEmpty && !blob.serviceAccountAnnotations.isEmpty {
            return .pass("No static keys in the values; the backend, platform-backend and queue service accounts use workload identity (\(found.joined(separator: ", "))).",
                         evidence: annotated)
        }
        let secret = blob.existingSecretName
        if !secret.value.isEmpty {
            return .pass("No static keys in the values; the blob storage credentials come from secret \"\(secret.value)\" (config.existingSecretName).",
                         evidence: [secret.evidence()])
        }
        return .atRisk("No static keys in the values, but no workload identity either: \(Self.list(missing)) \(missing.count == 1 ? "has" : "have") no \(accepted.joined(separator: " or ")) annotation, and config.existingSecretName is empty.",
                       evidence: annotated + [secret.evidence()])
    }

    /// The platform's own annotation; any of them when the platform is generic or only assumed.
    private func acceptedAnnotations(_ model: DeploymentModel) -> [String] {
        if model.platformSource != .assumed, let annotation = Self.identityAnnotations[model.platform] {
            return [annotation]
        }
        return [Platform.eks, .gke, .aks].compactMap { Self.identityAnnotations[$0] }
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    /// `queue.serviceAccount.annotations` → `queue`.
    static func serviceName(_ path: String) -> String {
        String(path.prefix { $0 != "." })
    }
}
