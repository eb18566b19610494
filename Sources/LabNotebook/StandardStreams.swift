import Foundation

/// The process's stdout and stderr as labrun writes them: stdout is buffered (line by line on a
/// terminal, in large blocks into a pipe) and flushed before anything goes to stderr, so the two
/// interleave in the order they were written.
public final class StandardStreams {
    public let stdoutIsTerminal: Bool
    public let stderrIsTerminal: Bool
    private var buffer = Data()

    public init() {
        stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
        stderrIsTerminal = isatty(STDERR_FILENO) == 1
    }

    public func writeStdout(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count > 1 << 16 || (stdoutIsTerminal && text.contains("\n")) { flush() }
    }

    public func writeStderr(_ text: String) {
        flush()
        FileHandle.standardError.write(Data(text.utf8))
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
