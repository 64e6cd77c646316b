import Foundation
import XCTest
@testable import LSReadyCore

final class PendingTests: XCTestCase {
    func testTheValueComesFromTheOtherThreadOrRightAway() {
        let caller = pthread_self()
        let background = Pending(inBackground: true) { (pthread_equal(pthread_self(), caller) == 0, (1...1000).reduce(0, +)) }
        XCTAssertEqual(background.wait().0, true, "not computed on another thread")
        XCTAssertEqual(background.wait().1, 500_500)
        XCTAssertEqual(background.wait().1, 500_500, "a second wait gives the value again")
        let inline = Pending(inBackground: false) { pthread_equal(pthread_self(), caller) != 0 }
        XCTAssertEqual(inline.wait(), true)
    }
}
