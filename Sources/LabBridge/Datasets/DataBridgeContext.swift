import LabData
import LabScript

/// numpy's global random state (`np.random.seed`, `np.random.random`): one MT19937 stream per
/// interpreter, shared by every bridge module that draws from it (ROUGE's bootstrap, unseeded
/// `shuffle` and `train_test_split`).
public final class NumpyGlobalRandom {
    public var generator: MT19937

    public init(seed: UInt32) {
        generator = MT19937(seed: seed)
    }

    /// A 32-bit draw, used where datasets takes a seed from numpy's global state.
    func nextSeed() -> UInt64 { UInt64(generator.next32()) }
}

/// What the `datasets` and `evaluate` modules share within one interpreter: numpy's global random
/// state and where progress lines go.
public final class DataBridgeContext {
    public let random: NumpyGlobalRandom
    /// Where progress lines go (the interpreter's stderr).
    let stderr: (String) -> Void

    public init(random: NumpyGlobalRandom, stderr: @escaping (String) -> Void) {
        self.random = random
        self.stderr = stderr
    }
}
