import XCTest
import LSReadyCore
import TestSupport

final class HelmGetValuesHeaderTests: XCTestCase {
    func testHeaderLineIsBlankedKeepingLineNumbers() throws {
        for header in ["USER-SUPPLIED VALUES:", "COMPUTED VALUES:", "USER-SUPPLIED VALUES:  \r"] {
            let body = try XCTUnwrap(HelmGetValuesHeader.stripped(Array("\(header)\n{\"a\": 1}\n".utf8)))
            XCTAssertEqual(String(decoding: body, as: UTF8.self), "\n{\"a\": 1}\n")
            let node = try YAMLLoader.loadValuesFile(body, file: "get.yaml")
            XCTAssertEqual(node["a"]?.location, SourceLocation(file: "get.yaml", line: 2, column: 7))
        }
    }

    func testNullBodyMeansNoValues() throws {
        let body = try XCTUnwrap(HelmGetValuesHeader.stripped(Array("USER-SUPPLIED VALUES:\nnull\n".utf8)))
        XCTAssertEqual(try YAMLLoader.loadValuesFile(body, file: "get.yaml").entries?.count, 0)
    }

    func testOtherFilesHaveNoHeader() {
        XCTAssertNil(HelmGetValuesHeader.stripped(Array("a: 1\n".utf8)))
        XCTAssertNil(HelmGetValuesHeader.stripped(Array("user-supplied values:\n".utf8)))
        XCTAssertNil(HelmGetValuesHeader.stripped(Array("# USER-SUPPLIED VALUES:\n".utf8)))
        XCTAssertNil(HelmGetValuesHeader.stripped([]))
    }

    func testHeaderAloneIsAcceptedWithoutNewline() throws {
        XCTAssertEqual(HelmGetValuesHeader.stripped(Array("COMPUTED VALUES:".utf8)), [])
    }

    /// Needs the real YAML reader.
    func testYAMLBodyAfterHeader() throws {
        try XCTSkipUnless(YAMLReaderAvailability.isReal, YAMLReaderAvailability.skipMessage)
        let body = try XCTUnwrap(HelmGetValuesHeader.stripped(Array("USER-SUPPLIED VALUES:\nconfig:\n  replicas: 2\n".utf8)))
        let node = try YAMLLoader.loadValuesFile(body, file: "get.yaml")
        XCTAssertEqual(node.at("config.replicas")?.number, 2)
        XCTAssertEqual(node.at("config.replicas")?.location.line, 3)
    }
}

final class RedactionTests: XCTestCase {
    func testSecretPathsMatchTheCatalog() {
        XCTAssertEqual(SecretKeys.paths.count, 14)
        XCTAssertTrue(SecretKeys.isSecret(["postgres", "external", "connectionUrl"]))
        XCTAssertFalse(SecretKeys.isSecret(["postgres", "external"]))
    }

    func testNonEmptySecretsAreRedactedInPlace() {
        let input = values("""
            {"config": {"langsmithLicenseKey": "lic", "apiKeySalt": "", "basicAuth": {"jwtSecret": 12, "enabled": true},
             "blobStorage": {"accessKey": null, "accessKeySecret": {"nested": 1}}},
             "postgres": {"external": {"connectionUrl": "postgres://u:p@h/db", "host": "h"}},
             "redis": {"external": {"cluster": {"password": "pw"}}}, "other": {"password": "kept"}}
            """)
        let redacted = Redaction.redact(input)
        assertSameValues(redacted, """
            {"config": {"langsmithLicenseKey": "<redacted>", "apiKeySalt": "", "basicAuth": {"jwtSecret": "<redacted>", "enabled": true},
             "blobStorage": {"accessKey": null, "accessKeySecret": "<redacted>"}},
             "postgres": {"external": {"connectionUrl": "<redacted>", "host": "h"}},
             "redis": {"external": {"cluster": {"password": "<redacted>"}}}, "other": {"password": "kept"}}
            """)
        XCTAssertEqual(redacted.at("config.langsmithLicenseKey")?.location, input.at("config.langsmithLicenseKey")?.location)
    }
}
