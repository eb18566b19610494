#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether ops record the autodiff graph, per thread. On by default; off inside ``withNoGrad(_:)``,
/// which is how inference and generation run without keeping intermediates. A scope that cannot be
/// a closure (a `with torch.no_grad():` block entered and exited in separate calls) saves
/// ``isEnabled``, calls ``setEnabled(_:)``, and restores the saved value on exit.
public enum GradMode {
    /// Set (non-nil) on threads where recording is off, so the default needs no initialisation.
    private static let disabledKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Whether graph recording is on for this thread.
    public static var isEnabled: Bool { pthread_getspecific(disabledKey) == nil }

    /// Turns graph recording on or off for this thread (PyTorch's `torch.set_grad_enabled`).
    public static func setEnabled(_ enabled: Bool) {
        pthread_setspecific(disabledKey, enabled ? nil : UnsafeRawPointer(bitPattern: 1))
    }
}

/// Runs `body` with graph recording off on this thread: ops record nothing and keep no buffers for
/// backward. The previous mode is restored afterwards, even when `body` throws.
public func withNoGrad<R>(_ body: () throws -> R) rethrows -> R {
    try withGradMode(false, body)
}

/// Runs `body` with graph recording on (inside a no-grad scope, turns it back on).
public func withGrad<R>(_ body: () throws -> R) rethrows -> R {
    try withGradMode(true, body)
}

private func withGradMode<R>(_ enabled: Bool, _ body: () throws -> R) rethrows -> R {
    let previous = GradMode.isEnabled
    GradMode.setEnabled(enabled)
    defer { GradMode.setEnabled(previous) }
    return try body()
}
