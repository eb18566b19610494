import Foundation
import XCTest

/// A copy of the `labrun` executable, alone in a folder away from the build products, still has
/// its embedded models: they are built into the binary, not read from a resource bundle.
final class InstalledBinaryTests: XCTestCase {
    func testACopiedExecutableLoadsTheEmbeddedModels() throws {
        let folder = try Labrun.temporaryDirectory(self)
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let copy = bin.appendingPathComponent("labrun")
        try FileManager.default.copyItem(at: Labrun.executable, to: copy)
        let scratch = folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try """
        # %%
        from transformers import AutoTokenizer, AutoModelForSequenceClassification
        tokenizer = AutoTokenizer.from_pretrained("labrun/roberta-hate-tiny")
        model = AutoModelForSequenceClassification.from_pretrained("labrun/roberta-hate-tiny")
        print(tokenizer("hello there").input_ids)
        print(model.config.id2label)
        """.write(to: folder.appendingPathComponent("lab.cells"), atomically: true, encoding: .utf8)

        let result = try Labrun.run(["lab.cells"], environment: ["LABRUN_EMBEDDED_MODELS": "", "TMPDIR": scratch.path],
                                    executable: copy, directory: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "[0, 270, 277, 83, 455, 2]\n{0: 'nothate', 1: 'hate'}\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.path), [],
                       "the kit's files written for the run are removed at exit")
    }
}
