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

/// What the `datasets` and `evaluate` modules share within one interpreter.
public final class DataBridgeContext {
    public let random: NumpyGlobalRandom
    /// Turns a list of numbers (a script list) into a tensor for `set_format(type="torch")`; nil
    /// until a torch module provides one, in which case formatted columns stay Python lists.
    public var tensorFormatter: ((Value) throws -> Value)?
    /// Where progress lines go (the interpreter's stderr).
    let stderr: (String) -> Void

    public init(random: NumpyGlobalRandom, stderr: @escaping (String) -> Void,
                tensorFormatter: ((Value) throws -> Value)? = nil) {
        self.random = random
        self.stderr = stderr
        self.tensorFormatter = tensorFormatter
    }
}
