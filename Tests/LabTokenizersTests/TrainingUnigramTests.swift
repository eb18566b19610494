import Foundation
import XCTest
@testable import LabTokenizers

/// The Unigram trainer against Hugging Face `tokenizers` 0.20 trained on the same corpus
/// (scripts/fixtures/tokenizer_training.py). The pieces and the held-out token count match exactly and every
/// score to 1e-9, but the order of pieces may not: the reference orders characters that EM dropped by hash
/// order, and pieces whose scores differ only in the last bits of EM's floating point sums can swap.
final class TrainingUnigramTests: XCTestCase {
    static let expected = try! Fixtures.json("training/unigram.json") as! [String: Any]

    /// The fixture's pipeline (NFKC, Metaspace) trained with the fixture's trainer, once per test run.
    static let trained: Tokenizer = {
        var definition = try! TokenizerDefinition.metaspaceUnigram()
        try! definition.train(texts: TrainingCorpus.train, trainer: UnigramTrainer(vocabSize: 300, specialTokens: ["<pad>", "</s>", "<unk>"], unkToken: "<unk>"))
        return try! definition.makeTokenizer()
    }()

    func testSpecialTokensTakeTheFirstIdsAndUnknownIdMatchesReference() throws {
        let tokenizer = Self.trained
        XCTAssertEqual((0..<3).map { tokenizer.idToToken($0) }, ["<pad>", "</s>", "<unk>"])
        XCTAssertEqual((tokenizer.model as? UnigramModel)?.unkId, Self.expected["unk_id"] as? Int)
        XCTAssertTrue(tokenizer.isSpecialToken(1))
    }

    func testVocabularySizeIsExactAndKeepsEveryCharacter() throws {
        let tokenizer = Self.trained
        XCTAssertEqual(tokenizer.vocabSize(withAddedTokens: false), 300)
        let words = WordCounts(texts: TrainingCorpus.train, normalizer: tokenizer.normalizer, preTokenizer: tokenizer.preTokenizer)
        let characters = Set(words.words.flatMap { $0.unicodeScalars })
        for character in characters { XCTAssertNotNil(tokenizer.tokenToId(String(character)), "missing \(character)") }
    }

    func testHeldOutTokenCountEqualsReference() throws {
        let count = try TrainingCorpus.heldOut.reduce(0) { $0 + (try Self.trained.encode($1).ids.count) }
        XCTAssertEqual(count, Self.expected["held_out_token_count"] as? Int)
    }

    func testPiecesAndScoresMatchReferenceUpToOrderOfTies() throws {
        let reference = Self.expected["vocab"] as! [[Any]]
        let model = try XCTUnwrap(Self.trained.model as? UnigramModel)
        XCTAssertEqual(Set(model.pieces.map(ExactString.init)), Set(reference.map { ExactString($0[0] as! String) }))
        let scores = model.scores.sorted(), referenceScores = reference.map { $0[1] as! Double }.sorted()
        XCTAssertEqual(scores.count, referenceScores.count)
        for (score, expected) in zip(scores, referenceScores) { XCTAssertEqual(score, expected, accuracy: 1e-9) }
    }

    func testTrainingIsDeterministic() throws {
        func trainedDocument() throws -> String {
            var definition = try TokenizerDefinition.metaspaceUnigram()
            try definition.train(texts: TrainingCorpus.train.prefix(60), trainer: UnigramTrainer(vocabSize: 120, unkToken: "<unk>"))
            return try definition.document
        }
        XCTAssertEqual(try trainedDocument(), try trainedDocument())
    }

    func testStopRequestInterruptsTrainingAndLeavesDefinitionUntrained() throws {
        var definition = try TokenizerDefinition.metaspaceUnigram()
        XCTAssertThrowsError(try definition.train(texts: TrainingCorpus.train.prefix(20), trainer: UnigramTrainer(vocabSize: 200),
                                                  shouldStop: { true })) { XCTAssertTrue($0 is TrainingInterrupted) }
        XCTAssertEqual(try definition.makeTokenizer().vocabSize(withAddedTokens: true), 0)
    }

    func testEmptyCorpusGivesOnlySpecialTokens() throws {
        let trained = try UnigramTrainer(vocabSize: 10, specialTokens: ["<pad>"], unkToken: "<unk>").train(WordCounts([]))
        XCTAssertEqual((trained.model as? UnigramModel)?.pieces, ["<unk>", "<pad>"])
        XCTAssertEqual(trained.specialTokens, ["<unk>", "<pad>"])
    }

    func testTooSmallVocabularyIsAnError() throws {
        var definition = try TokenizerDefinition.metaspaceUnigram()
        XCTAssertThrowsError(try definition.train(texts: TrainingCorpus.train, trainer: UnigramTrainer(vocabSize: 20))) { error in
            XCTAssertTrue("\(error)".contains("smaller than the"), "\(error)")
        }
    }
}

/// The seeded corpus of scripts/fixtures/tokenizer_training.py.
enum TrainingCorpus {
    static let texts = try! Fixtures.json("training/corpus.json") as! [String: [String]]
    static let train = texts["train"]!
    static let heldOut = texts["held_out"]!
}

extension TokenizerDefinition {
    /// An untrained Unigram tokenizer with NFKC and Metaspace, as T5-style tokenizers are trained.
    static func metaspaceUnigram() throws -> TokenizerDefinition {
        var definition = try TokenizerDefinition(model: .object([("type", .string("Unigram")), ("unk_id", .null), ("vocab", .array([])), ("byte_fallback", .bool(false))]))
        definition.normalizer = .object([("type", .string("NFKC"))])
        let metaspace = JSONLiteral.object([("type", .string("Metaspace")), ("replacement", .string("▁")), ("prepend_scheme", .string("always")), ("split", .bool(true))])
        definition.preTokenizer = metaspace
        definition.decoder = metaspace
        return definition
    }
}

/// The Unigram trainer's parameters (no special or unknown token, `max_piece_length`, `shrinking_factor`,
/// `n_sub_iterations`) against the reference, on lowercased whitespace words.
final class TrainingUnigramVariantTests: XCTestCase {
    func testParametersGiveReferencePiecesAndScores() throws {
        let expected = try Fixtures.json("training/unigram_variant.json") as! [String: Any]
        var definition = try TokenizerDefinition(model: .object([("type", .string("Unigram")), ("vocab", .array([]))]))
        definition.normalizer = .object([("type", .string("Lowercase"))])
        definition.preTokenizer = .object([("type", .string("Whitespace"))])
        try definition.train(texts: TrainingCorpus.train, trainer: UnigramTrainer(vocabSize: 150, maxPieceLength: 4, shrinkingFactor: 0.5, subIterations: 3))
        let tokenizer = try definition.makeTokenizer()
        let model = try XCTUnwrap(tokenizer.model as? UnigramModel)
        XCTAssertNil(model.unkId)
        XCTAssertTrue(model.pieces.allSatisfy { $0.unicodeScalars.count <= 4 })
        let reference = expected["vocab"] as! [[Any]]
        XCTAssertEqual(Set(model.pieces.map(ExactString.init)), Set(reference.map { ExactString($0[0] as! String) }))
        for (score, referenceScore) in zip(model.scores.sorted(), reference.map { $0[1] as! Double }.sorted()) {
            XCTAssertEqual(score, referenceScore, accuracy: 1e-9)
        }
        let count = try TrainingCorpus.heldOut.filter { $0.allSatisfy(\.isASCII) }.reduce(0) { $0 + (try tokenizer.encode($1).ids.count) }
        XCTAssertEqual(count, expected["held_out_token_count"] as? Int)
    }
}
