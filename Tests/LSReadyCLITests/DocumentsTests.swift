import XCTest
@testable import LSReadyCLI
import LSReadyCore
import TestSupport

/// Documents generated from the rule metadata, and the commands that print them.
final class DocumentsTests: XCTestCase {
    func testCommittedChecklistIsCurrent() throws {
        let committed = try String(contentsOf: ProjectPaths.root.appendingPathComponent("PROD_CHECKLIST.md"), encoding: .utf8)
        XCTAssertEqual(committed, ChecklistDocument.render(),
                       "PROD_CHECKLIST.md is stale: run `swift run lsready checklist > PROD_CHECKLIST.md`")
    }

    func testCommittedRuleDocumentationIsCurrent() throws {
        let committed = try String(contentsOf: ProjectPaths.root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        XCTAssertEqual(committed, RuleDocumentation.renderAll(RuleRegistry.all.map(\.metadata)),
                       "docs/rules.md is stale: run `swift run lsready explain --all > docs/rules.md`")
        XCTAssertEqual(CommandHarness(in: ProjectPaths.root).run(["explain", "--all"]).standardOutput, committed)
        XCTAssertEqual(CommandHarness(in: ProjectPaths.root).run(["explain", "--all", "blob.enabled"]).exitCode, .usage)
    }

    func testChecklistCommandPrintsTheDocument() {
        let result = CommandHarness(in: ProjectPaths.root).run(["checklist"])
        XCTAssertEqual(result.exitCode, .passed)
        XCTAssertEqual(result.standardOutput, ChecklistDocument.render())
    }

    func testChecklistNamesEveryRuleWithLevelAndVerification() {
        let document = ChecklistDocument.render()
        for section in Section.allCases {
            XCTAssertTrue(document.contains("## \(section.number). \(section.title)"), section.title)
        }
        for rule in RuleRegistry.all.map(\.metadata) {
            XCTAssertTrue(document.contains("`\(rule.id)` · \(rule.level.rawValue)"), rule.id)
        }
        XCTAssertTrue(document.contains("verified from sign-off"))
        XCTAssertTrue(document.contains("verified from values, cluster"))
    }

    func testRulesCommandListsTheCatalogInOrder() throws {
        let text = CommandHarness(in: ProjectPaths.root).run(["rules"]).standardOutput
        let ids = text.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
        XCTAssertEqual(ids, RuleRegistry.all.map(\.metadata.id))
        let json = CommandHarness(in: ProjectPaths.root).run(["rules", "--format", "json"]).standardOutput
        let parsed = try JSONReader.parse(Array(json.utf8), file: "rules.json")
        XCTAssertEqual(parsed.items?.count, RuleRegistry.all.count)
        XCTAssertEqual(parsed.items?.first?["id"]?.string, RuleRegistry.all.first?.metadata.id)
    }

    func testExplainPrintsTheRuleAndRejectsUnknownIDs() {
        let harness = CommandHarness(in: ProjectPaths.root)
        let known = harness.run(["explain", "blob.enabled"])
        XCTAssertEqual(known.exitCode, .passed)
        XCTAssertTrue(known.standardOutput.hasPrefix("blob.enabled — Blob storage enabled\n"))
        XCTAssertTrue(known.standardOutput.contains("How to fix"))
        XCTAssertTrue(known.standardOutput.contains("Example (fail)"))
        let unknown = harness.run(["explain", "blob.enable"])
        XCTAssertEqual(unknown.exitCode, .usage)
        XCTAssertTrue(unknown.standardError.contains("unknown rule 'blob.enable'; did you mean 'blob.enabled'?"), unknown.standardError)
        XCTAssertEqual(harness.run(["explain"]).exitCode, .usage)
    }
}
