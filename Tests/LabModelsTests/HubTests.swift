import Foundation
import XCTest
import LabTensor
import LabTokenizers
@testable import LabModels

/// Model folders: name resolution, saving and reloading, refused and malformed inputs.
final class HubTests: XCTestCase {
    private var temporary: URL!

    override func setUpWithError() throws {
        temporary = FileManager.default.temporaryDirectory.appendingPathComponent("labmodels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: temporary)
    }

    func testSaveAndReloadKeepsOutputsAndConfigKeys() throws {
        let fixture = try T5Fixture("gated_gelu_untied")
        let model = try fixture.model()
        XCTAssertEqual(model.config.json.values["dense_act_fn"] as? String, "gelu_new")
        let folder = temporary.appendingPathComponent("saved")
        try model.saveFolder(folder)
        let reloaded = try T5ForConditionalGeneration(folder: folder)
        XCTAssertEqual(reloaded.config.json.values["dense_act_fn"] as? String, "gelu_new")
        XCTAssertEqual(try SafeTensorsFile(url: folder.appendingPathComponent("model.safetensors")).names.contains("lm_head.weight"), true)
        for (a, b) in zip(model.parameters(), reloaded.parameters()) { XCTAssertEqual(a.value.toFloatArray(), b.value.toFloatArray()) }
        let generation = try GenerationConfig(contentsOf: folder.appendingPathComponent("generation_config.json"))
        XCTAssertEqual(generation.decoderStartTokenId, 0)
        XCTAssertEqual(generation.eosTokenIds, [1])
    }

    func testTiedModelSavesOnlyTheSharedTableAndHalfPrecisionLoads() throws {
        let model = try T5Fixture("relu_tied").model()
        let folder = temporary.appendingPathComponent("f16")
        try model.saveFolder(folder, format: .float16)
        let names = try SafeTensorsFile(url: folder.appendingPathComponent("model.safetensors")).names
        XCTAssertTrue(names.contains("shared.weight"))
        XCTAssertFalse(names.contains("lm_head.weight") || names.contains("encoder.embed_tokens.weight"))
        let reloaded = try T5ForConditionalGeneration(folder: folder)
        let difference = maxAbsDifference(model.parameters()[1].value.toFloatArray(), reloaded.parameters()[1].value.toFloatArray())
        XCTAssertLessThan(difference, 1e-2)
    }

    func testResolvesPathsEmbeddedNamesAndTheHuggingFaceCache() throws {
        let fixture = try T5Fixture("relu_tied")
        XCTAssertEqual(try ModelLocator.resolve(fixture.folder.path).standardizedFileURL, fixture.folder.standardizedFileURL)

        EmbeddedModels.register(name: "test/embedded-t5", folder: fixture.folder)
        XCTAssertEqual(try ModelLocator.resolve("test/embedded-t5"), fixture.folder)

        let repo = temporary.appendingPathComponent("hub/models--org--tiny-t5")
        let snapshot = repo.appendingPathComponent("snapshots/abc123")
        try FileManager.default.createDirectory(at: snapshot, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: repo.appendingPathComponent("refs"), withIntermediateDirectories: true)
        try "abc123".write(to: repo.appendingPathComponent("refs/main"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try ModelLocator.resolve("org/tiny-t5", environment: ["HF_HOME": temporary.path]).path, snapshot.path)

        XCTAssertThrowsError(try ModelLocator.resolve("org/absent", environment: ["HF_HOME": temporary.path])) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("org/absent") && message.contains("models--org--absent") && message.contains("test/embedded-t5"), message)
        }
    }

