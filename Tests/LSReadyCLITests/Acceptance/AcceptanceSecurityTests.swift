import Foundation
import XCTest

/// Section 12 (Security baseline), from CATALOG.md.
final class AcceptanceSecurityTests: XCTestCase {
    // MARK: security.plaintext-secrets

    func testChartDefaultsHaveNoPlaintextSecret() throws {
        // postgres.external.password "postgres" and clickhouse.external.password "password" are chart defaults.
        XCTAssertEqual(try Acceptance.audit().status("security.plaintext-secrets"), "pass")
    }

    func testEachSecretKeyFails() throws {
        let cases = [
            "config:\n  langsmithLicenseKey: lic-SECRETVALUE\n",
            "config:\n  apiKeySalt: SECRETVALUE\n",
            "config:\n  basicAuth:\n    initialOrgAdminPassword: SECRETVALUE\n",
            "config:\n  basicAuth:\n    jwtSecret: SECRETVALUE\n",
            "config:\n  oauth:\n    oauthClientSecret: SECRETVALUE\n",
            "config:\n  blobStorage:\n    accessKey: SECRETVALUE\n",
            "config:\n  blobStorage:\n    accessKeySecret: SECRETVALUE\n",
            "config:\n  blobStorage:\n    azureStorageAccountKey: SECRETVALUE\n",
            "config:\n  blobStorage:\n    azureStorageConnectionString: \"AccountKey=SECRETVALUE\"\n",
            "postgres:\n  external:\n    password: SECRETVALUE\n",
            "postgres:\n  external:\n    connectionUrl: \"postgres://ls:SECRETVALUE@db.internal:5432/ls\"\n",
            "redis:\n  external:\n    connectionUrl: \"redis://:SECRETVALUE@redis.internal:6379\"\n",
            "redis:\n  external:\n    cluster:\n      password: SECRETVALUE\n",
            "clickhouse:\n  external:\n    password: SECRETVALUE\n",
        ]
        for values in cases {
            let run = try Acceptance.audit(values: values)
            XCTAssertEqual(run.status("security.plaintext-secrets"), "fail", values)
            XCTAssertFalse(run.result.standardOutput.contains("SECRETVALUE"), "secret printed for \(values)")
            let located = run.evidence("security.plaintext-secrets").first { $0["file"]?.string == "values.yaml" }
            XCTAssertNotNil(located?["line"]?.number, values)
            XCTAssertNotNil(located?["column"]?.number, values)
        }
    }

    func testSecretsGivenWithSetAreNeverPrinted() throws {
        // CATALOG §2: never print a secret value; a --set location names the key, not the value.
        let arguments = [
            "--set", "config.langsmithLicenseKey=SUPERSECRET",
            "--set", "postgres.external.enabled=true", "--set", "postgres.external.connectionUrl=postgres://u:PGPASS@db/ls",
            "--set", "config.blobStorage.enabled=true", "--set", "config.blobStorage.accessKey=AKSECRET",
            "--set", "clickhouse.external.enabled=true", "--set", "clickhouse.external.password=CHPASS",
            "--set", "redis.external.enabled=true", "--set", "redis.external.connectionUrl=redis://:RPASS@redis:6379",
        ]
        let run = try Acceptance.audit(values: "{}\n", arguments)
        XCTAssertEqual(run.status("security.plaintext-secrets"), "fail")
        for secret in ["SUPERSECRET", "PGPASS", "AKSECRET", "CHPASS", "RPASS"] {
            XCTAssertFalse(run.result.standardOutput.contains(secret), "\(secret) printed")
        }
        XCTAssertTrue(run.message("security.plaintext-secrets").contains("--set config.langsmithLicenseKey)"),
                      run.message("security.plaintext-secrets"))
        let azure = try Acceptance.audit(values: "{}\n", [
            "--set", "config.blobStorage.enabled=true", "--set", "config.blobStorage.engine=Azure",
            "--set", "config.blobStorage.azureStorageContainerName=traces",
            "--set", "config.blobStorage.azureStorageConnectionString=AccountKey=AZSECRET",
        ])
        XCTAssertFalse(azure.result.standardOutput.contains("AZSECRET"))
    }

