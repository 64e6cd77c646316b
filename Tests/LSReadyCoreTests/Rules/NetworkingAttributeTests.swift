import XCTest
@testable import LSReadyCore

/// The ALB `load-balancer-attributes` list that `network.proxy-timeouts` reads.
final class NetworkingAttributeTests: XCTestCase {
    func testIdleTimeoutAmongOtherAttributes() {
        let list = "routing.http2.enabled=true, idle_timeout.timeout_seconds=600,deletion_protection.enabled=true"
        XCTAssertEqual(NetworkProxyTimeouts.attribute("idle_timeout.timeout_seconds", in: list), "600")
        XCTAssertNil(NetworkProxyTimeouts.attribute("idle_timeout.timeout_seconds", in: "routing.http2.enabled=true"))
        XCTAssertNil(NetworkProxyTimeouts.attribute("idle_timeout.timeout_seconds", in: ""))
    }
}
