import LabScript
import LabData

/// numpy's global random state (`np.random.seed`, `np.random.random`): one MT19937 stream per
/// interpreter, shared by every bridge module that draws from it (ROUGE's bootstrap, unseeded
/// `shuffle` and `train_test_split`).
public final class NumpyGlobalRandom: SessionState {
    public var generator: MT19937

    public init(seed: UInt32) {
        generator = MT19937(seed: seed)
    }

    public func captureState() -> Any { generator }
    public func restoreState(_ state: Any) { if let saved = state as? MT19937 { generator = saved } }

    /// A seed for an unseeded `shuffle`/`train_test_split`. datasets takes the raw state word at
    /// the stream's position, then draws one `np.random.random()` (two 32-bit outputs); LabData's
    /// MT19937 keeps its state private, so the seed here is the first of those two outputs: the
    /// stream advances as in Python, the seed itself differs.
    func nextSeed() -> UInt64 {
        let seed = generator.next32()
        _ = generator.next32()
        return UInt64(seed)
    }
}
