import Foundation
import LabModels
import LabNN
import LabTensor
import XCTest

/// Rebuilding an adapted model from its saved form (a REPL session file): LoRA layers made from
/// their shapes, a PEFT wrapper adopting them, the saved parameters and modes put back.
final class LoraRestoreTests: XCTestCase {
    private func tinyT5() throws -> T5ForConditionalGeneration {
        var config = T5Config()
        (config.vocabSize, config.dModel, config.dKV, config.dFF, config.numLayers, config.numDecoderLayers, config.numHeads) = (16, 8, 4, 12, 1, 1, 2)
        (config.padTokenId, config.decoderStartTokenId) = (0, 0)
        return try T5ForConditionalGeneration(config: config, weights: WeightInitializer(seed: 5), dropoutSeed: 9)
    }

    func testARebuiltAdaptedModelComputesAsTheOriginal() throws {
        let original = try tinyT5()
        let peft = try PeftModel(original, config: LoraConfig(r: 2, loraAlpha: 6, targetModules: .names(["q", "v"]), loraDropout: 0.1,
                                                             taskType: "SEQ_2_SEQ_LM"))
        for (_, layer) in peft.loraLayers { try layer.loraB.weight.assign(Tensor.ones(layer.loraB.weight.value.shape) * 0.05) }
        original.train()
        let ids = try Tensor(int64: [3, 4, 5, 1], shape: [1, 4]), labels = try Tensor(int64: [6, 7, 1], shape: [1, 3])

        // Rebuild: fresh weights, adapters from their shapes, the wrapper adopting them.
        let rebuilt = try T5ForConditionalGeneration(config: original.config)
        for (path, layer) in original.namedModules().compactMap({ e in (e.module as? LoraLinear).map { (e.name, $0) } }) {
            let base = try XCTUnwrap(rebuilt.module(at: path) as? Linear)
            try rebuilt.setChild(path: path, LoraLinear(base: base, a: try Tensor.zeros([layer.rank, base.inFeatures]),
                                                        b: try Tensor.zeros([base.outFeatures, layer.rank]), scaling: layer.scaling,
                                                        dropout: layer.dropoutProbability, dropoutSource: rebuilt.randomSource))
        }
        let adopted = try PeftModel(adopting: rebuilt, config: peft.config)
        XCTAssertEqual(adopted.namedParameters().map(\.name), peft.namedParameters().map(\.name))
        let saved = Dictionary(uniqueKeysWithValues: peft.namedParameters().map { ($0.name, $0.parameter) })
        let live = adopted.namedParameters()
        adopted.replaceParameters { parameter in live.first { $0.parameter === parameter }.flatMap { saved[$0.name] } }
        try ModuleModes(peft).apply(to: adopted)
        XCTAssertEqual(ModuleModes(adopted), ModuleModes(peft))
        XCTAssertTrue(zip(adopted.namedParameters(), peft.namedParameters()).allSatisfy { $0.parameter === $1.parameter })

        // Same weights, modes and dropout streams: the same loss, dropout masks included.
        let expected = try original(inputIds: ids, labels: labels).loss!.item()
        let got = try rebuilt(inputIds: ids, labels: labels).loss!.item()
        XCTAssertEqual(got, expected)
        XCTAssertThrowsError(try PeftModel(adopting: try tinyT5(), config: peft.config))
    }

    func testModesOfAnotherTreeAreAStructureMismatch() throws {
        let modes = ModuleModes(try tinyT5())
        XCTAssertThrowsError(try modes.apply(to: Linear(weight: try Tensor.zeros([2, 2])))) { error in
            XCTAssertEqual(error as? ModuleError, .savedStructureMismatch("the saved modes name other modules than the model has"))
        }
    }

    func testTensorBytesRoundTripEveryDType() throws {
        for tensor in [try Tensor([1.5, -2, .infinity, 0], shape: [2, 2]), try Tensor(int64: [1, -7, Int64.max], shape: [3]),
                       try Tensor(int64: [4, -4], shape: [2]).converted(to: .int32), try Tensor(bools: [true, false, true], shape: [3, 1])] {
            let back = try Tensor(littleEndianBytes: tensor.littleEndianBytes, dtype: tensor.dtype, shape: tensor.shape)
            XCTAssertEqual(back.dtype, tensor.dtype)
            XCTAssertEqual(back.shape, tensor.shape)
            XCTAssertEqual(back.description, tensor.description)
        }
        XCTAssertThrowsError(try Tensor(littleEndianBytes: [1, 2, 3], dtype: .float32, shape: [1]))
    }
}
