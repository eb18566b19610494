import XCTest
@testable import LabBridge
@testable import LabNotebook

/// `:who` lines for datasets, arrays and frames, and `set_format` on a split seen as a change of its dict.
final class REPLWhoSummaryTests: XCTestCase {
    static let lab = """
        # %% data
        import numpy as np
        import pandas as pd
        from datasets import Dataset
        ds = Dataset.from_dict({"a": [1, 2, 3, 4, 5], "b": ["x", "y", "z", "w", "v"]})
        dd = ds.train_test_split(test_size=0.4, shuffle=False)
        arr = np.zeros((2, 3))
        frame = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]})

        # %% format
        dd["train"].set_format("numpy")

        # %% reader
        rows = len(dd["train"])
        """

    func testSummariesGiveRowsColumnsAndShapes() throws {
        let repl = try REPLHarness(Self.lab)
        let who = repl.type(":run 1", ":who")
        XCTAssertTrue(who.contains("Dataset 5 rows × 2 columns"), who)
        XCTAssertTrue(who.contains("DatasetDict train: 3 rows, test: 2 rows"), who)
        XCTAssertTrue(who.contains("ndarray float64 (2, 3)"), who)
        XCTAssertTrue(who.contains("DataFrame 3 rows × 2 columns"), who)
    }

    func testSetFormatOnASplitChangesTheDictsVersion() throws {
        let repl = try REPLHarness(Self.lab)
        repl.type(":run 1")
        guard case .native(let dict as ScriptDatasetDict)? = repl.repl.session.interpreter.global("dd") else { return XCTFail("no dict") }
        let before = dict.version
        repl.type(":run 2")
        XCTAssertNotEqual(dict.version, before)
    }
}
