import Foundation
import XCTest

/// `torch.optim` optimizers, `clip_grad_norm_`, `LambdaLR`, transformers' schedules, `Trainer`
/// on the tiny RoBERTa classifier and `DataCollatorWithPadding`, against what PyTorch and
/// transformers printed for the same scripts.
final class TrainingOptimizerTests: BridgeTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/training")
    static let model = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../LabModelsTests/Fixtures/roberta/tiny-2labels").standardized.path

    /// Runs Fixtures/training/<name>.py and compares it line by line with <name>.out (recorded by
    /// scripts/fixtures/training_record.py): the text
    /// between numbers exactly, each number within `tolerance` (absolute, or relative to its size).
    func checkScript(_ name: String, tolerance: Double = 1e-6, file: StaticString = #filePath, line: UInt = #line) throws {
        let script = try String(contentsOf: Self.fixtures.appendingPathComponent("\(name).py"), encoding: .utf8)
        let expected = try String(contentsOf: Self.fixtures.appendingPathComponent("\(name).out"), encoding: .utf8)
        let prelude = "MODEL = \"\(Self.model)\"\nFIXTURES = \"\(Self.fixtures.path)\"\n"
        let got = standardOutput(of: prelude + script, file: file, line: line).split(separator: "\n")
        let want = expected.split(separator: "\n")
        XCTAssertEqual(got.count, want.count, "\(name).py printed \(got.count) lines, PyTorch \(want.count)", file: file, line: line)
        for (i, (g, w)) in zip(got, want).enumerated() {
            let (gotText, gotNumbers) = Self.split(String(g)), (wantText, wantNumbers) = Self.split(String(w))
            let close = zip(gotNumbers, wantNumbers).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($1)) }
            if gotText != wantText || gotNumbers.count != wantNumbers.count || !close {
                XCTFail("\(name).py line \(i + 1):\n  got:  \(g.prefix(300))\n  want: \(w.prefix(300))", file: file, line: line)
                return
            }
        }
    }

    /// A line's text with each number replaced by `#`, and the numbers.
    static func split(_ line: String) -> (String, [Double]) {
        let pattern = try! NSRegularExpression(pattern: #"(?<![\w.])-?\d+(\.\d+)?(e[-+]?\d+)?"#)
        let range = NSRange(line.startIndex..., in: line)
        let numbers = pattern.matches(in: line, range: range).compactMap { Range($0.range, in: line).flatMap { Double(line[$0]) } }
        return (pattern.stringByReplacingMatches(in: line, range: range, withTemplate: "#"), numbers)
    }

    func testStepsMatchPyTorch() throws { try checkScript("optim") }

    /// Logged losses, gradient norms and learning rates, and the weights after four Trainer steps.
    func testTrainerStepsMatchTransformers() throws { try checkScript("trainer") }

    /// The same for a LoRA adapter on the tiny T5 (PEFT's trainable model), with labels. Gradients
    /// here are large (norms of 17 to 53), so float32 rounding reaches one part in a million of them.
    func testTrainerStepsOnALoraAdapterMatchPEFT() throws { try checkScript("trainer_lora", tolerance: 3e-6) }

    /// Padding to the longest row, to max_length, to a multiple; left padding; a mask made or
    /// padded; label and label_ids renamed; ragged labels and no padding refused.
    func testDataCollatorWithPaddingMatchesTransformers() throws { try checkScript("collator_padding", tolerance: 0) }
}