    func testPickleWeightsAndMissingWeightsAreClearErrors() throws {
        let fixture = try T5Fixture("relu_tied")
        let folder = temporary.appendingPathComponent("pickle")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixture.folder.appendingPathComponent("config.json"), to: folder.appendingPathComponent("config.json"))
        XCTAssertThrowsError(try T5ForConditionalGeneration(folder: folder)) { XCTAssertTrue("\($0)".contains("has no model.safetensors"), "\($0)") }
        try Data([0x80, 0x02, 0x7d]).write(to: folder.appendingPathComponent("pytorch_model.bin"))
        XCTAssertThrowsError(try T5ForConditionalGeneration(folder: folder)) { XCTAssertTrue("\($0)".contains("pickle"), "\($0)") }
    }

    func testMissingTensorsAreListed() throws {
        let model = try T5Fixture("relu_tied").model()
        let folder = temporary.appendingPathComponent("partial")
        try model.saveFolder(folder)
        let kept = model.weightsForSaving().filter { !$0.name.hasSuffix("SelfAttention.o.weight") }
        try WeightFiles.save(kept, folder: folder)
        XCTAssertThrowsError(try T5ForConditionalGeneration(folder: folder)) { error in
            XCTAssertTrue("\(error)".contains("Missing key(s) in state_dict: \"encoder.block.0.layer.0.SelfAttention.o.weight\""), "\(error)")
        }
    }

    /// A config for a model labrun doesn't implement, or too big to build, fails before building.
    func testUnsupportedOrUnbuildableConfigsAreRefused() throws {
        XCTAssertThrowsError(try T5Config(json: ConfigJSON(["model_type": "gpt2"]), file: "gpt2/config.json")) {
            XCTAssertEqual("\($0)", "gpt2/config.json: \"model_type\" must be \"t5\" here (labrun implements \"t5\" and \"roberta\"), got gpt2")
        }
        XCTAssertThrowsError(try RobertaConfig(json: ConfigJSON(["model_type": "bert"]))) { XCTAssertTrue("\($0)".contains("\"model_type\""), "\($0)") }
        XCTAssertThrowsError(try T5Config(json: ConfigJSON(["num_layers": 1_000_000]))) {
            XCTAssertTrue("\($0)".contains("\"num_layers\" must be small enough for a model of at most 2**31 parameters"), "\($0)")
        }
        XCTAssertThrowsError(try RobertaConfig(json: ConfigJSON(["num_hidden_layers": 1_000_000]))) {
            XCTAssertTrue("\($0)".contains("\"num_hidden_layers\""), "\($0)")
        }
        XCTAssertNoThrow(try T5Config(json: ConfigJSON(["model_type": "t5", "num_layers": 6])))
    }

    func testConfigErrorsNameTheKeyAndUnknownKeysSurvive() throws {
        var json = ConfigJSON(["d_model": "big", "custom": [1, 2]])
        XCTAssertThrowsError(try T5Config(json: json)) { XCTAssertTrue("\($0)".contains("\"d_model\" must be an integer"), "\($0)") }
        json.values["d_model"] = 64
        json.values["feed_forward_proj"] = "gated-gelu-x"
        XCTAssertThrowsError(try T5Config(json: json)) { XCTAssertTrue("\($0)".contains("feed_forward_proj"), "\($0)") }
        json.values["feed_forward_proj"] = "gated-gelu"
        let config = try T5Config(json: json)
        XCTAssertEqual(config.numDecoderLayers, config.numLayers)
        var deeper = config
        deeper.numLayers = 12
        XCTAssertEqual(deeper.numDecoderLayers, 12)
        XCTAssertEqual(try config.feedForward().activation, "gelu_new")
        XCTAssertEqual(config.toJSON().values["custom"] as? [Int], [1, 2])
    }
}

/// generation_config.json and transformers' `update(**kwargs)`.
final class GenerationConfigTests: XCTestCase {
    func testReadsTheFolderFileAndMergesKeywordArguments() throws {
        let model = try T5Fixture("relu_tied").model()
        var config = model.generationConfig
        XCTAssertEqual(config.json.values["_from_model_config"] as? Bool, true)
        XCTAssertEqual([config.maxLength, config.topK], [20, 50])
        try config.update(from: ConfigJSON(["max_new_tokens": 5, "do_sample": true, "eos_token_id": [1, 7], "top_p": 0.5]))
        XCTAssertEqual(config.maxNewTokens, 5)
        XCTAssertTrue(config.doSample)
        XCTAssertEqual(config.eosTokenIds, [1, 7])
        XCTAssertEqual(config.topP, 0.5)
        XCTAssertEqual(config.toJSON().values["eos_token_id"] as? [Int], [1, 7])
        XCTAssertThrowsError(try config.update(from: ConfigJSON(["top_k": "many"]))) { XCTAssertTrue("\($0)".contains("top_k"), "\($0)") }
    }

    func testInvalidSettingsAreRefusedBeforeDecoding() throws {
        let model = try T5Fixture("relu_tied").model()
        var generator = RandomGenerator(seed: 0)
        let ids = try Tensor(indices: [3, 4, 1], shape: [1, 3])
        var config = model.generationConfig
        config.numReturnSequences = 2
        XCTAssertThrowsError(try model.generate(inputIds: ids, config: config, generator: &generator)) { XCTAssertTrue("\($0)".contains("num_return_sequences"), "\($0)") }
        config.numReturnSequences = 1
        config.doSample = true
        config.temperature = 0
        XCTAssertThrowsError(try model.generate(inputIds: ids, config: config, generator: &generator)) { XCTAssertTrue("\($0)".contains("temperature"), "\($0)") }
    }
}

extension HubTests {
    func testATokenizerIsLookedUpLikeAModel() throws {
        let fixture = try T5Fixture("relu_tied")
        XCTAssertThrowsError(try HFTokenizer.fromPretrained(fixture.folder.path)) { XCTAssertTrue("\($0)".contains("tokenizer.json"), "\($0)") }
        XCTAssertThrowsError(try HFTokenizer.fromPretrained("org/absent-tokenizer")) { XCTAssertTrue("\($0)".contains("models--org--absent-tokenizer"), "\($0)") }
    }
}
