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

    /// Python's `str` ordering (by code points, which UTF-8 byte order preserves): negative, zero
    /// or positive as this string sorts before, with or after `other`. One `memcmp` over the
    /// common prefix when both buffers are contiguous.
    @inline(__always)
    func codePointOrder(_ other: String) -> Int {
        let m = utf8.count, n = other.utf8.count
        let common = Swift.min(m, n)
        let fast = utf8.withContiguousStorageIfAvailable { a in
            other.utf8.withContiguousStorageIfAvailable { b in
                common == 0 ? 0 : Int(memcmp(a.baseAddress!, b.baseAddress!, common))
            }
        }
        if let prefix = fast ?? nil { return prefix != 0 ? prefix : m - n }
        for (p, q) in zip(utf8, other.utf8) where p != q { return p < q ? -1 : 1 }
        return m - n
    }
}
