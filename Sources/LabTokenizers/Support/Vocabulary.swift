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

    init() {}

    init(minimumCapacity: Int) { ids.reserveCapacity(minimumCapacity) }

    subscript(token: String) -> Int? {
        get { ids[ExactString(token)] }
        set { ids[ExactString(token)] = newValue }
    }

    var count: Int { ids.count }

    /// Every (token, id) pair, in no particular order.
    var entries: [(token: String, id: Int)] { ids.map { ($0.key.value, $0.value) } }
}

extension String {
    /// Equality of the exact scalars, not canonical equivalence.
    func isExactly(_ other: String) -> Bool { utf8.elementsEqual(other.utf8) }
}
