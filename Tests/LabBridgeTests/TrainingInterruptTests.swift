import Foundation
import LabScript
import LabBridge
import XCTest

/// Ctrl-C during `Trainer.train()` stops it between steps with KeyboardInterrupt.
final class TrainingInterruptTests: XCTestCase {
    func testInterruptDuringTrainingRaisesKeyboardInterrupt() throws {
        let printed = Outcome()
        let interpreter = Interpreter(configuration: .init(stdout: { printed.text = (printed.text ?? "") + $0 }, stderr: { _ in }))
        LabBridge.install(into: interpreter)
        _ = try interpreter.execute(TrainingAPITests.tinyRoberta + """
            from transformers import Trainer, TrainingArguments
            rows = [{"input_ids": [0, 5 + i, 6, 2], "label": i % 2} for i in range(4)]
            trainer = Trainer(model=model, args=TrainingArguments(output_dir="out", max_steps=10000000, save_strategy="no", disable_tqdm=True), train_dataset=rows)
            """, filename: "<test>")
        let finished = expectation(description: "train returned")
        let outcome = Outcome()
        Thread.detachNewThread {
            do {
                _ = try interpreter.execute("trainer.train()", filename: "<test>")
                outcome.text = "returned"
            } catch let error as ScriptException {
                outcome.text = error.typeName
            } catch {
                outcome.text = "\(error)"
            }
            finished.fulfill()
        }
        Thread.sleep(forTimeInterval: 0.3)
        interpreter.requestInterrupt()
        wait(for: [finished], timeout: 60)
        XCTAssertEqual(outcome.text, "KeyboardInterrupt")
        _ = try interpreter.execute("print(0 < trainer.state.global_step < 10000000)", filename: "<test>")
        XCTAssertEqual(printed.text, "True\n")
    }

    private final class Outcome: @unchecked Sendable { var text: String? }
}
