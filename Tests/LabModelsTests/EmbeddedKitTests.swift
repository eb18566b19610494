import Foundation
import XCTest
@testable import LabModels
import LabTensor
import LabTokenizers

/// The committed embedded kit: built into the binary, found by name, loaded through the same code
/// as real checkpoints, each model with its own tokenizer. The heavier quality figures (held-out
/// ROUGE-L and accuracy) are checked on a release build by Tests/labrunTests/Labs/embedded-quality.cells.
final class EmbeddedKitTests: XCTestCase {
    static let names = ["labrun/flan-dialogue-summary-checkpoint", "labrun/flan-t5-tiny",
                        "labrun/peft-dialogue-summary-checkpoint", "labrun/roberta-hate-tiny"]

    func testTheKitShipsEveryModelAndResolvesThemByName() throws {
        XCTAssertEqual(EmbeddedKit.modelNames, Self.names)
        for name in Self.names {
            let folder = try ModelLocator.resolve(name, environment: [:])
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent(
                name.hasPrefix("labrun/peft") ? "adapter_config.json" : "config.json").path), name)
        }
        XCTAssertEqual(EmbeddedModels.names.filter { $0.hasPrefix("labrun/") }, Self.names)
    }

    func testTheEnvironmentCanPointAtAnotherKit() {
        XCTAssertEqual(EmbeddedKit.locateOverride(["LABRUN_EMBEDDED_MODELS": "/some/kit"])?.path, "/some/kit")
        XCTAssertNil(EmbeddedKit.locateOverride(["LABRUN_EMBEDDED_MODELS": ""]))
    }

    /// The built-in table must list exactly the committed kit's files with their bytes (run
    /// scripts/embedded-kit/generate.sh after changing the kit).
    func testTheBuiltInFilesAreTheCommittedKit() throws {
        let kit = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/LabModels/Embedded")
        let enumerator = try XCTUnwrap(FileManager.default.enumerator(at: kit.appendingPathComponent("labrun"), includingPropertiesForKeys: [.isRegularFileKey]))
        let committed = try enumerator.compactMap { item -> String? in
            let url = try XCTUnwrap(item as? URL)
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { return nil }
            return String(url.standardizedFileURL.path.dropFirst(kit.standardizedFileURL.path.count + 1))
        }.sorted()
        XCTAssertEqual(EmbeddedKit.builtInFiles.map(\.path), committed)
        for file in EmbeddedKit.builtInFiles {
            XCTAssertEqual(Data(file.bytes), try Data(contentsOf: kit.appendingPathComponent(file.path)), file.path)
        }
    }

    func testEachModelHasItsOwnTokenizer() throws {
        let t5 = try HFTokenizer.fromPretrained("labrun/flan-t5-tiny")
        let roberta = try HFTokenizer.fromPretrained("labrun/roberta-hate-tiny")
        XCTAssertEqual([t5.padTokenId, t5.eosTokenId, t5.unkTokenId], [0, 1, 2])
        XCTAssertEqual([roberta.bosTokenId, roberta.padTokenId, roberta.eosTokenId, roberta.unkTokenId], [0, 1, 2, 3])
        XCTAssertNotEqual(t5.vocabSize, roberta.vocabSize)
        let text = "#Person1# asks #Person2# about the movie."
        XCTAssertNotEqual(try t5.encode(text), try roberta.encode(text))
        XCTAssertNil(t5.tokenizer.tokenToId("<s>"), "the T5 tokenizer has no <s>: feeding it RoBERTa's ids is visible")
    }

    func testTheRewardModelGivesTheLabsProbeTextsTheirVerdicts() throws {
        let model = try RobertaForSequenceClassification.fromPretrained("labrun/roberta-hate-tiny")
        let tokenizer = try HFTokenizer.fromPretrained("labrun/roberta-hate-tiny")
        XCTAssertEqual(model.config.id2label, [0: "nothate", 1: "hate"])
        func probabilities(_ text: String) throws -> [Float] {
            let ids = try tokenizer.encode(text)
            let logits = try model(inputIDs: try Tensor(int64: ids.map(Int64.init), shape: [1, ids.count]))
            return try logits.softmax(dim: -1).toFloatArray()
        }
        XCTAssertGreaterThan(try probabilities("#Person 1# tells Tommy that he didn't like the movie.")[0], 0.9)
        XCTAssertGreaterThan(try probabilities("#Person 1# tells that he will kill his friends.")[1], 0.6)
    }

    func testTheSummarizerIsAGatedGeluT5WithAnAdapterOnQAndV() throws {
        let model = try T5ForConditionalGeneration.fromPretrained("labrun/flan-t5-tiny")
        XCTAssertEqual(model.config.feedForwardProj, "gated-gelu")
        XCTAssertFalse(model.config.tieWordEmbeddings)
        let adapter = try LoraConfig(contentsOf: ModelLocator.resolve("labrun/peft-dialogue-summary-checkpoint")
            .appendingPathComponent("adapter_config.json"))
        XCTAssertEqual(adapter.r, 32)
        XCTAssertEqual(adapter.targetModules, .names(["q", "v"]))
    }
}
