import Foundation
import XCTest

/// Printed module trees against what PyTorch, PEFT and trl printed for the same fixtures.
final class TransformersPrintingTests: BridgeTestCase {
    private func expected(_ fixture: String, _ key: String) throws -> String {
        let url = URL(fileURLWithPath: TransformersModelTests.fixtures).appendingPathComponent(fixture).appendingPathComponent("expected.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return try XCTUnwrap(json?[key] as? String)
    }

    func testT5PrintsAsPyTorch() throws {
        let out = run("""
        from transformers import AutoModelForSeq2SeqLM
        print(AutoModelForSeq2SeqLM.from_pretrained("\(TransformersModelTests.fixtures)/t5/relu_tied"))
        """)
        XCTAssertEqual(out, try expected("t5/relu_tied", "printed") + "\n")
    }

    func testPeftAndValueHeadModelsPrintAsPeftAndTrl() throws {
        let out = run("""
        from transformers import AutoModelForSeq2SeqLM
        from peft import PeftModel
        from trl import AutoModelForSeq2SeqLMWithValueHead
        base = AutoModelForSeq2SeqLM.from_pretrained("\(TransformersModelTests.fixtures)/peft/tiny-t5")
        peft_model = PeftModel.from_pretrained(base, "\(TransformersModelTests.fixtures)/peft/adapter", is_trainable=True)
        print(peft_model)
        print("---")
        print(AutoModelForSeq2SeqLMWithValueHead.from_pretrained(peft_model, is_trainable=True))
        """)
        let parts = out.components(separatedBy: "\n---\n")
        XCTAssertEqual(parts.first, try expected("peft", "printed"))
        XCTAssertEqual(parts.last, try expected("peft", "with_value_head_printed") + "\n")
    }
}