    func testMessageNamesTheKeyPath() throws {
        let run = try Acceptance.audit(values: "config:\n  langsmithLicenseKey: lic-SECRETVALUE\n")
        let text = run.message("security.plaintext-secrets") + run.evidenceText("security.plaintext-secrets")
        XCTAssertTrue(text.contains("config.langsmithLicenseKey"), text)
    }

    func testConnectionUrlsWithoutPasswordPass() throws {
        let values = "postgres:\n  external:\n    enabled: true\n    connectionUrl: \"postgres://ls@db.internal:5432/ls\"\n"
            + "redis:\n  external:\n    enabled: true\n    connectionUrl: \"redis://redis.internal:6379\"\n"
        XCTAssertEqual(try Acceptance.audit(values: values).status("security.plaintext-secrets"), "pass")
    }

    func testEmptySecretsPass() throws {
        let values = "config:\n  langsmithLicenseKey: \"\"\n  apiKeySalt: \"\"\n"
        XCTAssertEqual(try Acceptance.audit(values: values).status("security.plaintext-secrets"), "pass")
    }

    func testPlaintextSecretsNotApplicableUnderDev() throws {
        let run = try Acceptance.audit(values: "config:\n  langsmithLicenseKey: lic-SECRETVALUE\n", ["--profile", "dev"])
        XCTAssertEqual(run.status("security.plaintext-secrets"), "not-applicable")
        XCTAssertFalse(run.result.standardOutput.contains("SECRETVALUE"))
    }

    // MARK: security.default-credentials

    func testInChartDatastoresHaveNoDefaultCredentialProblem() throws {
        // Catalog silent on "no external datastore"; the rule documents not-applicable.
        XCTAssertEqual(try Acceptance.audit().status("security.default-credentials"), "not-applicable")
    }

    func testExternalClickHouseWithChartDefaultPasswordFails() throws {
        let run = try Acceptance.audit(values: "clickhouse:\n  external:\n    enabled: true\n    host: ch.internal\n")
        XCTAssertEqual(run.status("security.default-credentials"), "fail", run.message("security.default-credentials"))
        XCTAssertTrue(run.message("security.default-credentials").contains("clickhouse.external.password"), run.message("security.default-credentials"))
    }

    func testExternalPostgresWithChartDefaultPasswordFails() throws {
        let run = try Acceptance.audit(values: "postgres:\n  external:\n    enabled: true\n    host: db.internal\n")
        XCTAssertEqual(run.status("security.default-credentials"), "fail")
    }

    func testExternalDatastoresWithSecretsPass() throws {
        let values = "postgres:\n  external:\n    enabled: true\n    existingSecretName: pg\nclickhouse:\n  external:\n    enabled: true\n    existingSecretName: ch\n"
        XCTAssertEqual(try Acceptance.audit(values: values).status("security.default-credentials"), "pass")
    }

    func testUserSetPasswordIsNotADefault() throws {
        let values = "clickhouse:\n  external:\n    enabled: true\n    password: s0mething-else\n"
        XCTAssertEqual(try Acceptance.audit(values: values).status("security.default-credentials"), "pass")
    }

    func testDefaultCredentialsAppliesUnderDev() throws {
        let values = "clickhouse:\n  external:\n    enabled: true\n"
        XCTAssertEqual(try Acceptance.audit(values: values, ["--profile", "dev"]).status("security.default-credentials"), "fail")
    }

    // MARK: security.tls

    func testNoTLSFails() throws {
        XCTAssertEqual(try Acceptance.audit().status("security.tls"), "fail")
    }

