#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A whole file's bytes, read-only: memory-mapped when the system allows, else read into memory.
final class MappedFile {
    let bytes: UnsafeRawBufferPointer
    private let mapped: Bool

    /// Opens `path`; throws a readable reason (the caller adds the file name).
    init(path: String) throws {
        // O_NONBLOCK: opening a FIFO must not wait for a writer (it is then refused as not a regular file).
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { throw MappedFile.Failure(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw MappedFile.Failure(reason: String(cString: strerror(errno))) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw MappedFile.Failure(reason: "not a regular file") }
        let size = Int(status.st_size)
        if size > 0, let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED {
            bytes = UnsafeRawBufferPointer(start: address, count: size)
            mapped = true
            return
        }
        // Fallback (e.g. a file system without mmap support): read the file.
        let data = try FileHandle(fileDescriptor: fd, closeOnDealloc: false).readToEnd() ?? Data()
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, data.count), alignment: 16)
        data.copyBytes(to: copy)
        bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(copy)[0..<data.count])
        mapped = false
    }

    deinit {
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
        } else {
            UnsafeMutableRawPointer(mutating: bytes.baseAddress)?.deallocate()
        }
    }

    struct Failure: Error {
        var reason: String
    }
}
