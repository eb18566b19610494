import XCTest
@testable import LabNotebook

/// Random streams the bridge keeps outside the globals (torch's default generator, numpy's global
/// state) are part of snapshots: a re-run draws what the first run drew.
final class REPLRandomStreamTests: XCTestCase {
    static let lab = """
        # %% seed
        import torch
        import evaluate
        torch.manual_seed(0)

        # %% draw
        print(torch.rand(3).tolist())
        rouge = evaluate.load("rouge")
        print(rouge.compute(predictions=["a b c", "b c d"], references=["a b d", "c d e"]))
        """

    func testRerunRepeatsTorchAndNumpyDraws() throws {
        let repl = try REPLHarness(Self.lab)
        let first = repl.type(":run all")
        let again = repl.type(":rerun 2")
        XCTAssertFalse(first.isEmpty, repl.stderr)
        XCTAssertEqual(again, first)
        XCTAssertNotEqual(repl.type("print(torch.rand(3).tolist())"), first.split(separator: "\n").first.map { $0 + "\n" })
    }

    /// A `torch.Generator` a lab made is restored with the cell that drew from it.
    func testRerunRestoresAGeneratorsPosition() throws {
        let repl = try REPLHarness("""
            # %% make
            import torch
            g = torch.Generator().manual_seed(3)

            # %% draw
            print(torch.randn(2, generator=g).tolist())
            """)
        let first = repl.type(":run all")
        XCTAssertFalse(first.isEmpty, repl.stderr)
        XCTAssertEqual(repl.type(":rerun 2"), first)
    }
}
