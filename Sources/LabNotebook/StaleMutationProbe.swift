import LabScript

/// Sees which globals a piece of code changed, including in place: `data.append(x)`,
/// `batch["response"] = r`, `model.train()`. Before the code runs it fingerprints every global
/// by its scalar value or object identity and by the version counter of each mutable object
/// reachable from it (lists, dicts, sets, class instances, native objects); afterwards, a name
/// whose fingerprint differs, or that appeared or disappeared, changed. Rebinding a name to an
/// equal scalar or the same object is no change.
struct StaleMutationProbe {
    private let fingerprints: [String: Int]

    /// Fingerprints the interpreter's globals now.
    init(_ interpreter: Interpreter) {
        var table: [String: Int] = [:]
        for name in interpreter.globalNames {
            if let value = interpreter.global(name) { table[name] = Self.fingerprint(value) }
        }
        fingerprints = table
    }

    /// Globals bound, unbound, rebound to a different value or changed in place since `init`.
    func changedNames(in interpreter: Interpreter) -> Set<String> {
        var names = Set(fingerprints.keys).subtracting(interpreter.globalNames)
        for name in interpreter.globalNames {
            guard let value = interpreter.global(name) else { continue }
            if fingerprints[name] != Self.fingerprint(value) { names.insert(name) }
        }
        return names
    }

    /// Objects past this many are not visited (a fingerprint stays cheap for huge structures).
    static let visitLimit = 200_000

    static func fingerprint(_ value: Value) -> Int {
        var hasher = Hasher()
        combineValue(value, into: &hasher)
        var seen = Set<ObjectIdentifier>()
        var pending = [value]
        while let next = pending.popLast(), seen.count < visitLimit {
            switch next {
            case .tuple(let items):
                pending += items.filter(\.mayHoldMutableState)
            case .list(let list):
                guard seen.insert(ObjectIdentifier(list)).inserted else { continue }
                hasher.combine(ObjectIdentifier(list))
                hasher.combine(list.version)
                pending += list.items.filter(\.mayHoldMutableState)
            case .dict(let dict):
                guard seen.insert(ObjectIdentifier(dict)).inserted else { continue }
                hasher.combine(ObjectIdentifier(dict))
                hasher.combine(dict.version)
                pending += dict.storage.values.filter(\.mayHoldMutableState)
            case .set(let set):
                guard seen.insert(ObjectIdentifier(set)).inserted else { continue }
                hasher.combine(ObjectIdentifier(set))
                hasher.combine(set.version)
            case .object(let instance as PyInstance):
                guard seen.insert(ObjectIdentifier(instance)).inserted else { continue }
                hasher.combine(ObjectIdentifier(instance))
                hasher.combine(instance.version)
                pending += instance.dict.values.filter(\.mayHoldMutableState)
            case .native(let native):
                guard seen.insert(ObjectIdentifier(native)).inserted else { continue }
                hasher.combine(ObjectIdentifier(native))
                hasher.combine(native.version)
            default: continue
            }
        }
        return hasher.finalize()
    }

    /// The value itself: scalars by value (through tuples), objects by identity. What is inside
    /// mutable objects is covered by their version counters.
    private static func combineValue(_ value: Value, into hasher: inout Hasher) {
        switch value {
        case .none: hasher.combine(0)
        case .bool(let flag): hasher.combine(flag)
        case .int(let number): hasher.combine(number)
        case .float(let number): hasher.combine(number.bitPattern)
        case .str(let text): hasher.combine(text)
        case .bigint: hasher.combine(String(describing: value))
        case .tuple(let items):
            hasher.combine(items.count)
            for item in items { combineValue(item, into: &hasher) }
        case .list(let object): hasher.combine(ObjectIdentifier(object))
        case .dict(let object): hasher.combine(ObjectIdentifier(object))
        case .set(let object): hasher.combine(ObjectIdentifier(object))
        case .function(let object): hasher.combine(ObjectIdentifier(object))
        case .builtin(let object): hasher.combine(ObjectIdentifier(object))
        case .type(let object): hasher.combine(ObjectIdentifier(object))
        case .object(let object): hasher.combine(ObjectIdentifier(object))
        case .native(let object): hasher.combine(ObjectIdentifier(object))
        }
    }
}

extension Value {
    /// Lists, dicts, sets, tuples, class instances and native objects: what a fingerprint looks into.
    var mayHoldMutableState: Bool {
        switch self {
        case .tuple, .list, .dict, .set, .native: return true
        case .object(let object): return object is PyInstance
        default: return false
        }
    }
}
