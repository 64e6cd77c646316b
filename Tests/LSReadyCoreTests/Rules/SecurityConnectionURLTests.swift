import XCTest
@testable import LSReadyCore

/// `security.plaintext-secrets` counts a connection URL only when it embeds a password.
final class SecurityConnectionURLTests: XCTestCase {
    func testURLsWithAPassword() {
        XCTAssertTrue(ConnectionURL.hasPassword("redis://:s3cret@redis.example.com:6379/0"))
        XCTAssertTrue(ConnectionURL.hasPassword("postgres://langsmith:s3cret@db.example.com:5432/langsmith"))
        // The chart asks for postgres.external.connectionUrl without the scheme.
        XCTAssertTrue(ConnectionURL.hasPassword("langsmith:s3cret@db.example.com:5432/langsmith?sslmode=require"))
    }

    func testURLsWithoutAPassword() {
        XCTAssertFalse(ConnectionURL.hasPassword("redis://redis.example.com:6379/0"))
        XCTAssertFalse(ConnectionURL.hasPassword("redis://default@redis.example.com:6379"))
        XCTAssertFalse(ConnectionURL.hasPassword("redis://default:@redis.example.com:6379"))
        XCTAssertFalse(ConnectionURL.hasPassword("db.example.com:5432/langsmith"))
        // An @ after the host (in the path or query) is not credentials.
        XCTAssertFalse(ConnectionURL.hasPassword("db.example.com:5432/langsmith?user=a@b"))
    }
}
