import Foundation

/// Sends Ctrl-C to the REPL while it lives: a running cell gets KeyboardInterrupt at its next
/// safe point; at the prompt the line being typed is dropped. The session is never ended.
public final class REPLInterrupts {
    private let source: DispatchSourceSignal

    public init(_ repl: REPL) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue(label: "labrun.repl.sigint"))
        source.setEventHandler { [weak repl] in repl?.interrupt() }
        source.resume()
    }

    /// Restores Ctrl-C's default action.
    public func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
