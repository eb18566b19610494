import Foundation
import LabModels
import LabNN
import LabTensor
import XCTest

/// The value head reads and writes trl's names, prints as trl prints it, and adds its 769
/// parameters to the lab's counts.
final class ValueHeadTests: XCTestCase {
    private let root = ParityFixture.folder("peft")

    private func tinyPolicy() throws -> PeftModel {
        let t5 = try T5ForConditionalGeneration(folder: root.appendingPathComponent("tiny-t5"))
        return try PeftModel(t5, adapterFolder: root.appendingPathComponent("adapter"), isTrainable: true)
    }


    func testPrintedFormIsTrls() throws {
        var generator = RandomGenerator(seed: 0)
        let head = try ValueHead(dModel: 768, generator: &generator, dropoutSource: RandomSource(seed: 0))
        let expected = try ParityFixture.expected(root)
        XCTAssertEqual(head.description, expected["value_head_repr"] as? String)
    }

    func testPrintedModelIsTrls() throws {
        let model = try Seq2SeqLMWithValueHead(policy: tinyPolicy())
        XCTAssertEqual(model.description, try ParityFixture.expected(root)["with_value_head_printed"] as? String)
    }

    func testFlanT5BaseCountsAreTheLabs() throws {
        // google/flan-t5-base's sizes, built shapes-only (no weight memory); LoRA goes through the same injection.
        let base = try T5ForConditionalGeneration(config: T5ParameterCountTests.flanT5Base(), weights: WeightInitializer(.meta))
        XCTAssertEqual(base.parameterCount(), 247_577_856)
        let peft = try PeftModel(base, config: LoraConfig(r: 32, loraAlpha: 32, targetModules: .names(["q", "v"]),
                                                          loraDropout: 0.05, taskType: "SEQ_2_SEQ_LM"))
        let expected = try XCTUnwrap(try ParityFixture.expected(root)["flan_t5_base"] as? [String: Any])
        XCTAssertEqual(peft.trainableParametersLine() + "\n", expected["lora_line"] as? String)
        let withValueHead = try Seq2SeqLMWithValueHead(policy: peft)
        XCTAssertEqual(withValueHead.parameterCount(trainableOnly: true), 3_539_713)
        XCTAssertEqual(withValueHead.parameterCount(), 251_117_569)
    }

    func testValuesComeFromTheDecodersLastHiddenState() throws {
        let model = try Seq2SeqLMWithValueHead(policy: tinyPolicy(), initStrategy: .normal(std: 0.2), seed: 4)
        model.eval()
        let expected = try ParityFixture.expected(root)
        let (output, values) = try model(inputIds: ParityFixture.intTensor(expected["input_ids"]),
                                         attentionMask: ParityFixture.intTensor(expected["attention_mask"]),
                                         decoderInputIds: ParityFixture.intTensor(expected["decoder_input_ids"]))
        XCTAssertEqual(values.shape, [2, 3])
        let summary = model.valueHead.summary
        let direct = try output.decoderHiddenState.linear(weight: summary.weight.value, bias: summary.bias?.value).squeeze(-1)
        assertAllClose(values.toFloatArray(), direct.toFloatArray(), tolerance: 1e-6)
        assertAllClose(output.logits.toFloatArray(), try ParityFixture.floats(expected["adapted_logits"]))
    }

    func testNamesAndInitStrategies() throws {
        let model = try Seq2SeqLMWithValueHead(policy: tinyPolicy(), initStrategy: .normal(std: 0.2))
        XCTAssertEqual(model.valueHeadStateDict().map(\.name), ["v_head.summary.weight", "v_head.summary.bias"])
        XCTAssertEqual(model.valueHead.summary.bias?.value.toFloatArray(), [0])
        XCTAssertTrue(model.namedParameters().contains { $0.name == "pretrained_model.base_model.model.shared.weight" })
        let plain = try Seq2SeqLMWithValueHead(policy: tinyPolicy())
        let weights = plain.valueHead.summary.weight.value.toFloatArray()
        XCTAssertLessThanOrEqual(weights.map(abs).max() ?? 1, 1 / Float(32).squareRoot())   // nn.Linear default
        XCTAssertNotEqual(plain.valueHead.summary.bias?.value.toFloatArray(), [0])
    }

