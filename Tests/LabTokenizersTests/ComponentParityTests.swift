import Foundation
import XCTest
@testable import LabTokenizers

/// Single normalizers and pre-tokenizers, each configuration against the reference's output on the corpus.
final class ComponentParityTests: XCTestCase {
    /// Each recorded configuration (read with the library's own parser) with its outputs.
    private func cases(_ name: String) throws -> [(JSONObject, [Any])] {
        let data = try Data(contentsOf: Fixtures.url("expected/\(name).json"))
        let configs = try JSONValue.parse([UInt8](data)).arrayValue!.map { $0.objectValue!["config"]!.objectValue! }
        let outputs = (try Fixtures.json("expected/\(name).json") as! [[String: Any]]).map { $0["outputs"] as! [Any] }
        return zip(configs, outputs).map { (JSONObject($0, file: name), $1) }
    }

    func testNormalizers() throws {
        for (config, outputs) in try cases("normalizers") {
            let normalizer = try NormalizerFactory.make(config)
            let inputs = Array(Fixtures.corpus.prefix(outputs.count))
            assertEachEqual(inputs.map(normalizer.normalize), outputs as! [String], inputs: inputs,
                            "normalizer \(try config.string("type"))")
        }
    }

    func testPreTokenizers() throws {
        for (config, outputs) in try cases("pre_tokenizers") {
            let preTokenizer = try PreTokenizerFactory.make(config)
            let inputs = Array(Fixtures.corpus.prefix(outputs.count))
            assertEachEqual(inputs.map { preTokenizer.preTokenize($0) }, outputs as! [[String]], inputs: inputs,
                            "pre-tokenizer \(JSONValue.object(config.members).serialized)")
        }
    }
}
