/// Whether ops record the autodiff graph. On by default; off inside ``withNoGrad(_:)``, which is how
/// inference and generation run without keeping intermediates. The flag is task-local (and, outside
/// Swift concurrency, thread-local), so a no-grad scope on one thread does not affect another.
public enum GradMode {
    @TaskLocal static var enabled = true

    /// Whether graph recording is on here.
    public static var isEnabled: Bool { enabled }
}

/// Runs `body` with graph recording off: ops record nothing and keep no buffers for backward.
public func withNoGrad<R>(_ body: () throws -> R) rethrows -> R {
    try GradMode.$enabled.withValue(false) { try body() }
}

/// Runs `body` with graph recording on (inside a no-grad scope, turns it back on).
public func withGrad<R>(_ body: () throws -> R) rethrows -> R {
    try GradMode.$enabled.withValue(true) { try body() }
}
