import Foundation
import XCTest
@testable import LabTokenizers

/// The BPE trainer against Hugging Face `tokenizers` 0.20 (scripts/fixtures/tokenizer_training.py): a byte-level
/// BPE trained on the same corpus must have the identical vocabulary (tokens and ids) and merges.
final class TrainingBPETests: XCTestCase {
    static let expected = try! Fixtures.json("training/bpe.json") as! [String: Any]

    static func byteLevelDefinition() throws -> TokenizerDefinition {
        var definition = try TokenizerDefinition(model: .object([("type", .string("BPE")), ("unk_token", .null), ("vocab", .object([])), ("merges", .array([]))]))
        let byteLevel = JSONLiteral.object([("type", .string("ByteLevel")), ("add_prefix_space", .bool(false)), ("trim_offsets", .bool(true)), ("use_regex", .bool(true))])
        definition.preTokenizer = byteLevel
        definition.decoder = byteLevel
        return definition
    }

    static let trainer = BPETrainer(vocabSize: 600, minFrequency: 2, specialTokens: ["<s>", "<pad>", "</s>", "<unk>", "<mask>"],
                                    initialAlphabet: BPETrainer.byteLevelAlphabet.flatMap(\.unicodeScalars))

    func testByteLevelVocabularyAndMergesEqualReference() throws {
        var definition = try Self.byteLevelDefinition()
        try definition.train(texts: TrainingCorpus.train, trainer: Self.trainer)
        let document = try JSONSerialization.jsonObject(with: Data(try definition.document.utf8)) as! [String: Any]
        let model = document["model"] as! [String: Any]
        let vocab = (model["vocab"] as! [String: Int]).sorted { $0.value < $1.value }
        let expectedVocab = Self.expected["vocab"] as! [[Any]]
        assertEachEqual(vocab.map(\.key), expectedVocab.map { $0[0] as! String }, inputs: vocab.map(\.key), "vocab")
        XCTAssertEqual(vocab.map(\.value), expectedVocab.map { $0[1] as! Int })
        let merges = (model["merges"] as! [[String]]).map { $0.joined(separator: " ") }
        let expectedMerges = Self.expected["merges"] as! [String]
        assertEachEqual(merges, expectedMerges, inputs: merges, "merges")
    }

    func testTrainedTokenizerRoundTripsText() throws {
        var definition = try Self.byteLevelDefinition()
        try definition.train(texts: TrainingCorpus.train, trainer: Self.trainer)
        let tokenizer = try definition.makeTokenizer()
        for text in TrainingCorpus.heldOut.prefix(20) {
            XCTAssertEqual(tokenizer.decode(try tokenizer.encode(text).ids), text)
        }
        XCTAssertEqual(tokenizer.addedTokens.map(\.content), ["<s>", "<pad>", "</s>", "<unk>", "<mask>"])
    }

    func testStopRequestInterruptsTraining() throws {
        XCTAssertThrowsError(try Self.trainer.train(WordCounts([("aab", 3)]), shouldStop: { true })) { XCTAssertTrue($0 is TrainingInterrupted) }
    }

    func testAlphabetLimitDropsRarestCharacters() throws {
        let words = WordCounts([("aab", 3), ("c", 1), ("bd", 1)])
        let trained = try BPETrainer(vocabSize: 10, limitAlphabet: 2).train(words)
        XCTAssertEqual((0..<2).map { trained.model.idToToken($0) }, ["a", "b"])
    }

    func testTrainingAUnigramModelWithBPETrainerIsAnError() throws {
        var definition = try TokenizerDefinition.metaspaceUnigram()
        XCTAssertThrowsError(try definition.train(texts: ["a b"], trainer: BPETrainer())) { error in
            XCTAssertEqual("\(error)", "BPE trainer cannot train a Unigram model")
        }
    }
}

/// The BPE trainer's other parameters (`continuing_subword_prefix`, `end_of_word_suffix`, `limit_alphabet`,
/// `max_token_length`, `min_frequency`) against the reference. With a prefix or suffix the reference numbers the
/// marked characters in hash order, which changes from run to run and changes its tie-breaks, so only what does
/// not depend on that order is compared: the special token, the alphabet, the size and most of the tokens.
final class TrainingBPEVariantTests: XCTestCase {
    func testWordPieceStyleParametersAgreeWithReference() throws {
        let expected = try Fixtures.json("training/bpe_variant.json") as! [String: Any]
        var definition = try TokenizerDefinition(model: .object([("type", .string("BPE")), ("unk_token", .string("[UNK]")),
                                                                 ("continuing_subword_prefix", .string("##")), ("end_of_word_suffix", .string("</w>")),
                                                                 ("vocab", .object([])), ("merges", .array([]))]))
        definition.preTokenizer = .object([("type", .string("Whitespace"))])
        try definition.train(texts: TrainingCorpus.train, trainer: BPETrainer(vocabSize: 400, minFrequency: 3, specialTokens: ["[UNK]"], limitAlphabet: 40,
                                                                              continuingSubwordPrefix: "##", endOfWordSuffix: "</w>", maxTokenLength: 6))
        let tokenizer = try definition.makeTokenizer()
        let tokens = (0..<tokenizer.vocabSize(withAddedTokens: false)).compactMap(tokenizer.idToToken)
        let reference = (expected["vocab"] as! [[Any]]).map { $0[0] as! String }
        XCTAssertEqual(tokens.count, reference.count)
        XCTAssertEqual(Array(tokens.prefix(41)), Array(reference.prefix(41)), "special token and alphabet")
        let shared = Set(tokens).intersection(reference).count
        XCTAssertGreaterThanOrEqual(Double(shared) / Double(reference.count), 0.95, "\(shared) of \(reference.count) tokens shared")
        XCTAssertTrue(tokens.allSatisfy { $0.replacingOccurrences(of: "##", with: "").replacingOccurrences(of: "</w>", with: "").count <= 6 })
        XCTAssertEqual(try tokenizer.encode("the state").ids.map { tokenizer.idToToken($0)! }.joined(separator: " ").contains("[UNK]"), false)
    }
}
