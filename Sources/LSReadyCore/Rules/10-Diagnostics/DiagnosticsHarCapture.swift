/// `diagnostics.har-capture`: The process to capture a browser HAR file for UI errors is documented.
struct DiagnosticsHarCapture: Rule {
    let metadata = RuleMetadata(
        id: "diagnostics.har-capture",
        title: "Browser HAR capture documented",
        section: .diagnostics,
        level: .manual,
        evidence: [],
        summary: "The process to capture a browser HAR file for UI errors is documented.",
        rationale: "UI errors are often only diagnosable from the browser's view of the requests.",
        remediation: "Document how users capture and share a HAR file (with secrets removed) when the UI misbehaves.",
        examples: SignOff.examples(for: "diagnostics.har-capture")
    )

    func judge(_ model: DeploymentModel) -> Judgement {
        SignOff.open("confirm that the HAR capture process is documented.")
    }
}
