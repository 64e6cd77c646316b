/// The shared judgement of `redis.external` and `postgres.external`: the
/// cluster decides when it shows the chart's own store (at-risk) or LangSmith
/// running without it (pass); otherwise `<store>.external.enabled` decides.
struct ExternalDatastoreCheck {
    /// "Redis", "PostgreSQL".
    var product: String
    /// "Redis", "Postgres": how the chart names it.
    var chartName: String
    /// The values section: "redis", "postgres".
    var key: String
    /// What running it in-chart means: "one pod, no replication, chart-sized memory".
    var inChartRisk: String
    /// What an external store is called in a pass: "an external Redis".
    var externalPhrase: String
    /// What the in-chart store is: "Redis runs as the chart's single in-cluster pod".
    var inChartPhrase: String
    /// What LangSmith without the chart's store means: "Redis is external".
    var observedExternalPhrase: String
    var external: Setting<Bool>
    var observedStatefulSet: KubeStatefulSet?
    var observedPods: [KubePod]

    func judge(_ model: DeploymentModel) -> Judgement {
        let valuesEvidence = model.hasValues ? [external.evidence()] : []
        if model.hasCluster {
            let inChart = model.inChartDatastoreObjects(statefulSet: observedStatefulSet, pods: observedPods)
            if let first = inChart.first {
                var message = "\(product) runs in-cluster from the chart (\(first.reference)): \(inChartRisk)."
                if model.hasValues && external.value {
                    message += " The values set \(key).external.enabled: true, but the cluster still runs the chart's \(chartName)."
                }
                return .atRisk(message, evidence: inChart + valuesEvidence)
            }
            if model.clusterShowsLangSmith {
                var message = "LangSmith runs with no chart-managed \(product) in the cluster: \(observedExternalPhrase)."
                if model.hasValues && !external.value {
                    message += " The values leave \(key).external.enabled false, which disagrees with the cluster."
                }
                return .pass(message, evidence: [.note("no chart-managed \(chartName) StatefulSet or pod in the dump")] + valuesEvidence)
            }
        }
        guard model.hasValues else {
            return .unverified("The cluster dump shows neither LangSmith's workloads nor a \(chartName) StatefulSet; supply the values files or a dump of the LangSmith namespace.")
        }
        if external.value {
            return .pass("\(key).external.enabled is true: LangSmith uses \(externalPhrase).", evidence: valuesEvidence)
        }
        let origin = external.isUserSet ? "is set to false" : "is false (the chart default)"
        return .atRisk("\(key).external.enabled \(origin): \(inChartPhrase).", evidence: valuesEvidence)
    }
}
