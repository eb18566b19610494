import XCTest
@testable import LabTokenizers

/// Broken tokenizer files end in a typed error naming the file and the problem, never a crash.
final class MalformedFileTests: XCTestCase {
    private let validModel = #"{"type": "WordLevel", "vocab": {"a": 0, "[UNK]": 1}, "unk_token": "[UNK]"}"#

    private func assertProblem(_ json: String, contains fragment: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try Tokenizer(data: Data(json.utf8), file: "broken/tokenizer.json"), file: file, line: line) { error in
            guard case let TokenizerError.invalidFile(name, problem) = error else {
                return XCTFail("unexpected error \(error)", file: file, line: line)
            }
            XCTAssertEqual(name, "broken/tokenizer.json", file: file, line: line)
            XCTAssertTrue(problem.contains(fragment), "\(problem) should mention \(fragment)", file: file, line: line)
        }
    }

    func testBadJSON() {
        assertProblem(#"{"model": "#, contains: "not valid JSON")
        assertProblem("[1, 2]", contains: "not a JSON object")
    }

    func testMissingAndMistypedFields() {
        assertProblem("{}", contains: "model: missing field")
        assertProblem(#"{"model": {"type": "BPE", "vocab": {"a": 0}}}"#, contains: "model.merges: missing field")
        assertProblem(#"{"model": {"type": "WordPiece", "vocab": ["a"]}}"#, contains: "model.vocab")
        assertProblem(#"{"model": {"type": "Unigram", "vocab": [["a", "x"]]}}"#, contains: "entry 0")
        assertProblem(#"{"model": {"type": "Unigram", "vocab": [["a", -1.0]], "unk_id": 5}}"#, contains: "unk_id 5")
        assertProblem(#"{"model": {"type": "BPE", "vocab": {"a": 0}, "merges": ["a b"]}}"#, contains: "merge 0")
        assertProblem(#"{"model": \#(validModel), "normalizer": {"type": "Strip", "strip_left": "yes"}}"#, contains: "strip_left")
        assertProblem(#"{"model": \#(validModel), "truncation": {"max_length": "long"}}"#, contains: "truncation.max_length: expected an integer")
        assertProblem(#"{"model": \#(validModel), "padding": {"strategy": "Widest"}}"#, contains: "padding.strategy")
    }

    func testUnknownTypes() {
        assertProblem(#"{"model": {"type": "Magic", "vocab": {}}}"#, contains: "unknown model type Magic")
        assertProblem(#"{"model": \#(validModel), "normalizer": {"type": "Shout"}}"#, contains: "unknown normalizer type Shout")
        assertProblem(#"{"model": \#(validModel), "pre_tokenizer": {"type": "Sequence", "pretokenizers": [{"type": "Chop"}]}}"#,
                      contains: "pre_tokenizer.pretokenizers[0].type: unknown pre-tokenizer type Chop")
        assertProblem(#"{"model": \#(validModel), "decoder": {"type": "Unzip"}}"#, contains: "unknown decoder type Unzip")
        assertProblem(#"{"model": \#(validModel), "post_processor": {"type": "Wrap"}}"#, contains: "unknown post-processor type Wrap")
        assertProblem(#"{"model": \#(validModel), "pre_tokenizer": {"type": "Split", "pattern": {"Regex": "("}, "behavior": "Isolated"}}"#,
                      contains: "invalid regular expression")
    }

    func testBadCharsmaps() {
        let precompiled = { (charsmap: String) in
            #"{"model": \#(self.validModel), "normalizer": {"type": "Precompiled", "precompiled_charsmap": "\#(charsmap)"}}"#
        }
        assertProblem(precompiled("not base64!"), contains: "not valid base64")
        assertProblem(precompiled("AAE="), contains: "shorter than its 4-byte header")
        // Claims a 256-byte trie but holds 4 bytes.
        assertProblem(precompiled(Data([0, 1, 0, 0, 1, 2, 3, 4]).base64EncodedString()), contains: "does not fit")
    }

    func testTruncatedTrieNeverReadsOutOfBounds() throws {
        // A one-unit trie whose root points far outside the array: every lookup must simply miss.
        let units: [UInt8] = [4, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x7F, 0x41, 0]
        let json = #"{"type": "Precompiled", "precompiled_charsmap": "\#(Data(units).base64EncodedString())"}"#
        let normalizer = try NormalizerFactory.make(try jsonObject(json))
        XCTAssertEqual(normalizer.normalize("héllo ﬁ 👍"), "héllo ﬁ 👍")
    }

    func testBadTokenizerConfig() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labtok-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(#"{"model": \#(validModel)}"#.utf8).write(to: folder.appendingPathComponent("tokenizer.json"))
        for (config, fragment) in [(#"{"padding_side": "middle"}"#, "padding_side"), (#"{"pad_token": 3}"#, "pad_token"),
                                   (#"{"eos_token": "#, "not valid JSON")] {
            try Data(config.utf8).write(to: folder.appendingPathComponent("tokenizer_config.json"))
            XCTAssertThrowsError(try HFTokenizer(folder: folder)) { error in
                XCTAssertTrue("\(error)".contains("tokenizer_config.json"), "\(error)")
                XCTAssertTrue("\(error)".contains(fragment), "\(error)")
            }
        }
    }

    func testMissingFolderFile() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labtok-missing-\(UUID().uuidString)")
        XCTAssertThrowsError(try HFTokenizer(folder: folder)) { error in
            XCTAssertTrue("\(error)".contains("tokenizer.json: cannot be read"), "\(error)")
        }
    }
}
