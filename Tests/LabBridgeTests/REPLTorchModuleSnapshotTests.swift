import XCTest

/// A lab's own `nn.Module`, trained by its own optimizer, in the REPL's snapshots: undoing the
/// training cell puts the weights, gradients and optimizer moments back, and a re-run trains to
/// the same weights as the first run.
final class REPLTorchModuleSnapshotTests: XCTestCase {
    static let lab = """
        # %% Model
        import torch
        from torch import nn
        torch.manual_seed(0)
        class MLP(nn.Module):
            def __init__(self):
                super().__init__()
                self.hidden = nn.Linear(3, 4)
                self.out = nn.Linear(4, 1)
            def forward(self, x):
                return self.out(torch.relu(self.hidden(x)))
        model = MLP()
        w = torch.zeros(2, requires_grad=True)
        optimizer = torch.optim.Adam(list(model.parameters()) + [w], lr=0.1)
        x = torch.tensor([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]])
        before = model.out.weight.sum().item()
        # %% Train
        for _ in range(3):
            optimizer.zero_grad()
            loss = model(x).pow(2).mean() + (w - 1).pow(2).sum()
            loss.backward()
            optimizer.step()
        print("after", model.out.weight.sum().item(), w.tolist())
        """

    func testUndoRestoresALabModulesWeightsAndATensorTheOptimizerTook() throws {
        let repl = try REPLHarness(Self.lab)
        let first = repl.type(":run 1-2")
        XCTAssertTrue(first.contains("after "), first + repl.stderr)
        repl.type(":undo")
        XCTAssertEqual(repl.type("print(model.out.weight.sum().item() == before, w.tolist(), model.out.weight.grad is None)"),
                       "True [0.0, 0.0] True\n", repl.stderr)
    }

    func testRerunTrainsToTheSameWeights() throws {
        let repl = try REPLHarness(Self.lab)
        let first = repl.type(":run 1-2")
        let again = repl.type(":rerun 2")
        XCTAssertEqual(again, first.split(separator: "\n").filter { $0.hasPrefix("after ") }.map { $0 + "\n" }.joined(), repl.stderr)
        repl.type(":undo", ":undo")
        XCTAssertEqual(repl.type(":run 2"), again, repl.stderr)
    }
}
