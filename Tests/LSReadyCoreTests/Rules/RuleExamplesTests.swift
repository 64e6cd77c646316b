import XCTest
import LSReadyCore
import TestSupport

/// The examples are the rules' tests: every example of every registered rule
/// runs through the real readers, merger, model builder and engine.
final class RuleExamplesTests: XCTestCase {
    func testEveryExampleProducesItsStatus() {
        let failures = RuleRegistry.all.flatMap(RuleExampleCheck.failures(of:))
        XCTAssertEqual(failures, [], failures.joined(separator: "\n"))
    }
}
