import Foundation

/// Writes to file descriptors without trapping: Foundation's `FileHandle.write(_:)` traps on a
/// failed write (a full disk, a closed pipe), which must instead become an error.
public enum SystemIO {
    /// Writes all of `bytes` to `descriptor`, retrying short and interrupted writes.
    /// - Returns: nil on success, else the errno of the failed write.
    @discardableResult
    public static func writeAll<C: Collection>(_ descriptor: Int32, _ bytes: C) -> Int32? where C.Element == UInt8 {
        let failure: Int32?? = bytes.withContiguousStorageIfAvailable { writeAll(descriptor, UnsafeRawBufferPointer($0)) }
        if let failure { return failure }
        return Array(bytes).withUnsafeBytes { writeAll(descriptor, $0) }
    }

    private static func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32? {
        var done = 0
        while done < buffer.count {
            let n = Glibc.write(descriptor, buffer.baseAddress! + done, buffer.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            done += n
        }
        return nil
    }

    /// Writes `text` to `descriptor`, ignoring failure (for stderr, where there's nowhere to report it).
    public static func write(_ text: String, to descriptor: Int32) {
        writeAll(descriptor, Array(text.utf8))
    }
}
