import XCTest
@testable import LabTokenizers

/// The transformers-style front against transformers' own batches, pairs and decodes.
final class HFTokenizerParityTests: XCTestCase {
    private func padding(_ value: Any?) -> HFTokenizer.PaddingStrategy {
        if let flag = value as? Bool { return flag ? .longest : .doNotPad }
        if let name = value as? String { return name == "max_length" ? .maxLength : .longest }
        return .doNotPad
    }

    private func truncation(_ value: Any?) -> Truncation.Strategy? {
        if let flag = value as? Bool { return flag ? .longestFirst : nil }
        return (value as? String).flatMap(Truncation.Strategy.init(rawValue:))
    }

    func testPaddedAndTruncatedBatches() throws {
        for name in TokenizerParityTests.names {
            let tokenizer = try Fixtures.hfTokenizer(name)
            for batch in try Fixtures.expected(name)["batches"] as! [[String: Any]] {
                let kwargs = batch["kwargs"] as! [String: Any]
                let start = batch["start"] as! Int
                tokenizer.paddingSide = Padding.Side(rawValue: batch["padding_side"] as? String ?? "right")!
                tokenizer.truncationSide = Truncation.Direction(rawValue: batch["truncation_side"] as? String ?? "right")!
                let texts = Array(Fixtures.corpus[start..<(start + (batch["count"] as! Int))])
                let result = try tokenizer(texts, padding: padding(kwargs["padding"]), truncation: truncation(kwargs["truncation"]),
                                           maxLength: kwargs["max_length"] as? Int, padToMultipleOf: kwargs["pad_to_multiple_of"] as? Int,
                                           addSpecialTokens: kwargs["add_special_tokens"] as? Bool ?? true)
                XCTAssertEqual(result.inputIds, batch["input_ids"] as! [[Int]], "\(name) \(kwargs)")
                XCTAssertEqual(result.attentionMask, batch["attention_mask"] as! [[Int]], "\(name) \(kwargs)")
            }
            tokenizer.paddingSide = .right
            tokenizer.truncationSide = .right
        }
    }

    func testPairs() throws {
        for name in TokenizerParityTests.names {
            let tokenizer = try Fixtures.hfTokenizer(name)
            for pair in try Fixtures.expected(name)["pairs"] as! [[String: Any]] {
                let kwargs = pair["kwargs"] as! [String: Any]
                let encode = {
                    try tokenizer(Fixtures.corpus[pair["first"] as! Int], pair: Fixtures.corpus[pair["second"] as! Int],
                                  truncation: self.truncation(kwargs["truncation"]), maxLength: kwargs["max_length"] as? Int)
                }
                if pair["error"] != nil {
                    XCTAssertThrowsError(try encode(), "\(name) \(kwargs)")
                } else {
                    XCTAssertEqual(try encode().inputIds, [pair["input_ids"] as! [Int]], "\(name) \(kwargs)")
                }
            }
        }
    }

    func testTransformersDecode() throws {
        for name in TokenizerParityTests.names {
            let tokenizer = try Fixtures.hfTokenizer(name)
            let expected = try Fixtures.expected(name)
            let ids = Array((expected["ids"] as! [[Int]]).prefix(120))
            assertEachEqual(tokenizer.batchDecode(ids), expected["transformers_decode"] as! [String],
                            inputs: Fixtures.corpus, "\(name) transformers decode")
            assertEachEqual(tokenizer.batchDecode(ids, skipSpecialTokens: true),
                            expected["transformers_decode_skip_special"] as! [String], inputs: Fixtures.corpus,
                            "\(name) transformers decode skipping special")
        }
    }

    func testSpecialTokenIdsAndLength() throws {
        for name in TokenizerParityTests.names {
            let tokenizer = try Fixtures.hfTokenizer(name)
            let expected = try Fixtures.expected(name)
            XCTAssertEqual(tokenizer.padTokenId, expected["pad_token_id"] as? Int, name)
            XCTAssertEqual(tokenizer.eosTokenId, expected["eos_token_id"] as? Int, name)
            XCTAssertEqual(tokenizer.count, expected["length"] as? Int, name)
            XCTAssertEqual(tokenizer.vocabSize, expected["vocab_size"] as? Int, name)
        }
    }

    func testWithoutAnyMaximumLengthNeitherTruncationNorMaxLengthPaddingApplies() throws {
        let tokenizer = try Fixtures.hfTokenizer("t5")
        XCTAssertNil(tokenizer.modelMaxLength)
        let texts = ["a b c", "hello"]
        let plain = try texts.map { try tokenizer.encode($0) }
        let result = try tokenizer(texts, padding: .maxLength, truncation: .longestFirst)
        XCTAssertEqual(result.inputIds, plain)
        XCTAssertEqual(result.attentionMask, plain.map { Array(repeating: 1, count: $0.count) })
    }

    func testSaveWritesAFolderThatLoadsTheSame() throws {
        let tokenizer = try HFTokenizer(folder: Fixtures.folder("t5"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labtok-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try tokenizer.save(to: folder)
        let reloaded = try HFTokenizer(folder: folder)
        XCTAssertEqual(try reloaded.encode("Hello world ﬁne"), try tokenizer.encode("Hello world ﬁne"))
        XCTAssertEqual(reloaded.padTokenId, tokenizer.padTokenId)
        XCTAssertEqual(reloaded.count, tokenizer.count)
    }
}
