import XCTest
@testable import LSReadyCore

final class ChartLangSmithServicesTests: XCTestCase {
    func testDefaultNamesMatchEveryChartThatHasTheSection() {
        let workloads = LangSmithServices.services.map { ($0.valueKey, $0.defaultName) }
            + LangSmithServices.datastores.map { ($0.valueKey, $0.defaultName) }
        for snapshot in ChartKnowledge.snapshots {
            for (key, name) in workloads {
                // ingestQueue first appears in 0.12.
                guard let section = snapshot.defaults[key] else {
                    XCTAssertEqual(key, "ingestQueue", "\(snapshot.dataVersion) lacks \(key)")
                    continue
                }
                XCTAssertEqual(section["name"]?.string, name, "\(snapshot.dataVersion) \(key).name")
            }
        }
    }

    func testAutoscalingSets() {
        XCTAssertEqual(LangSmithServices.requiredAutoscaling.map(\.valueKey), ["backend", "platformBackend", "queue"])
        XCTAssertEqual(LangSmithServices.recommendedAutoscaling.map(\.valueKey), ["ingestQueue", "frontend", "playground", "aceBackend"])
        XCTAssertEqual(LangSmithServices.service(valueKey: "ingestQueue")?.autoscaling, .recommendedWhenEnabled)
        XCTAssertNil(LangSmithServices.service(valueKey: "clickhouse"))
    }

    func testEveryJudgedServiceCanAutoscaleInEveryChart() {
        for snapshot in ChartKnowledge.snapshots {
            for service in LangSmithServices.services where snapshot.defaults[service.valueKey] != nil {
                XCTAssertNotNil(snapshot.defaults.at([service.valueKey, "autoscaling"]), "\(snapshot.dataVersion) \(service.valueKey)")
            }
        }
    }
}
