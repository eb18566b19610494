import Foundation
import LabScript
import LabBridge
import XCTest

/// Ctrl-C while the engine works inside one call: generation checks between tokens.
final class InterruptTests: XCTestCase {
    static let t5 = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../LabModelsTests/Fixtures/t5/relu_tied").standardized.path

    func testInterruptDuringGenerationRaisesKeyboardInterrupt() throws {
        let interpreter = Interpreter(configuration: .init(stdout: { _ in }, stderr: { _ in }))
        LabBridge.install(into: interpreter)
        _ = try interpreter.execute("""
            import torch
            from transformers import AutoModelForSeq2SeqLM
            model = AutoModelForSeq2SeqLM.from_pretrained("\(Self.t5)")
            ids = torch.tensor([[5, 6, 7, 1]])
            """, filename: "<test>")
        let finished = expectation(description: "generate returned")
        var outcome: String?
        Thread.detachNewThread {
            do {
                // Without the interrupt this would take minutes: EOS is suppressed for all new tokens.
                _ = try interpreter.execute("out = model.generate(input_ids=ids, max_new_tokens=200000, min_new_tokens=200000)",
                                            filename: "<test>")
                outcome = "returned"
            } catch let error as ScriptException {
                outcome = error.typeName
            } catch {
                outcome = "\(error)"
            }
            finished.fulfill()
        }
        Thread.sleep(forTimeInterval: 0.5)
        interpreter.requestInterrupt()
        wait(for: [finished], timeout: 60)
        XCTAssertEqual(outcome, "KeyboardInterrupt")
        XCTAssertFalse(interpreter.isInterruptRequested)
    }
}
