import Collections
import OrderedCollections

/// A Python list. `version` is bumped on every mutation (for the REPL's stale tracking).
public final class PyList {
    public var items: [Value] { didSet { version &+= 1 } }
    public private(set) var version = 0
    /// The class for list-like types implemented natively (collections.deque).
    public var subtype: PyType?
    /// deque's maxlen.
    public var maxLength: Int?
    /// Attributes of instances of classes that subclass list.
    public var attributes: [String: Value]?
    public init(_ items: [Value] = []) { self.items = items }
    deinit { ReleaseQueue.release(&items) }
}

/// A Python dict: insertion-ordered, keyed with Python's hashing and equality.
public final class PyDict {
    public var storage: OrderedDictionary<HashKey, Value> {
        didSet {
            version &+= 1
            if let owner = instanceOwner { owner.viewChanged(storage) }
        }
    }
    /// The instance whose `__dict__` this is.
    var instanceOwner: PyInstance?
    public private(set) var version = 0
    /// The class for dict subclasses implemented natively (Counter, defaultdict, OrderedDict).
    public var subtype: PyType?
    /// defaultdict's factory.
    public var defaultFactory: Value?
    /// Attributes of instances of classes that subclass dict.
    public var attributes: [String: Value]?
    public init(_ storage: OrderedDictionary<HashKey, Value> = OrderedDictionary()) { self.storage = storage }
    deinit {
        guard storage.values.contains(where: { $0.isContainer }) else { return }
        var values = Array(storage.values)
        storage.removeAll()
        ReleaseQueue.release(&values)
    }

    public var count: Int { storage.count }
    public func get(_ key: Value) throws -> Value? { storage[try HashKey(key)] }
    public func set(_ key: Value, _ value: Value) throws { storage[try HashKey(key)] = value }
    public subscript(string key: String) -> Value? {
        get { storage[HashKey(string: key)] }
        set { storage[HashKey(string: key)] = newValue }
    }
    public var keys: [Value] { storage.keys.map { $0.value } }
}

/// A Python set or frozenset, laid out like CPython's open-addressing table so that iteration
/// order (and therefore printed order) matches python3 for ints and other deterministic hashes.
public final class PySet {
    struct Entry {
        var hash: Int
        var key: Value?
        var isDummy: Bool { key == nil && hash == -1 }
    }
    private static let minSize = 8
    private static let linearProbes = 9

    private var table: [Entry] = Array(repeating: Entry(hash: 0, key: nil), count: minSize)
    private var fill = 0
    public private(set) var count = 0
    private var finger = 0
    public let isFrozen: Bool
    public private(set) var version = 0
    /// The class of an instance of a class that subclasses set or frozenset.
    public var subtype: PyType?
    /// Attributes of instances of classes that subclass set or frozenset.
    public var attributes: [String: Value]?

    public init(frozen: Bool = false) { self.isFrozen = frozen }

    public convenience init(_ values: [Value], frozen: Bool = false) throws {
        self.init(frozen: frozen)
        for v in values { try add(v) }
    }

    private var mask: Int { table.count - 1 }

    /// Members in table order.
    public var items: [Value] { table.compactMap { $0.key } }

