#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A persistent pool of worker threads for data-parallel loops.
///
/// `forEach(count) { i in ... }` runs the body once for every index; indices are handed out one at a time,
/// so which thread runs an index varies, but what each index computes does not. Callers that split their
/// work by a fixed rule (not by thread count) get bit-identical results for any number of threads.
public enum Parallel {
    /// Number of threads that run a loop (the caller included): `LABRUN_THREADS`, default the core count.
    public static var threadCount: Int {
        get { pool.withLock { pool.threads } }
        set { pool.withLock { pool.threads = max(1, newValue) } }
    }

    /// Runs `body(i)` for `i` in `0..<count` and returns when all are done.
    ///
    /// Runs inline when `count` is 1, when one thread is configured, and when called from inside a
    /// running loop (nested loops never deadlock).
    public static func forEach(_ count: Int, _ body: (Int) -> Void) {
        guard count > 0 else { return }
        if count == 1 || ThreadPool.isInsideLoop || !pool.tryRun(count, body) {
            for i in 0..<count { body(i) }
        }
    }

    static let pool = ThreadPool(threads: defaultThreadCount())

    /// `LABRUN_THREADS` when it is a positive integer, else the number of active cores.
    static func defaultThreadCount() -> Int {
        if let text = ProcessInfo.processInfo.environment["LABRUN_THREADS"], let n = Int(text), n > 0 {
            return n
        }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }
}
