/// A trie over UTF-8 bytes mapping strings to integer values, for prefix searches in linear time.
struct ByteTrie {
    /// Child node of (node, byte), keyed by `node << 8 | byte`.
    private var children: [Int: Int32] = [:]
    /// The value stored at each node, or -1.
    private var values: [Int32] = [-1]

    /// Stores `value` for `key`, replacing any earlier value.
    mutating func insert<S: Sequence>(_ key: S, value: Int) where S.Element == UInt8 {
        var node = 0
        for byte in key {
            let slot = node << 8 | Int(byte)
            if let child = children[slot] {
                node = Int(child)
            } else {
                values.append(-1)
                node = values.count - 1
                children[slot] = Int32(node)
            }
        }
        values[node] = Int32(value)
    }

    /// Calls `body(end, value)` for each stored key that starts at `bytes[start]`, shortest first.
    func forEachPrefix(of bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ body: (Int, Int) -> Void) {
        var node = 0
        var position = start
        while position < bytes.count, let child = children[node << 8 | Int(bytes[position])] {
            node = Int(child)
            position += 1
            if values[node] >= 0 { body(position, Int(values[node])) }
        }
    }
}
