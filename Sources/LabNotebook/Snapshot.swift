import LabScript

/// The interpreter's state at one moment: a deep copy of the global namespace (aliasing kept,
/// immutable values and functions shared, native objects copied through their `snapshot` hook)
/// the `random` generator, and the session states native modules registered (their random
/// streams). Restoring it makes the session behave exactly as it did then.
struct Snapshot {
    let globals: [(String, Value)]
    let random: RandomState
    let sessionStates: [(owner: SessionState, state: Any)]
    /// An estimate of the memory the copy keeps alive outside shared storages.
    let plainByteCount: Int
    /// Copy-on-write storages the copy holds (shared with other snapshots until written), with their sizes.
    let storages: [AnyHashable: Int]
    /// Tells copies of one snapshot apart from other snapshots.
    let identity = SnapshotIdentity()

    init(of interpreter: Interpreter) {
        globals = interpreter.snapshotGlobals()
        random = interpreter.randomState
        sessionStates = interpreter.sessionStates.map { ($0, $0.captureState()) }
        (plainByteCount, storages) = SnapshotSizer().size(of: globals.map(\.1))
    }

    /// Puts the interpreter back in this state; the snapshot stays usable for later restores.
    func restore(into interpreter: Interpreter) {
        interpreter.restoreGlobals(globals)
        interpreter.randomState = random
        for (owner, state) in sessionStates { owner.restoreState(state) }
    }
}

final class SnapshotIdentity: Equatable {
    static func == (a: SnapshotIdentity, b: SnapshotIdentity) -> Bool { a === b }
}

/// Estimates the bytes held by values, counting each object once. Walks with its own stack, so
/// a 100,000-deep linked list costs no machine stack.
struct SnapshotSizer {
    private var seen = Set<ObjectIdentifier>()
    private var storages: [AnyHashable: Int] = [:]
    private static let reference = 16

    /// Bytes outside shared storages, and the shared storages with their sizes.
    func size(of values: [Value]) -> (plain: Int, storages: [AnyHashable: Int]) {
        var sizer = self
        var pending = values
        var plain = 0
        while let value = pending.popLast() {
            plain += sizer.visit(value, children: &pending)
        }
        return (plain, sizer.storages)
    }

    /// The bytes of `value` itself; what it holds is appended to `children`.
    private mutating func visit(_ value: Value, children: inout [Value]) -> Int {
        switch value {
        case .none, .bool, .int, .float, .builtin, .type, .function: return Self.reference
        case .bigint: return 4 * Self.reference
        case .str(let s): return Self.reference + s.utf8.count
        case .tuple(let items):
            children += items
            return Self.reference
        case .list(let list):
            guard seen.insert(ObjectIdentifier(list)).inserted else { return Self.reference }
            children += list.items
            return 64
        case .dict(let dict):
            guard seen.insert(ObjectIdentifier(dict)).inserted else { return Self.reference }
            for (key, item) in dict.storage { children += [key.value, item] }
            return 64
        case .set(let set):
            guard seen.insert(ObjectIdentifier(set)).inserted else { return Self.reference }
            children += set.items
            return 64 + set.items.count * Self.reference
        case .object(let instance as PyInstance):
            guard seen.insert(ObjectIdentifier(instance)).inserted else { return Self.reference }
            children += instance.dict.values
            return 64
        case .object: return Self.reference
        case .native(let native):
            guard seen.insert(ObjectIdentifier(native)).inserted else { return Self.reference }
            guard let sized = native as? NativeSnapshotSizing else { return Self.reference }
            let shared = sized.snapshotStorages
            guard shared.isEmpty else {
                for storage in shared { storages[storage.identity] = storage.byteCount }
                return Self.reference
            }
            return Self.reference + sized.snapshotByteCount
        }
    }
}
