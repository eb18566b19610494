/// A string compared and hashed by its exact UTF-8 bytes. Swift's `String` equality treats canonically
/// equivalent strings (such as U+212B and U+00C5) as equal; tokenizers must not.
struct ExactString: Hashable {
    let value: String

    init(_ value: String) { self.value = value }

    static func == (lhs: ExactString, rhs: ExactString) -> Bool {
        lhs.value.utf8.elementsEqual(rhs.value.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var value = value
        value.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// A token-to-id table keyed by exact strings.
struct Vocabulary {
    private var ids: [ExactString: Int] = [:]

    init(minimumCapacity: Int) { ids.reserveCapacity(minimumCapacity) }

    subscript(token: String) -> Int? {
        get { ids[ExactString(token)] }
        set { ids[ExactString(token)] = newValue }
    }

    var count: Int { ids.count }

    /// The ids of the `<0xXX>` tokens spelling `text`'s UTF-8 bytes, or nil if any is missing.
    func byteFallbackIds(for text: String) -> [Int]? {
        var result: [Int] = []
        for byte in text.utf8 {
            guard let id = self[ByteFallback.token(for: byte)] else { return nil }
            result.append(id)
        }
        return result
    }

    /// Every (token, id) pair, in no particular order.
    var entries: [(token: String, id: Int)] { ids.map { ($0.key.value, $0.value) } }
}

extension String {
    /// Equality of the exact scalars, not canonical equivalence.
    func isExactly(_ other: String) -> Bool { utf8.elementsEqual(other.utf8) }
}
