import Foundation
import LabScript

/// Turns Ctrl-C into a KeyboardInterrupt inside the running lab. A second Ctrl-C, for code that
/// doesn't reach a safe point, ends labrun at once with status 130 (after `beforeExit`, which
/// flushes what the lab wrote).
///
/// Signals arriving within `duplicateWindow` of the first count once: GNU `timeout -s INT`, like
/// a terminal, may deliver one interrupt to both the process and its group.
final class InterruptHandler {
    private let source: DispatchSourceSignal
    static let duplicateWindow = 0.25

    init(interpreter: Interpreter, beforeExit: @escaping () -> Void = {}) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue(label: "labrun.sigint"))
        var first: Date?
        source.setEventHandler {
            guard let firstAt = first else {
                first = Date()
                interpreter.requestInterrupt()
                return
            }
            if Date().timeIntervalSince(firstAt) < InterruptHandler.duplicateWindow { return }
            beforeExit()
            Foundation.exit(130)
        }
        source.resume()
    }

    /// Restores Ctrl-C's default action.
    func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
