import Foundation
import LabModels
import LabNN
import LabTensor
import XCTest

/// A LoRA adapter made by PEFT on a tiny T5 (scripts/fixtures/models/make_peft_fixtures.py) loads
/// here, gives PEFT's logits, and saves back in PEFT's format.
final class LoraParityTests: XCTestCase {
    private let root = ParityFixture.folder("peft")

    private func baseModel() throws -> T5ForConditionalGeneration {
        let model = try T5ForConditionalGeneration(folder: root.appendingPathComponent("tiny-t5"))
        return model
    }

    /// The tensors of a folder's adapter_model.safetensors, by name.
    private func adapterTensors(_ folder: URL) throws -> [String: [Float]] {
        let file = try SafeTensorsFile(url: folder.appendingPathComponent("adapter_model.safetensors"))
        return Dictionary(uniqueKeysWithValues: try file.names.map { ($0, try file.floats($0)) })
    }

    private func adapted() throws -> PeftModel {
        try PeftModel(baseModel(), adapterFolder: root.appendingPathComponent("adapter"))
    }

    private func logits(_ peft: PeftModel, _ expected: [String: Any]) throws -> [Float] {
        let t5 = try XCTUnwrap(peft.model as? T5ForConditionalGeneration)
        return try t5(inputIds: ParityFixture.intTensor(expected["input_ids"]),
                      attentionMask: ParityFixture.intTensor(expected["attention_mask"]),
                      decoderInputIds: ParityFixture.intTensor(expected["decoder_input_ids"])).logits.toFloatArray()
    }

    func testAdapterFromPEFTGivesPEFTsLogits() throws {
        let expected = try ParityFixture.expected(root), peft = try adapted()
        assertAllClose(try logits(peft, expected), try ParityFixture.floats(expected["adapted_logits"]))
    }

    func testDisabledAdaptersGiveTheBaseModelsLogits() throws {
        let expected = try ParityFixture.expected(root), peft = try adapted()
        let disabled = try peft.withAdaptersDisabled { try logits(peft, expected) }
        assertAllClose(disabled, try ParityFixture.floats(expected["disabled_logits"]))
        assertAllClose(try logits(peft, expected), try ParityFixture.floats(expected["adapted_logits"]))
    }

    func testMergedAdaptersGiveTheSameLogitsAndUnmergeRestoresTheWeights() throws {
        let expected = try ParityFixture.expected(root), peft = try adapted()
        let q = try XCTUnwrap(peft.loraLayers.first?.layer)
        let original = q.base.weight.value.toFloatArray()
        try peft.mergeAdapters()
        XCTAssertTrue(q.isMerged)
        assertAllClose(try logits(peft, expected), try ParityFixture.floats(expected["adapted_logits"]))
        try peft.unmergeAdapters()
        assertAllClose(q.base.weight.value.toFloatArray(), original, tolerance: 1e-6)
    }

    func testParameterNamesShapesAndTrainabilityArePEFTs() throws {
        let expected = try XCTUnwrap(try ParityFixture.expected(root)["named_parameters"] as? [[Any]])
        let peft = try PeftModel(baseModel(), adapterFolder: root.appendingPathComponent("adapter"), isTrainable: true)
        let ours = peft.namedParameters()
        XCTAssertEqual(ours.map(\.name), expected.map { $0[0] as? String ?? "" })
        XCTAssertEqual(ours.map(\.parameter.value.shape), expected.map { $0[1] as? [Int] ?? [] })
        XCTAssertEqual(ours.map(\.parameter.requiresGrad), expected.map { $0[2] as? Bool ?? false })
    }

    func testPrintedModelIsPEFTs() throws {
        let peft = try adapted()
        XCTAssertEqual(peft.description, try ParityFixture.expected(root)["printed"] as? String)
    }

    func testTrainableParametersLineIsPEFTs() throws {
        let expected = try ParityFixture.expected(root)
        let peft = try PeftModel(baseModel(), adapterFolder: root.appendingPathComponent("adapter"), isTrainable: true)
        XCTAssertEqual(peft.trainableParametersLine() + "\n", expected["trainable_line"] as? String)
    }

    func testLoadingWithoutIsTrainableFreezesTheAdapters() throws {
        let peft = try adapted()
        XCTAssertEqual(peft.parameterCount(trainableOnly: true), 0)
        XCTAssertTrue(peft.config.inferenceMode)
    }

    func testSavedAdapterHasPEFTsTensorNamesConfigKeysAndValues() throws {
        let peft = try adapted()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lora-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try peft.saveAdapter(to: folder)
        let source = root.appendingPathComponent("adapter")
        let theirs = try adapterTensors(source)
        let ours = try adapterTensors(folder)
        XCTAssertEqual(Set(ours.keys), Set(theirs.keys))
        for (name, values) in theirs { XCTAssertEqual(ours[name], values, name) }
        XCTAssertTrue(ours.keys.contains("base_model.model.encoder.block.0.layer.0.SelfAttention.q.lora_A.weight"))
        let theirConfig = try ConfigJSON(contentsOf: source.appendingPathComponent("adapter_config.json")).values
        let ourConfig = try ConfigJSON(contentsOf: folder.appendingPathComponent("adapter_config.json")).values
        XCTAssertEqual(Set(ourConfig.keys), Set(theirConfig.keys))
        for key in ["r", "lora_alpha", "lora_dropout", "peft_type", "task_type", "bias", "target_modules", "inference_mode"] {
            XCTAssertEqual("\(ourConfig[key]!)", "\(theirConfig[key]!)", key)
        }
        let reloaded = try PeftModel(baseModel(), adapterFolder: folder)
        let expected = try ParityFixture.expected(root)
        assertAllClose(try logits(reloaded, expected), try ParityFixture.floats(expected["adapted_logits"]))
    }

    func testAdapterForAnotherModelIsAnErrorNamingTheTensor() throws {
        var config = try T5Config(contentsOf: root.appendingPathComponent("tiny-t5/config.json"))
        (config.dModel, config.numHeads, config.dKV) = (16, 2, 8)
        let other = try T5ForConditionalGeneration(config: config, weights: WeightInitializer(.meta))
        XCTAssertThrowsError(try PeftModel(other, adapterFolder: root.appendingPathComponent("adapter"))) { error in
            XCTAssertTrue("\(error)".contains("lora_A.weight has shape [4, 32]"), "\(error)")
        }
        XCTAssertThrowsError(try PeftModel(baseModel(), adapterFolder: root.appendingPathComponent("tiny-t5"))) { error in
            XCTAssertTrue("\(error)".contains("adapter_config.json"), "\(error)")
        }
    }

    func testAdaptersOnRobertaUsePEFTsNamesAndStartAsANoOp() throws {
        let roberta = try RobertaForSequenceClassification(folder: ParityFixture.folder("roberta/tiny-2labels"))
        let ids = try Tensor(int64: [0, 45, 91, 2], shape: [1, 4])
        let before = try roberta(inputIDs: ids).toFloatArray()
        let peft = try PeftModel(roberta, config: LoraConfig(r: 4, loraAlpha: 16, targetModules: .names(["query", "value"]),
                                                             taskType: "SEQ_CLS"))
        XCTAssertEqual(peft.loraLayers.count, 4)
        XCTAssertTrue(peft.namedParameters().contains {
            $0.name == "base_model.model.roberta.encoder.layer.1.attention.self.value.lora_B.default.weight" && $0.parameter.requiresGrad
        })
        XCTAssertEqual(try roberta(inputIDs: ids).toFloatArray(), before)
    }
}
