import XCTest
import LabNN
import LabTensor
@testable import LabModels

/// Parameter counts as `sum(p.numel() for p in model.parameters())`, built shapes-only so a
/// full-size configuration costs no weight memory.
final class T5ParameterCountTests: XCTestCase {
    static func flanT5Base() -> T5Config {
        var config = T5Config()
        (config.dModel, config.dFF, config.dKV, config.numHeads) = (768, 2048, 64, 12)
        (config.numLayers, config.numDecoderLayers, config.vocabSize) = (12, 12, 32128)
        (config.feedForwardProj, config.tieWordEmbeddings) = ("gated-gelu", false)
        return config
    }

    func testFlanT5BaseCountsAsTheCourseLab() throws {
        let model = try T5ForConditionalGeneration(config: Self.flanT5Base(), weights: WeightInitializer(.meta))
        XCTAssertEqual(model.parameterCount(), 247_577_856)
        XCTAssertEqual(model.parameterCount(trainableOnly: true), 247_577_856)
        XCTAssertEqual(model.namedParameters().count, 1 + (12 * 9 + 2) + (12 * 14 + 2) + 1)
        XCTAssertEqual(model.namedParameters().first?.name, "shared.weight")
        XCTAssertEqual(model.namedParameters()[1].name, "encoder.block.0.layer.0.SelfAttention.q.weight")
        XCTAssertEqual(model.namedParameters().last?.name, "lm_head.weight")
    }

    func testTiedHeadIsCountedOnce() throws {
        var config = Self.flanT5Base()
        config.tieWordEmbeddings = true
        let model = try T5ForConditionalGeneration(config: config, weights: WeightInitializer(.meta))
        XCTAssertEqual(model.parameterCount(), 247_577_856 - 32128 * 768)
        XCTAssertTrue(model.module(at: "lm_head")?.parameter("weight") === model.module(at: "shared")?.parameter("weight"))
    }
}
