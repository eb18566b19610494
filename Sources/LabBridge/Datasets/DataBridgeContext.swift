import LabData
import LabScript

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
