import XCTest
@testable import LSReadyCore

final class ChartKeyStatusTests: XCTestCase {
    private func status(_ path: String, on version: String = "0.16.11") throws -> KeyStatus {
        let snapshot = ChartKnowledge.snapshot(for: try XCTUnwrap(ChartVersion(version)))
        return snapshot.keyStatus(path.split(separator: ".").map(String.init))
    }

    func testKnownKeys() throws {
        XCTAssertEqual(try status("config.blobStorage.apiURL"), .known)
        XCTAssertEqual(try status("clickhouse.statefulSet.persistence.size"), .known)
        XCTAssertEqual(try status("backend.autoscaling.hpa.enabled"), .known)
        XCTAssertEqual(try status("frontend"), .known)
        XCTAssertEqual(ChartKnowledge.snapshots[0].keyStatus([]), .known)
    }

    func testUnknownKeysWithSuggestions() throws {
        XCTAssertEqual(try status("config.blobStorage.apiUrl"), .unknown(suggestion: "apiURL"))
        XCTAssertEqual(try status("clickhouse.statefulset"), .unknown(suggestion: "statefulSet"))
        XCTAssertEqual(try status("clickhouse.statefulset.resources.limits"), .unknown(suggestion: "statefulSet"))
        XCTAssertEqual(try status("config.blobStorage.bucketNmae"), .unknown(suggestion: "bucketName"))
        XCTAssertEqual(try status("config.blobStorage.somethingElse"), .unknown(suggestion: nil))
        XCTAssertEqual(try status("frontnd.maxBodySize"), .unknown(suggestion: "frontend"))
        XCTAssertEqual(try status("noSuchSection"), .unknown(suggestion: nil))
    }

    func testUnknownTopLevelSectionOfAnOlderChart() throws {
        XCTAssertEqual(try status("istioGateway.enabled", on: "0.10.0"), .unknown(suggestion: nil))
        XCTAssertEqual(try status("istioGateway.enabled", on: "0.12.37"), .known)
    }

    func testFreeFormMaps() throws {
        XCTAssertEqual(try status("backend.deployment.annotations.team"), .freeForm)
        XCTAssertEqual(try status("backend.deployment.resources.limits.nvidia.com/gpu"), .freeForm)
        XCTAssertEqual(try status("clickhouse.statefulSet.resources.requests.ephemeral-storage"), .freeForm)
        XCTAssertEqual(try status("backend.deployment.readinessProbe.grpc"), .freeForm)
        XCTAssertEqual(try status("queue.deployment.nodeSelector.pool"), .freeForm)
        XCTAssertEqual(try status("frontend.deployment.extraContainerConfig.stdin"), .freeForm)
        XCTAssertEqual(try status("ingress.labels.app"), .freeForm)
        // Lists and empty maps in the defaults.
        XCTAssertEqual(try status("commonEnv.name"), .freeForm)
        XCTAssertEqual(try status("backend.deployment.tolerations.key"), .freeForm)
        XCTAssertEqual(try status("clickhouse.statefulSet.updateStrategy.type"), .freeForm)
        // Below a scalar or null default, shape is a type question, not a key question.
        XCTAssertEqual(try status("config.blobStorage.apiURL.host"), .freeForm)
    }

    func testSectionsTheToolDoesNotModelAreNotChecked() throws {
        XCTAssertEqual(try status("operator.anything.at.all"), .known)
        XCTAssertEqual(try status("images.backendImage.tagg"), .known)
        XCTAssertEqual(try status("smithdb.query.deployment.replicas"), .known)
    }

    func testLegacyAutoscalingKeysFromChart013() throws {
        for service in LangSmithServices.services where service.autoscaling != .none {
            let key = service.valueKey
            XCTAssertEqual(try status("\(key).autoscaling.enabled"), .legacy(replacement: "\(key).autoscaling.hpa.enabled"))
            XCTAssertEqual(try status("\(key).autoscaling.createHpa", on: "0.13.0"), .legacy(replacement: "\(key).autoscaling.hpa.enabled"))
            XCTAssertEqual(try status("\(key).autoscaling.maxReplicas", on: "0.13.5"), .legacy(replacement: "\(key).autoscaling.hpa.maxReplicas"))
            XCTAssertEqual(try status("\(key).autoscaling.targetCPUUtilizationPercentage", on: "0.17.0"),
                           .legacy(replacement: "\(key).autoscaling.hpa.targetCPUUtilizationPercentage"))
        }
        // hostBackend and listener are not judged for autoscaling but were renamed too.
        XCTAssertEqual(try status("listener.autoscaling.minReplicas"), .legacy(replacement: "listener.autoscaling.hpa.minReplicas"))
    }

    func testOldAutoscalingKeysAreKnownBeforeChart013() throws {
        for version in ["0.10.0", "0.12.37", "0.12.99"] {
            XCTAssertEqual(try status("backend.autoscaling.enabled", on: version), .known, version)
            XCTAssertEqual(try status("queue.autoscaling.createHpa", on: version), .known, version)
            XCTAssertEqual(try status("queue.autoscaling.hpa", on: version), .unknown(suggestion: nil), version)
        }
    }

    func testServicesThatKeptTheOldShapeHaveNoLegacyKeys() throws {
        // On 0.16.11, agentGateway still configures its HPA directly in `autoscaling`.
        XCTAssertEqual(try status("agentGateway.autoscaling.enabled"), .known)
        XCTAssertEqual(try status("agentGateway.autoscaling.minReplicas"), .known)
    }

    func testLegacyRenamesAreDerivedFromTheData() {
        XCTAssertEqual(LegacyAutoscalingKeys.renames, [
            "enabled": ["hpa", "enabled"],
            "createHpa": ["hpa", "enabled"],
            "minReplicas": ["hpa", "minReplicas"],
            "maxReplicas": ["hpa", "maxReplicas"],
            "targetCPUUtilizationPercentage": ["hpa", "targetCPUUtilizationPercentage"],
            "targetMemoryUtilizationPercentage": ["hpa", "targetMemoryUtilizationPercentage"],
        ])
    }

    func testModeledSectionsExistInTheNewestChart() {
        let newest = ChartKnowledge.snapshot(for: .newestSupported).defaults
        for section in ChartKnowledge.modeledSections {
            XCTAssertNotNil(newest[section], section)
        }
    }
}
