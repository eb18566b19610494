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

    func testAddedTokensDecoderSetsTokenFlags() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labtok-mask-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let vocab = ["<s>": 0, "</s>": 1, "<mask>": 2, "a": 3, "Ġ": 4, "Ġa": 5]
        try JSONSerialization.data(withJSONObject: vocab).write(to: folder.appendingPathComponent("vocab.json"))
        try "#version: 0.2\nĠ a\n".write(to: folder.appendingPathComponent("merges.txt"), atomically: true, encoding: .utf8)
        let config: [String: Any] = [
            "cls_token": "<s>", "sep_token": "</s>", "eos_token": "</s>", "mask_token": "<mask>",
            "added_tokens_decoder": ["2": ["content": "<mask>", "lstrip": true, "rstrip": false, "normalized": false,
                                           "single_word": false, "special": true]],
        ]
        try JSONSerialization.data(withJSONObject: config).write(to: folder.appendingPathComponent("tokenizer_config.json"))
        let tokenizer = try HFTokenizer(folder: folder)
        // With lstrip the space before <mask> belongs to the mask, so " a" before it stays one token.
        XCTAssertEqual(try tokenizer.encode("a a <mask>"), [0, 3, 5, 2, 1])
        XCTAssertEqual(tokenizer.convertTokensToIds(["<mask>", "Ġa", "zzz"]), [2, 5, nil])
        XCTAssertEqual(tokenizer.convertIdsToTokens([2, 5, 99]), ["<mask>", "Ġa", nil])
        XCTAssertEqual(tokenizer.decode([0, 3, 5, 2, 1], skipSpecialTokens: true), "a a")
    }
}
