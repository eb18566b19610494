import Foundation
import XCTest
@testable import LabScript

/// Compares the parser with CPython 3.11 on slightly broken standard-library code recorded by
/// scripts/fixtures/syntax_mutations.py: valid code must give CPython's tree, invalid code must
/// fail, and nearly always with CPython's message and line (CPython's PEG parser sometimes looks
/// further ahead than a recursive-descent parser before it gives up).
final class SyntaxMutationTests: XCTestCase {
    private struct Mutation: Decodable {
        let source: String
        let ast: String?
        let kind: String?
        let message: String?
        let line: Int?
    }

    func testAgreesWithCPython() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/syntax_mutations.json")
        let mutations = try JSONDecoder().decode([Mutation].self, from: Data(contentsOf: url))
        var errors = 0, sameErrors = 0
        for mutation in mutations {
            if let expected = mutation.ast {
                XCTAssertEqual(dump(mutation.source), expected, mutation.source)
                continue
            }
            guard let error = syntaxError(mutation.source) else { continue }
            errors += 1
            if error.kind == mutation.kind && error.message == mutation.message && error.location.line == mutation.line {
                sameErrors += 1
            } else {
                print("differs from CPython (\(mutation.message ?? ""), line \(mutation.line ?? 0)): \(error.message), line \(error.location.line)")
            }
        }
        XCTAssertGreaterThan(errors, 100)
        XCTAssertGreaterThanOrEqual(Double(sameErrors) / Double(errors), 0.95, "\(sameErrors) of \(errors) errors as CPython")
    }
}
