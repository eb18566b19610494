import XCTest
@testable import LabTokenizers

/// Every corpus string must give exactly the ids the reference library gave for the same tokenizer.json.
final class TokenizerParityTests: XCTestCase {
    static let names = ["t5", "roberta", "bert", "bpe_byte_fallback", "unigram_byte_fallback", "wordlevel_split",
                        "spm_bpe_llama", "spm_bpe_generic"]

    func testIdsWithSpecialTokens() throws {
        for name in Self.names {
            let expected = try Fixtures.expected(name)["ids"] as! [[Int]]
            let actual = try Fixtures.corpusIds(name)
            assertEachEqual(actual, expected, inputs: Fixtures.corpus, "\(name) ids")
        }
    }

    func testIdsWithoutSpecialTokens() throws {
        for name in Self.names {
            let tokenizer = try Fixtures.tokenizer(name)
            let expected = try Fixtures.expected(name)["ids_no_special"] as! [[Int]]
            let actual = try Fixtures.corpus.map { try tokenizer.encode($0, addSpecialTokens: false).ids }
            assertEachEqual(actual, expected, inputs: Fixtures.corpus, "\(name) ids without special tokens")
        }
    }

    func testDecode() throws {
        for name in Self.names {
            let tokenizer = try Fixtures.tokenizer(name)
            let expected = try Fixtures.expected(name)
            let ids = Array((expected["ids"] as! [[Int]]).prefix((expected["decode"] as! [String]).count))
            assertEachEqual(ids.map { tokenizer.decode($0) }, expected["decode"] as! [String],
                            inputs: Fixtures.corpus, "\(name) decode")
            assertEachEqual(ids.map { tokenizer.decode($0, skipSpecialTokens: true) },
                            expected["decode_skip_special"] as! [String], inputs: Fixtures.corpus, "\(name) decode skipping special")
        }
    }

    func testVocabularySizes() throws {
        for name in Self.names {
            let tokenizer = try Fixtures.tokenizer(name)
            let expected = try Fixtures.expected(name)
            XCTAssertEqual(tokenizer.vocabSize(withAddedTokens: false), expected["vocab_size"] as? Int, name)
            XCTAssertEqual(tokenizer.vocabSize(withAddedTokens: true), expected["length"] as? Int, name)
        }
    }
}

/// A tokenizer.json's own truncation and padding, applied by `encodeBatch` as the reference's `encode_batch`.
final class FileSettingsTests: XCTestCase {
    func testEncodeBatchAppliesTheFileSettings() throws {
        let expected = try Fixtures.expected("file_settings")
        var definition = try Fixtures.json("tokenizers/roberta/tokenizer.json") as! [String: Any]
        definition["truncation"] = expected["truncation"]
        definition["padding"] = expected["padding"]
        let tokenizer = try Tokenizer(data: try JSONSerialization.data(withJSONObject: definition))
        let ids = expected["ids"] as! [[Int]]
        let start = expected["start"] as! Int
        let encodings = try tokenizer.encodeBatch(Array(Fixtures.corpus[start..<(start + ids.count)]))
        XCTAssertEqual(encodings.map(\.ids), ids)
        XCTAssertEqual(encodings.map(\.attentionMask), expected["attention_mask"] as! [[Int]])
    }
}
