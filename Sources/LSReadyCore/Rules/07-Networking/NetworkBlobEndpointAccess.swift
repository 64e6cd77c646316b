/// `network.blob-endpoint-access`: Network ACLs, security groups, proxies and VPC endpoints let the LangSmith pods reach the blob storage endpoints.
struct NetworkBlobEndpointAccess: Rule {
    let metadata = RuleMetadata(
        id: "network.blob-endpoint-access",
        title: "Network allows the blob endpoints",
        section: .networking,
        level: .manual,
        evidence: [],
        summary: "Network ACLs, security groups, proxies and VPC endpoints let the LangSmith pods reach the blob storage endpoints.",
        rationale: "A firewall rule or a missing VPC endpoint makes blob uploads fail although the values are right.",
        remediation: "Allow egress from the LangSmith namespace to the object store (for S3, preferably through a VPC gateway endpoint).",
        examples: SignOff.examples(for: "network.blob-endpoint-access")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that network policy lets the LangSmith pods reach the blob storage endpoints.")
    }
}