    func testTLSAlternatives() throws {
        let cases: [(String, String)] = [
            ("ingress:\n  enabled: true\n  tls:\n    - hosts: [ls.example.com]\n      secretName: ls-tls\n", "pass"),
            ("ingress:\n  enabled: true\n  ingressClassName: alb\n  annotations:\n    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-west-2:1:certificate/x\n    alb.ingress.kubernetes.io/listen-ports: '[{\"HTTPS\":443}]'\n", "pass"),
            ("ingress:\n  enabled: true\n  ingressClassName: alb\n  annotations:\n    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-west-2:1:certificate/x\n    alb.ingress.kubernetes.io/listen-ports: '[{\"HTTP\":80}, {\"HTTPS\":443}]'\n", "pass"),
            ("ingress:\n  enabled: true\n  ingressClassName: alb\n  annotations:\n    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-west-2:1:certificate/x\n    alb.ingress.kubernetes.io/listen-ports: '[{\"HTTP\":80}]'\n", "fail"),
            ("frontend:\n  ssl:\n    enabled: true\n", "pass"),
            ("ingress:\n  enabled: true\n  tls: []\n", "fail"),
        ]
        for (values, expected) in cases {
            let run = try Acceptance.audit(values: values)
            XCTAssertEqual(run.status("security.tls"), expected, "\(values)\(run.message("security.tls"))")
        }
    }

    func testClusterIngressTLSDecides() throws {
        let withTLS = Kube.list([Kube.node(), Kube.deployment("frontend"), Kube.ingress(className: "nginx", tls: true)])
        XCTAssertEqual(try Acceptance.audit(cluster: withTLS).status("security.tls"), "pass")
        let withoutTLS = Kube.list([Kube.node(), Kube.deployment("frontend"), Kube.ingress(className: "nginx")])
        let values = "ingress:\n  enabled: true\n  tls:\n    - hosts: [ls.example.com]\n      secretName: ls-tls\n"
        let run = try Acceptance.audit(values: values, cluster: withoutTLS)
        XCTAssertEqual(run.status("security.tls"), "fail", run.message("security.tls"))
    }

    // MARK: security.waf

    func testWAF() throws {
        XCTAssertEqual(try Acceptance.audit().status("security.waf"), "at-risk")
        let v2 = "ingress:\n  enabled: true\n  ingressClassName: alb\n  annotations:\n    alb.ingress.kubernetes.io/wafv2-acl-arn: arn:aws:wafv2:us-west-2:1:regional/webacl/x/y\n"
        XCTAssertEqual(try Acceptance.audit(values: v2).status("security.waf"), "pass")
        let classic = "ingress:\n  enabled: true\n  ingressClassName: alb\n  annotations:\n    alb.ingress.kubernetes.io/waf-acl-id: 0a1b2c\n"
        XCTAssertEqual(try Acceptance.audit(values: classic).status("security.waf"), "pass")
        let cluster = Kube.list([Kube.node(), Kube.deployment("frontend"),
                                 Kube.ingress(className: "alb", annotations: ["alb.ingress.kubernetes.io/wafv2-acl-arn": "arn:aws:wafv2:x"])])
        XCTAssertEqual(try Acceptance.audit(cluster: cluster).status("security.waf"), "pass")
        let bare = Kube.list([Kube.node(), Kube.deployment("frontend"), Kube.ingress(className: "alb")])
        XCTAssertEqual(try Acceptance.audit(values: v2, cluster: bare).status("security.waf"), "at-risk")
    }

    // MARK: security.auth

    func testAuth() throws {
        XCTAssertEqual(try Acceptance.audit().status("security.auth"), "fail")
        let basic = "config:\n  authType: mixed\n  basicAuth:\n    enabled: true\n"
        XCTAssertEqual(try Acceptance.audit(values: basic).status("security.auth"), "pass")
        let oauth = "config:\n  authType: mixed\n  oauth:\n    enabled: true\n    oauthClientId: ls\n"
        XCTAssertEqual(try Acceptance.audit(values: oauth).status("security.auth"), "pass")
        let oauthOnly = "config:\n  authType: oauth\n  oauth:\n    enabled: true\n    oauthClientId: ls\n"
        XCTAssertEqual(try Acceptance.audit(values: oauthOnly).status("security.auth"), "pass")
        XCTAssertEqual(try Acceptance.audit(values: "config:\n  authType: mixed\n").status("security.auth"), "fail")
        XCTAssertEqual(try Acceptance.audit(["--profile", "dev"]).status("security.auth"), "fail")
    }

    // MARK: security.cors