    private func find(_ key: Value, _ hash: Int) -> Int? {
        let mask = self.mask
        var perturb = UInt(bitPattern: hash)
        var i = hash & mask
        while true {
            var probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            var j = i
            while true {
                let e = table[j]
                if e.key == nil && e.hash == 0 { return nil }
                if e.hash == hash, let k = e.key, Hashing.keyEquals(k, key) { return j }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    public func contains(_ key: Value) -> Bool {
        guard let h = try? Hashing.hash(key) else { return false }
        return find(key, h) != nil
    }

    public func add(_ key: Value) throws {
        let h = try Hashing.hash(key)
        insert(key, h)
    }

    /// CPython's set_add_entry: probes for the key, and when it is absent takes the first dummy
    /// slot passed on the way (without growing `fill`), or else the unused slot that ended the probe.
    private func insert(_ key: Value, _ hash: Int) {
        let mask = self.mask
        var perturb = UInt(bitPattern: hash)
        var i = hash & mask
        var dummy: Int? = nil
        probing: while true {
            var probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            var j = i
            while true {
                let e = table[j]
                if e.key == nil && e.hash == 0 { break probing }
                if e.hash == hash, let k = e.key, Hashing.keyEquals(k, key) { return }
                if e.isDummy && dummy == nil { dummy = j }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
        count += 1
        version &+= 1
        if let d = dummy {
            table[d] = Entry(hash: hash, key: key)
            return
        }
        let slot = freeSlot(hash, in: table)
        table[slot] = Entry(hash: hash, key: key)
        fill += 1
        if fill * 5 >= mask * 3 { resize(count > 50000 ? count * 2 : count * 4) }
    }

    private func freeSlot(_ hash: Int, in table: [Entry]) -> Int {
        let mask = table.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = hash & mask
        while true {
            if table[i].key == nil && table[i].hash == 0 { return i }
            if i + PySet.linearProbes <= mask {
                for j in 1...PySet.linearProbes where table[i + j].key == nil && table[i + j].hash == 0 { return i + j }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    private func resize(_ minUsed: Int) {
        var newSize = PySet.minSize
        while newSize <= minUsed { newSize <<= 1 }
        var newTable = Array(repeating: Entry(hash: 0, key: nil), count: newSize)
        for e in table where e.key != nil {
            newTable[freeSlot(e.hash, in: newTable)] = e
        }
        table = newTable
        fill = count
    }

    @discardableResult
    public func discard(_ key: Value) throws -> Bool {
        let h = try Hashing.hash(key)
        guard let i = find(key, h) else { return false }
        table[i] = Entry(hash: -1, key: nil)
        count -= 1
        version &+= 1
        return true
    }

    /// Removes and returns an arbitrary member, scanning from a finger as CPython does.
    public func pop() -> Value? {
        guard count > 0 else { return nil }
        var i = finger & mask
        while table[i].key == nil { i = (i + 1) & mask }
        let v = table[i].key
        table[i] = Entry(hash: -1, key: nil)
        count -= 1
        finger = i + 1
        version &+= 1
        return v
    }

    public func removeAll() {
        table = Array(repeating: Entry(hash: 0, key: nil), count: PySet.minSize)
        fill = 0
        count = 0
        version &+= 1
    }

    /// Adds every member of another set, pre-sizing like CPython's set_merge; an empty set of the
    /// same size copies the other's table as is, so copies iterate in the same order.
    public func merge(_ other: PySet) {
        guard other !== self, other.count > 0 else { return }
        if (fill + other.count) * 5 >= mask * 3 { resize((count + other.count) * 2) }
        if fill == 0 && mask == other.mask && other.fill == other.count {
            table = other.table
            (fill, count) = (other.fill, other.count)
            version &+= 1
            return
        }
        for e in other.table { if let k = e.key { insert(k, e.hash) } }
    }

    /// `self -= keys` as CPython's set_difference_update: dummies stay, unless more than a quarter
    /// of the table is dummies, when the table is rebuilt.
    public func discardAll(_ keys: [Value]) throws {
        for k in keys { try discard(k) }
        if fill - count > mask / 4 { resize(count > 50000 ? count * 2 : count * 4) }
    }

    /// `self ^= other` as CPython's set_symmetric_difference_update: in the other's order, members
    /// present are removed and absent ones added.
    public func toggleAll(_ other: PySet) throws {
        for e in other.table {
            guard let k = e.key else { continue }
            if try !discard(k) { insert(k, e.hash) }
        }
    }

    /// `self & other` as CPython's set_intersection: iterates the smaller set (the other one when
    /// sizes tie) and keeps members found in the larger.
    public func intersection(_ other: PySet, frozen: Bool) throws -> PySet {
        let (probe, source) = other.count > count ? (other, self) : (self, other)
        let r = PySet(frozen: frozen)
        for e in source.table { if let k = e.key, probe.find(k, e.hash) != nil { r.insert(k, e.hash) } }
        return r
    }

    /// `self - other` as CPython's set_difference: a copy with the other's members discarded when
    /// this set is over four times larger, else the members not in the other, in this set's order.
    public func difference(_ other: PySet, frozen: Bool) throws -> PySet {
        if count >> 2 > other.count {
            let r = copy(frozen: frozen)
            try r.discardAll(other.items)
            return r
        }
        let r = PySet(frozen: frozen)
        for e in table { if let k = e.key, other.find(k, e.hash) == nil { r.insert(k, e.hash) } }
        return r
    }

    /// `self ^ other` as CPython's set_symmetric_difference: a copy of the other, toggled by this set.
    public func symmetricDifference(_ other: PySet, frozen: Bool) throws -> PySet {
        let r = other.copy(frozen: frozen)
        try r.toggleAll(self)
        return r
    }

    /// Takes over another set's table (CPython's set_swap_bodies, for `&=`).
    public func replaceContents(with other: PySet) {
        (table, fill, count) = (other.table, other.fill, other.count)
        version &+= 1
    }

    public func copy(frozen: Bool? = nil) -> PySet {
        let s = PySet(frozen: frozen ?? isFrozen)
        s.merge(self)
        return s
    }
}
