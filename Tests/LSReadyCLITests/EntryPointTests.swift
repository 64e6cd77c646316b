import XCTest
@testable import LSReadyCLI

final class EntryPointTests: XCTestCase {
    func testNoCommandIsUsageError() {
        XCTAssertEqual(LSReadyCommandLine.run(arguments: []), 2)
    }
}
