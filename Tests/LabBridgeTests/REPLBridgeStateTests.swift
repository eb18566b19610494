import XCTest
@testable import LabNotebook

/// Mutable bridge objects besides models and trainers go back with `:undo` and `:rerun`.
final class REPLBridgeStateTests: XCTestCase {
    func testProgressBarCountsAndBatchEncodingsAreRestored() throws {
        let repl = try REPLHarness("""
            # %% Make
            from tqdm import tqdm
            from transformers import AutoTokenizer
            bar = tqdm(total=10, disable=True)
            tokenizer = AutoTokenizer.from_pretrained("labrun/flan-t5-tiny")
            batch = tokenizer(["a dog"])
            # %% Advance
            bar.update(3)
            batch["labels"] = [1, 2]
            """)
        repl.type(":run all")
        XCTAssertEqual(repl.type("print(bar.n, list(batch.keys()))"), "3 ['input_ids', 'attention_mask', 'labels']\n")
        repl.type(":undo")
        XCTAssertEqual(repl.type("print(bar.n, list(batch.keys()))"), "0 ['input_ids', 'attention_mask']\n")
        repl.type(":rerun 2")
        XCTAssertEqual(repl.type("print(bar.n, list(batch.keys()))"), "3 ['input_ids', 'attention_mask', 'labels']\n")
    }
}
