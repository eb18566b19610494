import Foundation
import LabScript
import LabTensor

/// The random streams a lab's ML code draws from, with one owner per session: torch's default
/// generator and numpy's legacy global `RandomState`. (Python's `random` module lives in the
/// interpreter; a snapshot captures it beside this.)
///
/// Registered as session state, so a snapshot, `:rerun`, `:undo` and a saved session carry the
/// exact positions of both streams. Everything that draws is handed this object, never a copy,
/// so the streams interleave as they do in Python:
/// - `torch`: `torch.rand*`, `manual_seed`, `generate(do_sample=True)`, dropout, new weights
///   (`from_config`, LoRA's A matrices, a value head), `Trainer`'s shuffling.
/// - `numpy`: trl's `set_seed` (a new `PPOTrainer`), `LengthSampler`, the minibatch order of
///   `PPOTrainer.step`, datasets' unseeded `shuffle`/`train_test_split`, ROUGE's bootstrap.
public final class SessionRandom: SessionState {
    /// torch's default generator.
    var torch: RandomGenerator
    /// numpy's legacy global stream (`np.random.seed`).
    var numpy: NumPyRandomState

    /// Both streams seeded from the session's `--seed` (numpy takes its low 32 bits).
    public init(seed: UInt64) {
        torch = RandomGenerator(seed: seed)
        numpy = try! NumPyRandomState(seed: seed & 0xFFFF_FFFF)
    }

    private struct State {
        let torch: RandomGenerator
        let numpy: NumPyRandomState
    }

    public func captureState() -> Any { State(torch: torch, numpy: numpy) }

    public func restoreState(_ state: Any) {
        guard let saved = state as? State else { return }
        torch = saved.torch
        numpy = saved.numpy
    }

    /// The saved form: `{"torch": {"seed", "stream", "position"}, "numpy": {"key", "position"}}`.
    private struct Saved: Codable {
        let torch: RandomGenerator.State
        let numpy: NumPyRandomState
    }

    public var persistentName: String { "random streams" }

    /// The same state gives the same bytes (sorted keys), so the REPL can compare two.
    public func persistentState() throws -> Data? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(Saved(torch: torch.state, numpy: numpy))
    }

    public func restorePersistentState(_ data: Data) throws {
        let saved = try JSONDecoder().decode(Saved.self, from: data)
        torch = RandomGenerator(state: saved.torch)
        numpy = saved.numpy
    }

    /// `torch.manual_seed(seed)`: starts torch's stream again (negative seeds wrap, as in PyTorch).
    func reseedTorch(_ seed: Int) {
        torch = RandomGenerator(seed: UInt64(bitPattern: Int64(seed)))
    }

    /// A seed drawn from the torch stream, for engine initializers that take a seed (LoRA's A
    /// matrices, a new value head), so `torch.manual_seed` decides them as it does in PyTorch.
    func drawSeed() -> UInt64 {
        UInt64(torch.next32()) << 32 | UInt64(torch.next32())
    }
}
