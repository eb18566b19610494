import XCTest
@testable import LabTokenizers

/// Single normalizers and pre-tokenizers, each configuration against the reference's output on the corpus.
final class ComponentParityTests: XCTestCase {
    private func cases(_ name: String) throws -> [(JSONObject, [Any])] {
        let list = try Fixtures.json("expected/\(name).json") as! [[String: Any]]
        return list.map { (JSONObject($0["config"] as! [String: Any], file: name), $0["outputs"] as! [Any]) }
    }

    func testNormalizers() throws {
        for (config, outputs) in try cases("normalizers") {
            let normalizer = try NormalizerFactory.make(config)
            let inputs = Array(Fixtures.corpus.prefix(outputs.count))
            assertEachEqual(inputs.map(normalizer.normalize), outputs as! [String], inputs: inputs,
                            "normalizer \(config.storage["type"]!) \(config.storage.filter { $0.key != "precompiled_charsmap" })")
        }
    }

    func testPreTokenizers() throws {
        for (config, outputs) in try cases("pre_tokenizers") {
            let preTokenizer = try PreTokenizerFactory.make(config)
            let inputs = Array(Fixtures.corpus.prefix(outputs.count))
            assertEachEqual(inputs.map { preTokenizer.preTokenize($0) }, outputs as! [[String]], inputs: inputs,
                            "pre-tokenizer \(config.storage)")
        }
    }
}