    func testSavedValueHeadLoadsBack() throws {
        let model = try Seq2SeqLMWithValueHead(policy: tinyPolicy(), initStrategy: .normal(std: 0.2), seed: 9)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vhead-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try model.save(to: folder)
        let reloaded = try Seq2SeqLMWithValueHead(policy: tinyPolicy(), seed: 1)
        XCTAssertTrue(try reloaded.loadValueHead(fromFolder: folder))
        XCTAssertEqual(reloaded.valueHead.summary.weight.value.toFloatArray(), model.valueHead.summary.weight.value.toFloatArray())
        XCTAssertEqual(reloaded.valueHead.summary.bias?.value.toFloatArray(), model.valueHead.summary.bias?.value.toFloatArray())
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("adapter_config.json").path))
    }

    func testPlainPolicySavesTheValueHeadInsideItsWeights() throws {
        let t5 = try T5ForConditionalGeneration(folder: root.appendingPathComponent("tiny-t5"))
        let model = try Seq2SeqLMWithValueHead(policy: t5, seed: 2)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vhead-plain-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try model.save(to: folder)
        let tensors = try WeightFiles.load(folder: folder)
        XCTAssertEqual(tensors["v_head.summary.weight"]?.toFloatArray(), model.valueHead.summary.weight.value.toFloatArray())
        XCTAssertEqual(tensors["shared.weight"]?.shape, [64, 32])
        let reloaded = try Seq2SeqLMWithValueHead(folder: folder, seed: 7)
        XCTAssertEqual(reloaded.valueHead.summary.bias?.value.toFloatArray(), model.valueHead.summary.bias?.value.toFloatArray())
        XCTAssertNil(reloaded.peftModel)
    }

    func testAdapterFolderReloadsWithItsBaseModelAndValueHead() throws {
        let policy = try tinyPolicy()
        policy.baseModelNameOrPath = root.appendingPathComponent("tiny-t5").path
        let model = try Seq2SeqLMWithValueHead(policy: policy, initStrategy: .normal(std: 0.2), seed: 5)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vhead-peft-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try model.save(to: folder)
        let reloaded = try Seq2SeqLMWithValueHead(folder: folder, isTrainable: true)
        XCTAssertEqual(reloaded.valueHead.summary.weight.value.toFloatArray(), model.valueHead.summary.weight.value.toFloatArray())
        XCTAssertEqual(reloaded.parameterCount(trainableOnly: true), model.parameterCount(trainableOnly: true))
        XCTAssertNotNil(reloaded.peftModel)
    }

    func testPolicyAndValueHeadSavedByTrlLoad() throws {
        let model = try Seq2SeqLMWithValueHead(folder: root.appendingPathComponent("trl-value-head"))
        let expected = try XCTUnwrap(try ParityFixture.expected(root)["trl_value_head"] as? [String: Any])
        XCTAssertEqual(model.valueHead.summary.weight.value.toFloatArray(), try ParityFixture.floats(expected["weight"]))
        XCTAssertEqual(model.valueHead.summary.bias?.value.toFloatArray(), try ParityFixture.floats(expected["bias"]))
    }
}

/// trl saves a PEFT policy's value head only to pytorch_model.bin; labrun refuses that folder
/// rather than giving the policy a new, random value head.
final class PickledValueHeadTests: XCTestCase {
    func testAnAdapterFolderWhoseValueHeadIsPickledIsRefused() throws {
        let root = ParityFixture.folder("peft")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vhead-bin-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let policy = try PeftModel(T5ForConditionalGeneration(folder: root.appendingPathComponent("tiny-t5")),
                                   adapterFolder: root.appendingPathComponent("adapter"))
        policy.baseModelNameOrPath = root.appendingPathComponent("tiny-t5").path
        try policy.saveAdapter(to: folder)
        try Data("PK\u{3}\u{4}".utf8).write(to: folder.appendingPathComponent("pytorch_model.bin"))
        XCTAssertThrowsError(try Seq2SeqLMWithValueHead(folder: folder)) { error in
            XCTAssertEqual(error as? HubError, .weights(Seq2SeqLMWithValueHead.pickledValueHead(folder)))
            XCTAssertTrue("\(error)".hasPrefix("\(folder.path) keeps its value head only in pytorch_model.bin, a pickle file labrun does not read"))
        }
    }
}
