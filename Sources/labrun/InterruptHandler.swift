import Foundation
import LabScript

/// Turns Ctrl-C into a KeyboardInterrupt inside the running lab. A second Ctrl-C, for code that
/// doesn't reach a safe point, ends labrun at once with status 130.
final class InterruptHandler {
    private let source: DispatchSourceSignal

    init(interpreter: Interpreter) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue(label: "labrun.sigint"))
        var count = 0
        source.setEventHandler {
            count += 1
            if count == 1 {
                interpreter.requestInterrupt()
            } else {
                Foundation.exit(130)
            }
        }
        source.resume()
    }

    /// Restores Ctrl-C's default action.
    func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
