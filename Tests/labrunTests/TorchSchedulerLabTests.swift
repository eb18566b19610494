import Foundation
import XCTest

/// `torch.optim.lr_scheduler` through the built executable: a lab chaining OneCycleLR and StepLR
/// prints the rates and momenta CPython with PyTorch printed (Labs/torch-lr-schedule.stdout,
/// recorded by scripts/fixtures/run_cells_with_python.py), and a scheduler stepped before its
/// optimizer warns on stderr as PyTorch does.
final class TorchSchedulerLabTests: XCTestCase {
    func testChainedSchedulesPrintPyTorchsRates() throws {
        let result = try Labrun.run(["--quiet", "Tests/labrunTests/Labs/torch-lr-schedule.cells"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let expected = try String(contentsOf: Labrun.root.appendingPathComponent("Tests/labrunTests/Labs/torch-lr-schedule.stdout"), encoding: .utf8)
        XCTAssertEqual(result.stdout, expected)
        XCTAssertFalse(result.stderr.contains("Warning"), result.stderr)
    }

    func testSteppingTheSchedulerFirstWarnsOnce() throws {
        let lab = try Labrun.temporaryDirectory(self).appendingPathComponent("order.cells")
        try """
        # %%
        import torch
        w = torch.zeros(2, requires_grad=True)
        opt = torch.optim.SGD([w], lr=0.1)
        s = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.5)
        s.step()
        s.step()
        print(s.get_last_lr())

        """.write(to: lab, atomically: true, encoding: .utf8)
        let result = try Labrun.run(["--quiet", lab.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "[0.025]\n")
        let warnings = result.stderr.components(separatedBy: "UserWarning: Detected call of `lr_scheduler.step()` before `optimizer.step()`.")
        XCTAssertEqual(warnings.count, 2, result.stderr)
    }
}
