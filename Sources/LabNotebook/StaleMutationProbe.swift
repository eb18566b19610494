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
        var seen = Set<ObjectIdentifier>()
        var pending = [value]
        while let next = pending.popLast(), seen.count < visitLimit {
            switch next {
            case .none: hasher.combine(0)
            case .bool(let flag): hasher.combine(flag)
            case .int(let number): hasher.combine(number)
            case .float(let number): hasher.combine(number.bitPattern)
            case .str(let text): hasher.combine(text)
            case .bigint: hasher.combine(String(describing: next))
            case .function(let function): hasher.combine(ObjectIdentifier(function))
            case .builtin(let builtin): hasher.combine(ObjectIdentifier(builtin))
            case .type(let type): hasher.combine(ObjectIdentifier(type))
            case .tuple(let items):
                hasher.combine(items.count)
                pending += items
            case .list(let list):
                guard seen.insert(ObjectIdentifier(list)).inserted else { continue }
                hasher.combine(ObjectIdentifier(list))
                hasher.combine(list.version)
                pending += list.items
            case .dict(let dict):
                guard seen.insert(ObjectIdentifier(dict)).inserted else { continue }
                hasher.combine(ObjectIdentifier(dict))
                hasher.combine(dict.version)
                pending += dict.storage.values
            case .set(let set):
                guard seen.insert(ObjectIdentifier(set)).inserted else { continue }
                hasher.combine(ObjectIdentifier(set))
                hasher.combine(set.version)
            case .object(let instance as PyInstance):
                guard seen.insert(ObjectIdentifier(instance)).inserted else { continue }
                hasher.combine(ObjectIdentifier(instance))
                hasher.combine(instance.version)
                pending += instance.dict.values
            case .object(let object): hasher.combine(ObjectIdentifier(object))
            case .native(let native):
                guard seen.insert(ObjectIdentifier(native)).inserted else { continue }
                hasher.combine(ObjectIdentifier(native))
                hasher.combine(native.version)
            }
        }
        return hasher.finalize()
    }
}
