import Foundation

extension String {
    /// Python's `str` equality: the same code points, byte for byte in UTF-8. (Swift's `==`
    /// compares canonical equivalence, so "é" and "e\u{301}" would be equal.) Compares the two
    /// buffers with one `memcmp` when both are contiguous, which native strings always are.
    @inline(__always)
    func hasSameCodePoints(as other: String) -> Bool {
        let count = utf8.count
        guard count == other.utf8.count else { return false }
        if count == 0 { return true }
        let fast = utf8.withContiguousStorageIfAvailable { a in
            other.utf8.withContiguousStorageIfAvailable { b in memcmp(a.baseAddress!, b.baseAddress!, count) == 0 }
        }
        if let result = fast ?? nil { return result }
        return utf8.elementsEqual(other.utf8)
    }
}
