import Foundation
import XCTest
@testable import LabTokenizers

/// A tokenizer's files held in memory: `files()` gives what `save(to:)` writes, and
/// `init(files:)` builds the tokenizer a folder of those files gives.
final class InMemoryFilesTests: XCTestCase {
    func testFilesRoundTripWithoutAFolder() throws {
        let tokenizer = try HFTokenizer(folder: Fixtures.folder("roberta"))
        let files = try tokenizer.files()
        XCTAssertEqual(Set(files.keys), ["tokenizer.json", "tokenizer_config.json"])
        let copy = try HFTokenizer(files: files)
        let inputs = Array(Fixtures.corpus.prefix(50))
        XCTAssertEqual(try inputs.map { try copy.encode($0) }, try inputs.map { try tokenizer.encode($0) })
        XCTAssertEqual(try copy.files(), files)
        XCTAssertEqual(copy.padToken, tokenizer.padToken)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labtok-files-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try copy.save(to: folder)
        for (name, data) in files { XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent(name)), data, name) }
    }

    func testMissingOrDamagedFilesAreErrorsNamingThem() throws {
        XCTAssertThrowsError(try HFTokenizer(files: [:], folder: "somewhere")) { error in
            XCTAssertTrue("\(error)".contains("somewhere/tokenizer.json"), "\(error)")
        }
        XCTAssertThrowsError(try HFTokenizer(files: ["tokenizer.json": Data("{".utf8)])) { error in
            XCTAssertTrue(error is TokenizerError, "\(error)")
        }
    }
}