    func testCORS() throws {
        XCTAssertEqual(try Acceptance.audit().status("security.cors"), "at-risk")
        XCTAssertEqual(try Acceptance.audit(["--profile", "dev"]).status("security.cors"), "not-applicable")
        let origin = "config:\n  security:\n    cors:\n      allowedOrigins: \"https://ls.example.com\"\n"
        XCTAssertEqual(try Acceptance.audit(values: origin).status("security.cors"), "pass")
        let regex = "config:\n  security:\n    cors:\n      allowedOrigins: \"*\"\n      allowedOriginsRegex: \"^https://.*\\\\.example\\\\.com$\"\n"
        XCTAssertEqual(try Acceptance.audit(values: regex).status("security.cors"), "pass")
        let star = "config:\n  security:\n    cors:\n      allowedOrigins: \"*\"\n"
        let run = try Acceptance.audit(values: star)
        XCTAssertEqual(run.status("security.cors"), "at-risk")
        XCTAssertTrue(run.message("security.cors").contains("allowedOrigins"), run.message("security.cors"))
    }

    // MARK: security.private-exposure

    func testPrivateExposure() throws {
        XCTAssertEqual(try Acceptance.audit().status("security.private-exposure"), "at-risk")  // LoadBalancer frontend default
        let internalALB = "ingress:\n  enabled: true\n  ingressClassName: alb\n  annotations:\n    alb.ingress.kubernetes.io/scheme: internal\nfrontend:\n  service:\n    type: ClusterIP\n"
        XCTAssertEqual(try Acceptance.audit(values: internalALB).status("security.private-exposure"), "pass")
        let internetFacing = "ingress:\n  enabled: true\n  ingressClassName: alb\n  annotations:\n    alb.ingress.kubernetes.io/scheme: internet-facing\nfrontend:\n  service:\n    type: ClusterIP\n"
        XCTAssertEqual(try Acceptance.audit(values: internetFacing).status("security.private-exposure"), "at-risk")
        let clusterIP = "frontend:\n  service:\n    type: ClusterIP\n"
        XCTAssertEqual(try Acceptance.audit(values: clusterIP).status("security.private-exposure"), "pass")
        let nginx = "ingress:\n  enabled: true\n  ingressClassName: nginx\nfrontend:\n  service:\n    type: ClusterIP\n"
        XCTAssertEqual(try Acceptance.audit(values: nginx).status("security.private-exposure"), "at-risk")
        let gateway = "gateway:\n  enabled: true\n  name: eg\nfrontend:\n  service:\n    type: ClusterIP\n"
        XCTAssertEqual(try Acceptance.audit(values: gateway).status("security.private-exposure"), "at-risk")
        let istio = "istioGateway:\n  enabled: true\nfrontend:\n  service:\n    type: ClusterIP\n"
        XCTAssertEqual(try Acceptance.audit(values: istio).status("security.private-exposure"), "at-risk")
    }

    func testClusterFrontendServiceDecides() throws {
        let cluster = Kube.list([Kube.node(), Kube.deployment("frontend"), Kube.service("frontend", type: "LoadBalancer")])
        let run = try Acceptance.audit(values: "frontend:\n  service:\n    type: ClusterIP\n", cluster: cluster)
        XCTAssertEqual(run.status("security.private-exposure"), "at-risk", run.message("security.private-exposure"))
        let quiet = Kube.list([Kube.node(), Kube.deployment("frontend"), Kube.service("frontend", type: "ClusterIP")])
        XCTAssertEqual(try Acceptance.audit(cluster: quiet).status("security.private-exposure"), "pass")
    }

    func testCORSChoicesWhereTheCatalogIsSilent() throws {
        // Documented in the rule: an empty allowedOrigins passes no restriction (at-risk); a "*" among
        // comma-separated origins is permissive; charts without config.security.cors are not-applicable.
        let empty = "config:\n  security:\n    cors:\n      allowedOrigins: \"\"\n"
        XCTAssertEqual(try Acceptance.audit(values: empty).status("security.cors"), "at-risk")
        let listed = "config:\n  security:\n    cors:\n      allowedOrigins: \"https://a.example.com,*\"\n"
        XCTAssertEqual(try Acceptance.audit(values: listed).status("security.cors"), "at-risk")
        XCTAssertEqual(try Acceptance.audit(["--chart-version", "0.12.37"]).status("security.cors"), "not-applicable")
    }
}
