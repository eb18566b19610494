/// How a front end makes its sessions. `labrun run`, `repl` and `watch` (and `:reset` and
/// `:load` inside the REPL) all make theirs through one factory, so what a lab can import never
/// depends on the command that runs it.
public struct SessionFactory {
    /// Prepares each new session: registers native modules, display formatters...
    public let prepare: (Session) -> Void

    public init(prepare: @escaping (Session) -> Void) {
        self.prepare = prepare
    }

    /// A session with only the interpreter's own modules (the language's tests).
    public static let plain = SessionFactory { _ in }

    /// A new, prepared session.
    /// - Parameters:
    ///   - filename: the lab's path, as tracebacks name it.
    ///   - seed: the session's `--seed`.
    ///   - argv: `sys.argv`.
    public func makeSession(filename: String, seed: UInt64, argv: [String]? = nil) -> Session {
        let session = Session(filename: filename, seed: seed, argv: argv)
        prepare(session)
        return session
    }
}
