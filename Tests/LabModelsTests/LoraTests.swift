import Foundation
import LabModels
import LabNN
import LabTensor
import XCTest

/// LoRA behaviour independent of fixtures: matching, freezing, the update, merge, errors.
final class LoraTests: XCTestCase {
    private final class TwoLayers: Module {
        init(generator: inout RandomGenerator) throws {
            super.init()
            registerModule("query", try Linear(4, 3, generator: &generator))
            registerModule("value_proj", try Linear(3, 2, generator: &generator))
            registerModule("norm", try LayerNorm(2))
        }

        func callAsFunction(_ x: Tensor) throws -> Tensor {
            try layer("norm").forward(layer("value_proj").forward(layer("query").forward(x)))
        }
    }

    private func model() throws -> TwoLayers {
        var generator = RandomGenerator(seed: 3)
        return try TwoLayers(generator: &generator)
    }

    func testTargetsMatchByNameOrDottedSuffixAndPatternsMatchWholeNames() throws {
        let names = LoraConfig(targetModules: .names(["q", "v"]))
        XCTAssertTrue(try names.targets("encoder.block.0.layer.0.SelfAttention.q"))
        XCTAssertTrue(try names.targets("v"))
        XCTAssertFalse(try names.targets("encoder.block.0.layer.0.SelfAttention.qq"))
        XCTAssertFalse(try names.targets("encoder.block.0.layer.0.SelfAttention.k_q"))
        let pattern = LoraConfig(targetModules: .pattern(".*SelfAttention\\.(q|v)"))
        XCTAssertTrue(try pattern.targets("decoder.block.1.layer.0.SelfAttention.v"))
        XCTAssertFalse(try pattern.targets("decoder.block.1.layer.0.SelfAttention.v.extra"))
        XCTAssertThrowsError(try LoraConfig(targetModules: .pattern("(")).targets("q"))
    }

    func testInjectionFreezesTheBaseAndTrainsOnlyTheAdapters() throws {
        let peft = try PeftModel(model(), config: LoraConfig(r: 2, loraAlpha: 4, targetModules: .names(["query"])))
        let trainable = peft.namedParameters().filter(\.parameter.requiresGrad).map(\.name)
        XCTAssertEqual(trainable, ["base_model.model.query.lora_A.default.weight", "base_model.model.query.lora_B.default.weight"])
        XCTAssertEqual(peft.trainableParameterCounts.trainable, 2 * 4 + 3 * 2)
    }

    func testNewAdapterIsANoOpAndAUpdateIsScaledBAx() throws {
        let base = try model()
        let x = try Tensor([0.5, -1, 2, 0.25, 1, 1, -2, 0], shape: [2, 4])
        let before = try base(x).toFloatArray()
        let peft = try PeftModel(base, config: LoraConfig(r: 2, loraAlpha: 6, targetModules: .names(["query"])))
        XCTAssertEqual(try base(x).toFloatArray(), before)
        let layer = try XCTUnwrap(peft.loraLayers.first?.layer)
        XCTAssertEqual(layer.scaling, 3)
        try layer.loraB.weight.assign(Tensor([1, 0, 0, 1, 1, 1], shape: [3, 2]))
        let expected = try x.linear(weight: layer.base.weight.value, bias: layer.base.bias?.value)
            + x.matmul(layer.loraA.weight.value.mT()).matmul(layer.loraB.weight.value.mT()) * 3
        assertAllClose(try layer.forward(x).toFloatArray(), expected.toFloatArray(), tolerance: 1e-5)
    }

    func testKaimingUniformBoundOfA() throws {
        let peft = try PeftModel(model(), config: LoraConfig(r: 64, targetModules: .names(["query"])))
        let a = try XCTUnwrap(peft.loraLayers.first?.layer.loraA.weight.value.toFloatArray())
        XCTAssertLessThanOrEqual(a.map(abs).max() ?? 1, 0.5)          // 1/√in_features, in_features = 4
        XCTAssertGreaterThan(a.map(abs).max() ?? 0, 0.4)
    }

    func testGradientsReachOnlyTheAdapters() throws {
        let base = try model()
        let peft = try PeftModel(base, config: LoraConfig(r: 2, targetModules: .names(["query", "value_proj"])), seed: 1)
        for (_, layer) in peft.loraLayers { try layer.loraB.weight.assign(Tensor.full(layer.loraB.weight.value.shape, 0.1)) }
        let loss = try base(Tensor([1, 2, 3, 4], shape: [1, 4])).square().sum()
        try loss.backward()
        for (name, parameter) in peft.namedParameters() {
            XCTAssertEqual(parameter.grad != nil, name.contains(".lora_"), name)
        }
    }

    func testUnsupportedSettingsAndMissingTargetsAreErrors() throws {
        XCTAssertThrowsError(try PeftModel(model(), config: LoraConfig(targetModules: .names(["q", "v"])))) { error in
            XCTAssertEqual("\(error)", "Target modules {'q', 'v'} not found in the base model. Please check the target modules and try again.")
        }
        XCTAssertThrowsError(try PeftModel(model(), config: LoraConfig(targetModules: .names(["norm"])))) { error in
            XCTAssertEqual(error as? LoraError, .notLinear(name: "norm", type: "LayerNorm"))
        }
        XCTAssertThrowsError(try PeftModel(model(), config: LoraConfig(targetModules: .names(["query"]), bias: "all")))
        XCTAssertThrowsError(try PeftModel(model(), config: LoraConfig(r: 0, targetModules: .names(["query"]))))
    }

    func testTrainableLineFormatting() {
        XCTAssertEqual(PeftModel.trainableParametersLine(trainable: 3_538_944, all: 251_116_800),
                       "trainable params: 3,538,944 || all params: 251,116,800 || trainable%: 1.4093")
        XCTAssertEqual(PeftModel.trainableParametersLine(trainable: 0, all: 999),
                       "trainable params: 0 || all params: 999 || trainable%: 0.0000")
    }

    func testPrintedLayerIsPEFTs() throws {
        let peft = try PeftModel(model(), config: LoraConfig(r: 2, targetModules: .names(["query"]), loraDropout: 0.05))
        XCTAssertEqual(peft.loraLayers[0].layer.description, """
        lora.Linear(
          (base_layer): Linear(in_features=4, out_features=3, bias=True)
          (lora_dropout): ModuleDict(
            (default): Dropout(p=0.05, inplace=False)
          )
          (lora_A): ModuleDict(
            (default): Linear(in_features=4, out_features=2, bias=False)
          )
          (lora_B): ModuleDict(
            (default): Linear(in_features=2, out_features=3, bias=False)
          )
          (lora_embedding_A): ParameterDict()
          (lora_embedding_B): ParameterDict()
          (lora_magnitude_vector): ModuleDict()
        )
        """)
    }

    func testAdapterConfigRejectsWhatItCannotHonour() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lora-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("adapter_config.json")
        for bad in [#"{"peft_type": "IA3"}"#, #"{"r": "eight"}"#, #"{"target_modules": 3}"#, #"{"use_dora": true}"#,
                    #"{"modules_to_save": ["classifier"]}"#, "not json"] {
            try bad.write(to: url, atomically: true, encoding: .utf8)
            XCTAssertThrowsError(try LoraConfig(contentsOf: url), bad)
        }
    }
}
