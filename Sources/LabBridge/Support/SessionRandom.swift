import Foundation
import LabScript
import LabTensor

/// The random streams a lab's ML code draws from, with one owner per session: torch's default
/// generator, the engine's stream for the Hugging Face models, and numpy's legacy global
/// `RandomState`. (Python's `random` module lives in the interpreter; a snapshot captures it beside
/// this.)
///
/// Registered as session state, so a snapshot, `:rerun`, `:undo` and a saved session carry the
/// exact positions of all three streams. Everything that draws is handed this object, never a
/// copy, so the streams interleave as they do in Python:
/// - `torch`: PyTorch's CPU generator, drawing the same values as PyTorch after the same
///   `manual_seed`: `torch.rand*`, `randint`, `randperm`, `multinomial`, `normal_`/`uniform_`,
///   `nn.init` and so the weights of `nn.Linear`/`nn.Embedding`/`nn.Conv1d`, and `F.dropout`.
/// - `models`: the engine's own stream (seeded with torch's by `manual_seed` and `set_seed`) for
///   what happens inside the Hugging Face models: `generate(do_sample=True)`, their dropout, new
///   weights (`from_config`, LoRA's A matrices, a value head), `Trainer`'s shuffling, and the
///   dropout of `F.scaled_dot_product_attention`. These do not draw PyTorch's values.
/// - `numpy`: `numpy.random`'s legacy functions (`np.random.seed`, `rand`, `randn`, `choice`, …),
///   trl's `set_seed` (a new `PPOTrainer`), `LengthSampler`, the minibatch order of
///   `PPOTrainer.step`, datasets' unseeded `shuffle`/`train_test_split`, ROUGE's bootstrap.
public final class SessionRandom: SessionState {
    /// torch's default generator.
    var torch: TorchGenerator
    /// The engine's stream for what the Hugging Face models draw.
    var models: RandomGenerator
    /// numpy's legacy global stream (`np.random.seed`).
    var numpy: NumPyRandomState

    /// All streams seeded from the session's `--seed` (numpy takes its low 32 bits).
    public init(seed: UInt64) {
        torch = TorchGenerator(seed: seed)
        models = RandomGenerator(seed: seed)
        numpy = try! NumPyRandomState(seed: seed & 0xFFFF_FFFF)
    }

    private struct State {
        let torch: TorchGenerator
        let models: RandomGenerator
        let numpy: NumPyRandomState
    }

    public func captureState() -> Any { State(torch: torch, models: models, numpy: numpy) }

    public func restoreState(_ state: Any) {
        guard let saved = state as? State else { return }
        torch = saved.torch
        models = saved.models
        numpy = saved.numpy
    }

    /// The saved form: `{"torch": {"seed", "key", "position", "pendingNormal"?},
    /// "models": {"seed", "stream", "position"}, "numpy": {"key", "position", "gauss"?}}`.
    private struct Saved: Codable {
        let torch: TorchGenerator
        let models: RandomGenerator.State
        let numpy: NumPyRandomState
    }

    public var persistentName: String { "random streams" }

    /// The same state gives the same bytes (sorted keys), so the REPL can compare two.
    public func persistentState() throws -> Data? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(Saved(torch: torch, models: models.state, numpy: numpy))
    }

    /// The form of session format version 3 and earlier, when torch's functions drew from the
    /// models' stream: `{"torch": {"seed", "stream", "position"}, "numpy": ...}`.
    private struct SavedBeforeTorchGenerator: Codable {
        let torch: RandomGenerator.State
        let numpy: NumPyRandomState
    }

    public func restorePersistentState(_ data: Data) throws {
        if let saved = try? JSONDecoder().decode(Saved.self, from: data) {
            torch = saved.torch
            models = RandomGenerator(state: saved.models)
            numpy = saved.numpy
            return
        }
        // An older file: its stream is the models' stream; torch's generator starts from the
        // same seed, as `manual_seed` would have started it.
        let saved = try JSONDecoder().decode(SavedBeforeTorchGenerator.self, from: data)
        torch = TorchGenerator(seed: saved.torch.seed)
        models = RandomGenerator(state: saved.torch)
        numpy = saved.numpy
    }

    /// `torch.manual_seed(seed)`: starts torch's stream and the models' stream again.
    func reseedTorch(_ seed: UInt64) {
        torch = TorchGenerator(seed: seed)
        models = RandomGenerator(seed: seed)
    }

    /// A seed drawn from the models' stream, for engine initializers that take a seed (LoRA's A
    /// matrices, a new value head), so `torch.manual_seed` decides them.
    func drawSeed() -> UInt64 {
        UInt64(models.next32()) << 32 | UInt64(models.next32())
    }
}
