import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A JUnit XML report read back with Foundation's XML parser: the counts its
/// attributes declare and the elements it actually holds, per test suite.
public struct JUnitSummary: Equatable {
    public struct Counts: Equatable {
        public var tests: Int
        public var failures: Int
        public var skipped: Int
        public var errors: Int

        public init(tests: Int, failures: Int, skipped: Int, errors: Int = 0) {
            self.tests = tests
            self.failures = failures
            self.skipped = skipped
            self.errors = errors
        }
    }

    public struct Suite: Equatable {
        public var name: String
        /// What the `<testsuite>` attributes say.
        public var declared: Counts
        /// What its `<testcase>`, `<failure>` and `<skipped>` elements add up to.
        public var actual: Counts
        public var testcaseNames: [String]
    }

    public var declared: Counts
    public var suites: [Suite]

    /// The totals of the elements over every suite.
    public var actual: Counts {
        Counts(tests: suites.map(\.actual.tests).reduce(0, +), failures: suites.map(\.actual.failures).reduce(0, +),
               skipped: suites.map(\.actual.skipped).reduce(0, +), errors: suites.map(\.actual.errors).reduce(0, +))
    }

    public enum ParseError: Error { case notJUnit(String) }

    public init(parsing xml: String) throws {
        let document = try XMLDocument(data: Data(xml.utf8), options: [])
        guard let root = document.rootElement(), root.name == "testsuites" else {
            throw ParseError.notJUnit("the root element is not <testsuites>")
        }
        declared = Self.counts(of: root)
        suites = root.elements(forName: "testsuite").map { suite in
            let cases = suite.elements(forName: "testcase")
            return Suite(
                name: suite.attribute(forName: "name")?.stringValue ?? "",
                declared: Self.counts(of: suite),
                actual: Counts(tests: cases.count,
                               failures: cases.filter { !$0.elements(forName: "failure").isEmpty }.count,
                               skipped: cases.filter { !$0.elements(forName: "skipped").isEmpty }.count,
                               errors: cases.filter { !$0.elements(forName: "error").isEmpty }.count),
                testcaseNames: cases.compactMap { $0.attribute(forName: "name")?.stringValue })
        }
    }

    static func counts(of element: XMLElement) -> Counts {
        func number(_ name: String) -> Int { Int(element.attribute(forName: name)?.stringValue ?? "") ?? -1 }
        return Counts(tests: number("tests"), failures: number("failures"), skipped: number("skipped"), errors: number("errors"))
    }
}
