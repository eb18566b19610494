/// Receives what a session does while it does it, to show it live. The session itself prints
/// nothing; a terminal renderer, a REPL or a test implements this.
public protocol SessionObserver: AnyObject {
    /// A code cell is about to run, or a Markdown or raw cell is reached.
    func session(willRun cell: Cell)
    /// The running cell wrote `text` (printed output, not yet complete lines necessarily).
    func session(cell: Cell, wrote text: String, to stream: StreamName)
    /// The running cell reached something labrun does not run (a shell escape or an IPython magic).
    func session(cell: Cell, noted text: String)
    /// The running cell showed a value (a plot, a table) before it ended.
    func session(cell: Cell, displayed bundle: MimeBundle)
    /// The cell finished: its displayed value, error and wall time are in `result`.
    func session(didFinish result: CellResult)
}
