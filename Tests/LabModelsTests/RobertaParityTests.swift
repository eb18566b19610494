import LabModels
import LabNN
import LabTensor
import XCTest

/// RoBERTa classifiers made by transformers (scripts/fixtures/models/make_roberta_fixtures.py) give
/// the logits transformers recorded for a padded batch.
final class RobertaParityTests: XCTestCase {
    private func load(_ name: String) throws -> (RobertaForSequenceClassification, [String: Any]) {
        let folder = ParityFixture.folder("roberta/\(name)")
        let model = try RobertaForSequenceClassification(folder: folder)
        return (model, try ParityFixture.expected(folder))
    }

    private func checkLogits(_ name: String) throws {
        let (model, expected) = try load(name)
        let logits = try model(inputIDs: ParityFixture.intTensor(expected["input_ids"]),
                               attentionMask: ParityFixture.intTensor(expected["attention_mask"]),
                               tokenTypeIDs: ParityFixture.intTensor(expected["token_type_ids"]))
        let reference = try ParityFixture.floats(expected["logits"])
        XCTAssertEqual(logits.shape, [3, model.config.numLabels])
        assertAllClose(logits.toFloatArray(), reference)
    }

    func testTwoLabelLogitsMatchTransformers() throws { try checkLogits("tiny-2labels") }

    func testThreeLabelLogitsWithTokenTypesMatchTransformers() throws { try checkLogits("tiny-3labels") }

    func testParameterNamesAndCountAreTransformers() throws {
        let (model, expected) = try load("tiny-2labels")
        XCTAssertEqual(model.namedParameters().map(\.name), expected["state_dict_names"] as? [String])
        XCTAssertEqual(model.parameterCount(), expected["parameter_count"] as? Int)
    }

    func testPrintedModelIsPyTorchs() throws {
        for name in ["tiny-2labels", "tiny-3labels"] {
            let (model, expected) = try load(name)
            XCTAssertEqual(model.description, expected["printed"] as? String, name)
        }
    }

    func testLabelsComeFromTheConfig() throws {
        let (model, _) = try load("tiny-2labels")
        XCTAssertEqual(model.config.id2label, [0: "nothate", 1: "hate"])
        XCTAssertEqual(model.config.label2id, ["nothate": 0, "hate": 1])
        XCTAssertEqual(model.config.numLabels, 2)
    }

    func testPositionIDsStartAfterPaddingAndSkipIt() throws {
        let (model, _) = try load("tiny-2labels")
        let embeddings = try XCTUnwrap(model.module(at: "roberta.embeddings") as? RobertaEmbeddings)
        let ids = try Tensor(int64: [0, 7, 9, 2, 1, 1, 1, 5, 1, 2], shape: [2, 5])
        XCTAssertEqual(try embeddings.positionIDs(ids).toInt64Array(), [2, 3, 4, 5, 1, 1, 1, 2, 1, 3])
    }

    func testPaddingDoesNotChangeARowsLogits() throws {
        let (model, expected) = try load("tiny-2labels")
        let ids = try ParityFixture.intTensor(expected["input_ids"]), mask = try ParityFixture.intTensor(expected["attention_mask"])
        let length = Int(mask.toInt64Array().prefix(ids.shape[1]).reduce(0, +))
        let alone = try model(inputIDs: ids.narrow(dim: 0, start: 0, length: 1).narrow(dim: 1, start: 0, length: length))
        let batched = try model(inputIDs: ids, attentionMask: mask)
        assertAllClose(alone.toFloatArray(), Array(batched.toFloatArray().prefix(2)))
    }

    func testSavedFolderReloadsWithThePoolerIgnored() throws {
        let (model, expected) = try load("tiny-3labels")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roberta-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try model.saveFolder(folder)
        // RobertaModel checkpoints carry a pooler the classifier does not use.
        let pooler = [("roberta.pooler.dense.weight", try Tensor.zeros([24, 24])), ("roberta.pooler.dense.bias", try Tensor.zeros([24]))]
        try WeightFiles.save(model.namedParameters().map { ($0.name, $0.parameter.value) } + pooler, folder: folder)
        let reloaded = try RobertaForSequenceClassification(folder: folder)
        XCTAssertEqual(try reloaded.config.toJSON().serialized(), try model.config.toJSON().serialized())
        let logits = try reloaded(inputIDs: ParityFixture.intTensor(expected["input_ids"]),
                                  attentionMask: ParityFixture.intTensor(expected["attention_mask"]),
                                  tokenTypeIDs: ParityFixture.intTensor(expected["token_type_ids"]))
        assertAllClose(logits.toFloatArray(), try ParityFixture.floats(expected["logits"]))
    }

    func testBadConfigsAreErrorsNamingTheKey() throws {
        for (json, key) in [(["hidden_size": 30, "num_attention_heads": 4], "hidden_size"),
                            (["hidden_act": "swoosh"], "hidden_act"), (["id2label": ["zero": "a"]], "id2label"),
                            (["vocab_size": "big"], "vocab_size"),
                            (["position_embedding_type": "relative_key"], "position_embedding_type")] as [([String: Any], String)] {
            XCTAssertThrowsError(try RobertaConfig(json: ConfigJSON(json))) { XCTAssertTrue("\($0)".contains(key), "\($0)") }
        }
    }

    func testOverlongRowIsAnError() throws {
        let (model, _) = try load("tiny-2labels")
        let ids = try Tensor(int64: [Int64](repeating: 5, count: 70), shape: [1, 70])
        XCTAssertThrowsError(try model(inputIDs: ids))
    }
}
