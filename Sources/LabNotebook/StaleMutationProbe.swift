import LabScript

/// Sees which globals a piece of code changed without rebinding them: `data.append(x)`,
/// `batch["response"] = r`, `model.train()`. Before the code runs it fingerprints every global
/// by the identity and version counter of each mutable object reachable from it (lists, dicts,
/// sets, class instances, native objects); afterwards, a name whose fingerprint differs was
/// mutated.
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

    /// Globals that existed before and still hold the same object but whose contents changed.
    func mutatedNames(in interpreter: Interpreter) -> Set<String> {
        var names = Set<String>()
        for (name, before) in fingerprints {
            if let value = interpreter.global(name), Self.fingerprint(value) != before { names.insert(name) }
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
            case .tuple(let items): pending += items
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
            case .native(let native):
                guard seen.insert(ObjectIdentifier(native)).inserted else { continue }
                hasher.combine(ObjectIdentifier(native))
                hasher.combine(native.version)
            default: continue
            }
        }
        return hasher.finalize()
    }
}
