import Foundation
import XCTest
import LSReadyCore
import TestSupport

/// Scenarios that cross the rules of sections 1, 2, 4, 5, 7, 12 and 14:
/// input forms (YAML dumps, several -f files, --set), disagreement messages,
/// the gate, and platform-specific identity annotations.
final class AcceptanceCrossCuttingTests: XCTestCase {
    func testDisagreementMessageNamesTheMissingHPA() throws {
        let services = ["backend", "platformBackend", "queue", "frontend", "playground", "aceBackend", "ingestQueue"]
        let values = services.map { "\($0):\n  autoscaling:\n    hpa:\n      enabled: true\n" }.joined()
        var items: [[String: Any]] = [Kube.node()] + Kube.langsmithDeployments()
        for name in ["backend", "platform-backend", "frontend", "playground", "ace-backend", "ingest-queue"] {
            items.append(Kube.hpa("langsmith-\(name)", target: "langsmith-\(name)"))
        }
        let run = try Acceptance.audit(values: values, cluster: Kube.list(items))
        XCTAssertEqual(run.status("autoscaling.hpa"), "fail")
        XCTAssertTrue(run.message("autoscaling.hpa").contains("langsmith-queue"), run.message("autoscaling.hpa"))
    }

    func testYAMLDumpGivenPositionallyIsClusterEvidence() throws {
        let directory = try TemporaryDirectory()
        try directory.write("values.yaml", "ingress:\n  enabled: false\n")
        try directory.write("dump.yaml", """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: langsmith-ingress
              namespace: langsmith
              annotations:
                alb.ingress.kubernetes.io/scheme: internal
                alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-west-2:1:certificate/x
                alb.ingress.kubernetes.io/listen-ports: '[{"HTTPS": 443}]'
                alb.ingress.kubernetes.io/load-balancer-attributes: idle_timeout.timeout_seconds=300
            spec:
              ingressClassName: alb
              rules:
                - host: langsmith.example.com
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: langsmith-frontend
              namespace: langsmith
              labels:
                app.kubernetes.io/component: langsmith-frontend
            spec:
              type: ClusterIP
            """)
        let result = CommandHarness(in: directory.url).run(["audit", "values.yaml", "dump.yaml", "--format", "json"])
        let report = try JSONReader.parse(Array(result.standardOutput.utf8), file: "report.json")
        let run = AcceptanceRun(result: result, report: report)
        XCTAssertEqual(run.status("network.ingress-controller"), "pass", run.message("network.ingress-controller"))
        XCTAssertEqual(run.status("network.proxy-timeouts"), "pass", run.message("network.proxy-timeouts"))
        XCTAssertEqual(run.status("security.tls"), "pass", run.message("security.tls"))
        XCTAssertEqual(run.status("security.private-exposure"), "pass", run.message("security.private-exposure"))
        let inputs: [Node] = report["inputs"]?.items ?? []
        let dump = inputs.first { (item: Node) -> Bool in item["path"]?.string == "dump.yaml" }
        XCTAssertEqual(dump?["kind"]?.string, "cluster")
    }

    func testInternetFacingALBInClusterIsAtRisk() throws {
        let cluster = Kube.list([Kube.node(), Kube.service("frontend", type: "ClusterIP"),
                                 Kube.ingress(className: "alb", annotations: ["alb.ingress.kubernetes.io/scheme": "internet-facing"])])
        let values = "ingress:\n  enabled: true\n  ingressClassName: alb\n  annotations:\n    alb.ingress.kubernetes.io/scheme: internal\nfrontend:\n  service:\n    type: ClusterIP\n"
        let run = try Acceptance.audit(values: values, cluster: cluster)
        XCTAssertEqual(run.status("security.private-exposure"), "at-risk", run.message("security.private-exposure"))
    }

    func testLaterValuesFileWins() throws {
        let directory = try TemporaryDirectory()
        try directory.write("base.yaml", "config:\n  blobStorage:\n    enabled: false\n")
        try directory.write("prod.yaml", "config:\n  blobStorage:\n    enabled: true\n    bucketName: traces\n")
        let result = CommandHarness(in: directory.url).run(["audit", "-f", "base.yaml", "-f", "prod.yaml", "--format", "json"])
        let run = AcceptanceRun(result: result, report: try JSONReader.parse(Array(result.standardOutput.utf8), file: "r"))
        XCTAssertEqual(run.status("blob.enabled"), "pass")
        let located = run.evidence("blob.enabled").first { $0["file"]?.string != nil }
        XCTAssertEqual(located?["file"]?.string, "prod.yaml")
    }

    func testSetOverridesFiles() throws {
        let run = try Acceptance.audit(values: "config:\n  settings:\n    redisRunsExpirySeconds: \"86400\"\n",
                                       ["--set", "config.settings.redisRunsExpirySeconds=3600"])
        XCTAssertEqual(run.status("redis.runs-expiry"), "at-risk", run.message("redis.runs-expiry"))
    }

    func testAKSWorkloadIdentity() throws {
        let sa = ["backend", "platformBackend", "queue"].map {
            "\($0):\n  serviceAccount:\n    annotations:\n      azure.workload.identity/client-id: 00000000-0000-0000-0000-000000000000\n"
        }.joined()
        let values = sa + "config:\n  blobStorage:\n    enabled: true\n    engine: Azure\n    azureStorageContainerName: traces\n    azureStorageAccountName: lsacct\n"
        let run = try Acceptance.audit(values: values, ["--platform", "aks"])
        XCTAssertEqual(run.status("blob.credentials"), "pass", run.message("blob.credentials"))
    }

