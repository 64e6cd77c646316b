import Foundation
import XCTest
@testable import LSReadyCore

/// A kubectl-style dump of about 10 MB must parse in well under a second in
/// release builds. Debug builds are several times slower, so the timing is
/// asserted only when `LSREADY_YAML_PERF=1` (run with `swift test -c release
/// -Xswiftc -enable-testing`); it measures the thread's CPU time.
final class YAMLPerformanceTests: XCTestCase {
    static func kubectlDump(items: Int) -> [UInt8] {
        var text = "apiVersion: v1\nkind: List\nitems:\n"
        for index in 0..<items {
            text += """
            - apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: service-\(index)
                namespace: production
                labels: {app: service-\(index), tier: "backend", version: v1.2.\(index % 10)}
                annotations:
                  deployment.kubernetes.io/revision: "\(index % 7)"
                  description: >-
                    A folded description that
                    spans several lines of text.
              spec:
                replicas: 3
                selector:
                  matchLabels:
                    app: service-\(index)
                template:
                  spec:
                    containers:
                      - name: app
                        image: "registry.example.com/team/service-\(index):1.2.3"
                        args: ['--port=8080', '--log-level=info']
                        resources:
                          limits: {cpu: 500m, memory: 512Mi}
                          requests: {cpu: 100m, memory: 128Mi}
                        env:
                          - name: CONFIG
                            value: |
                              key=value
                              other=thing

            """
        }
        return Array(text.utf8)
    }

    /// CPU time of this thread: on a machine shared with other builds, wall-clock time says more about them than about us.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    func testTenMegabyteDumpParsesQuickly() throws {
        let measure = ProcessInfo.processInfo.environment["LSREADY_YAML_PERF"] == "1"
        let bytes = Self.kubectlDump(items: measure ? 12_000 : 300)
        let start = Self.threadCPUSeconds()
        let documents = try YAMLReader.parseStream(bytes, file: "dump.yaml")
        let parsed = Self.threadCPUSeconds() - start
        let node = try YAMLLoader.load(try XCTUnwrap(documents.first), schema: .core)
        XCTAssertEqual(node["items"]?.items?.count, measure ? 12_000 : 300)
        if measure {
            XCTAssertGreaterThan(bytes.count, 10_000_000)
            XCTAssertLessThan(parsed, ProcessInfo.processInfo.environment["LSREADY_YAML_PERF_MAX"].flatMap(Double.init) ?? 1.0,
                              "parsing \(bytes.count) bytes took \(parsed) s of CPU time")
        }
    }
}
