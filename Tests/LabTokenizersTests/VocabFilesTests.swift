import XCTest
@testable import LabTokenizers

/// RoBERTa-style checkpoints that ship vocab.json + merges.txt instead of tokenizer.json.
final class VocabFilesTests: XCTestCase {
    func testVocabAndMergesGiveTheSameIdsAsTokenizerJSON() throws {
        let source = Fixtures.folder("roberta")
        let definition = try JSONSerialization.jsonObject(with: Data(contentsOf: source.appendingPathComponent("tokenizer.json"))) as! [String: Any]
        let model = definition["model"] as! [String: Any]
        let merges = (model["merges"] as! [Any]).map { ($0 as? [String])?.joined(separator: " ") ?? ($0 as! String) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labtok-vocab-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try JSONSerialization.data(withJSONObject: model["vocab"]!).write(to: folder.appendingPathComponent("vocab.json"))
        try ("#version: 0.2\n" + merges.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("merges.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: source.appendingPathComponent("tokenizer_config.json"),
                                         to: folder.appendingPathComponent("tokenizer_config.json"))

        let tokenizer = try HFTokenizer(folder: folder)
        let expected = try Fixtures.expected("roberta")["ids"] as! [[Int]]
        let inputs = Array(Fixtures.corpus.prefix(150))
        assertEachEqual(try inputs.map { try tokenizer.encode($0) }, Array(expected.prefix(150)), inputs: inputs, "vocab files")
        XCTAssertEqual(tokenizer.count, try Fixtures.expected("roberta")["length"] as? Int)
    }
}
