/// `blob.connectivity`: Connectivity to the bucket is validated from inside the cluster, and object-store throughput and request limits are verified.
struct BlobConnectivity: Rule {
    let metadata = RuleMetadata(
        id: "blob.connectivity",
        title: "Blob storage reachable and fast enough",
        section: .blobStorage,
        level: .manual,
        evidence: [],
        summary: "Connectivity to the bucket is validated from inside the cluster, and object-store throughput and request limits are verified.",
        rationale: "The configuration can be right while the network path or the store's request limits are not; then uploads fail or throttle under load.",
        remediation: "From a pod in the LangSmith namespace, write and read an object in the bucket; compare the provider's request-rate and throughput limits with the expected load.",
        examples: SignOff.examples(for: "blob.connectivity")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that the bucket is reachable from the cluster and that its throughput and request limits fit the load.")
    }
}
