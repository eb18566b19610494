import Foundation
import LabScript

/// The process's stdout and stderr as labrun writes them: stdout is buffered (line by line on a
/// terminal, in large blocks into a pipe) and flushed before anything goes to stderr, so the two
/// interleave in the order they were written.
///
/// A failed write never ends the process: once stdout fails (a full disk, a reader that closed
/// the pipe) its later output is dropped and `stdoutFailure` says why, so the run still finishes
/// and writes its transcript. The caller reports it at exit, as CPython does when flushing
/// stdout fails.
public final class StandardStreams {
    public let stdoutIsTerminal: Bool
    public let stderrIsTerminal: Bool
    /// The errno of stdout's first failed write (EPIPE when the reader went away).
    public private(set) var stdoutFailure: Int32?
    private var buffer = Data()
    private let lock = NSLock()

    public init() {
        stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
        stderrIsTerminal = isatty(STDERR_FILENO) == 1
    }

    public func writeStdout(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        guard stdoutFailure == nil else { return }
        buffer.append(contentsOf: text.utf8)
        if buffer.count > 1 << 16 || (stdoutIsTerminal && text.contains("\n")) { flushLocked() }
    }

    public func writeStderr(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        flushLocked()
        SystemIO.write(text, to: STDERR_FILENO)
    }

    public func flush() {
        lock.lock()
        defer { lock.unlock() }
        flushLocked()
    }

    /// CPython's report for a stdout that could not be written ("OSError: [Errno 28] No space
    /// left on device"), or nil when stdout is fine or its reader merely closed the pipe.
    public var stdoutFailureReport: String? {
        guard let code = stdoutFailure, code != EPIPE else { return nil }
        return "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
            + "OSError: [Errno \(code)] \(String(cString: strerror(code)))\n"
    }

    private func flushLocked() {
        guard !buffer.isEmpty else { return }
        if stdoutFailure == nil, let code = SystemIO.writeAll(STDOUT_FILENO, buffer) { stdoutFailure = code }
        buffer.removeAll(keepingCapacity: true)
    }
}
