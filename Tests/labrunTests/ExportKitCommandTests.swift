import Foundation
import XCTest

/// `labrun export-kit DIR` writes the embedded models byte for byte and the embedded datasets as
/// JSON Lines that load back to the same rows.
final class ExportKitCommandTests: XCTestCase {
    func testTheExportedKitLoadsBackAsTheEmbeddedOne() throws {
        let folder = try Labrun.temporaryDirectory(self)
        let kit = folder.appendingPathComponent("kit")
        let export = try Labrun.run(["export-kit", kit.path])
        XCTAssertEqual(export.status, 0, export.stderr)
        let names = ["flan-dialogue-summary-checkpoint", "flan-t5-tiny", "peft-dialogue-summary-checkpoint", "roberta-hate-tiny",
                     "dialogsum-mini", "hate-speech-mini"]
        XCTAssertEqual(export.stdout, names.map { kit.appendingPathComponent("labrun/\($0)").path + "\n" }.joined())

        let committed = Labrun.root.appendingPathComponent("Sources/LabModels/Embedded/labrun/flan-t5-tiny")
        for file in try FileManager.default.contentsOfDirectory(atPath: committed.path) {
            XCTAssertEqual(try Data(contentsOf: kit.appendingPathComponent("labrun/flan-t5-tiny/\(file)")),
                           try Data(contentsOf: committed.appendingPathComponent(file)), file)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: kit.appendingPathComponent("labrun/dialogsum-mini").path).sorted(),
                       ["test.jsonl", "train.jsonl", "validation.jsonl"])

        let lab = try Labrun.lab("""
            # %%
            from datasets import load_dataset
            from transformers import AutoTokenizer
            for name in ["dialogsum-mini", "hate-speech-mini"]:
                embedded = load_dataset("labrun/" + name)
                exported = load_dataset("\(kit.path)/labrun/" + name)
                print(name, list(exported) == list(embedded), all(exported[s].to_list() == embedded[s].to_list() for s in embedded))
                print(repr(exported["train"].features) == repr(embedded["train"].features))
            print(AutoTokenizer.from_pretrained("\(kit.path)/labrun/flan-t5-tiny")("Hi there").input_ids)
            print(AutoTokenizer.from_pretrained("labrun/flan-t5-tiny")("Hi there").input_ids)
            """, in: self)
        let result = try Labrun.run([lab])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(lines.prefix(4)), ["dialogsum-mini True True", "True", "hate-speech-mini True True", "True"])
        XCTAssertEqual(lines.count, 6)
        XCTAssertEqual(lines[4], lines[5])
    }

    func testAFileInTheWayIsAUsageError() throws {
        let file = try Labrun.lab("", named: "kit", in: self)
        let result = try Labrun.run(["export-kit", file])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("labrun: error: can't write the kit to \(file)"), result.stderr)
    }
}
