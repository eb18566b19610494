import LabData
import LabScript

/// What the `datasets` and `evaluate` modules share within one interpreter: the session's random
/// streams (numpy's global one) and where progress lines go.
final class DataBridgeContext {
    let random: SessionRandom
    /// Where progress lines go (the interpreter's stderr).
    let stderr: (String) -> Void

    init(random: SessionRandom, stderr: @escaping (String) -> Void) {
        self.random = random
        self.stderr = stderr
    }
}