    func testGateOnAtRiskFindings() throws {
        // Dev profile, authentication and TLS configured: nothing fails, at-risk/manual remain.
        let values = "config:\n  authType: mixed\n  basicAuth:\n    enabled: true\ningress:\n  enabled: true\n  ingressClassName: alb\n  tls:\n    - hosts: [ls.example.com]\n      secretName: ls-tls\n"
        let dev = try Acceptance.audit(values: values, ["--profile", "dev"])
        let fails = (dev.report["findings"]?.items ?? []).filter { $0["status"]?.string == "fail" }.compactMap { $0["id"]?.string }
        XCTAssertEqual(fails, [])
        XCTAssertEqual(dev.verdict, "at-risk")
        XCTAssertEqual(dev.exitCode, .passed)
        XCTAssertEqual(try Acceptance.audit(values: values, ["--profile", "dev", "--fail-on", "at-risk"]).exitCode, .gateFailed)
        XCTAssertEqual(try Acceptance.audit(values: values, ["--profile", "dev", "--fail-on", "never"]).exitCode, .passed)
        XCTAssertEqual(dev.report["findings"]?.items?.count, dev.report["findings"]?.items.map { Set($0.compactMap { $0["id"]?.string }).count })
    }

    func testBadProfileIsAUsageError() throws {
        let directory = try TemporaryDirectory()
        try directory.write("values.yaml", "{}\n")
        XCTAssertEqual(CommandHarness(in: directory.url).run(["audit", "values.yaml", "--profile", "staging"]).exitCode, .usage)
        XCTAssertEqual(CommandHarness(in: directory.url).run(["audit", "values.yaml", "--max-payload", "lots"]).exitCode, .usage)
    }

    func testOneFindingPerRuleInCatalogOrder() throws {
        let directory = try TemporaryDirectory()
        let rules = CommandHarness(in: directory.url).run(["rules", "--format", "json"]).standardOutput
        let ids = (try JSONReader.parse(Array(rules.utf8), file: "rules.json").items ?? []).compactMap { $0["id"]?.string }
        let run = try Acceptance.audit()
        let findings = (run.report["findings"]?.items ?? []).compactMap { $0["id"]?.string }
        XCTAssertEqual(findings, ids)
        XCTAssertEqual(Set(findings).count, findings.count)
    }

    func testWorkloadIdentityFollowsTheDetectedPlatform() throws {
        let eksAnnotations = ["backend", "platformBackend", "queue"].map {
            "\($0):\n  serviceAccount:\n    annotations:\n      eks.amazonaws.com/role-arn: arn:aws:iam::1:role/ls\n"
        }.joined() + "config:\n  blobStorage:\n    enabled: true\n    bucketName: traces\n"
        let gke = Kube.list([Kube.node(providerID: "gce://project/us-central1-a/gke-node-1")])
        let onGKE = try Acceptance.audit(values: eksAnnotations, cluster: gke)
        XCTAssertEqual(onGKE.report["platform"]?.string, "gke")
        XCTAssertEqual(onGKE.status("blob.credentials"), "at-risk", onGKE.message("blob.credentials"))
        let eks = Kube.list([Kube.node()])
        let onEKS = try Acceptance.audit(values: eksAnnotations, cluster: eks)
        XCTAssertEqual(onEKS.report["platform"]?.string, "eks")
        XCTAssertEqual(onEKS.status("blob.credentials"), "pass", onEKS.message("blob.credentials"))
        // --platform overrides detection.
        XCTAssertEqual(try Acceptance.audit(values: eksAnnotations, cluster: gke, ["--platform", "eks"]).status("blob.credentials"), "pass")
    }

    func testInternalALBWithALoadBalancerFrontendIsStillAtRisk() throws {
        // Catalog: a LoadBalancer frontend Service (the chart default) → at-risk; the rule judges every entry point.
        let values = "ingress:\n  enabled: true\n  ingressClassName: alb\n  annotations:\n    alb.ingress.kubernetes.io/scheme: internal\n"
        XCTAssertEqual(try Acceptance.audit(values: values).status("security.private-exposure"), "at-risk")
    }

    func testHelmGetValuesFileKeepsItsLinesAndAQuotedFalseReadsAsTrue() throws {
        let directory = try TemporaryDirectory()
        try directory.write("release.yaml", "USER-SUPPLIED VALUES:\nconfig:\n  blobStorage:\n    enabled: \"false\"\n")
        let result = CommandHarness(in: directory.url).run(["audit", "release.yaml", "--format", "json"])
        let run = AcceptanceRun(result: result, report: try JSONReader.parse(Array(result.standardOutput.utf8), file: "r"))
        XCTAssertEqual(run.status("values.types"), "fail")
        XCTAssertEqual(run.status("blob.enabled"), "pass", "the chart's templates read the string \"false\" as true")
        let located = run.evidence("values.types").first { $0["file"]?.string == "release.yaml" }
        XCTAssertEqual(located?["line"]?.number, 4)
    }

    func testKubectlYAMLListWithNginxIngressWithoutAnnotation() throws {
        let dump = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: networking.k8s.io/v1
          kind: Ingress
          metadata:
            name: langsmith-ingress
            namespace: langsmith
            annotations:
              kubernetes.io/ingress.class: nginx
          spec:
            rules:
            - host: langsmith.example.com
        """
        let run = try Acceptance.audit(values: "{}\n", cluster: dump, clusterIsYAML: true)
        XCTAssertEqual(run.status("network.max-body-size"), "at-risk", run.message("network.max-body-size"))
        XCTAssertEqual(run.status("network.proxy-timeouts"), "at-risk", run.message("network.proxy-timeouts"))
        XCTAssertEqual(run.status("network.ingress-controller"), "at-risk")
        XCTAssertEqual(run.status("security.tls"), "fail")
    }
}
