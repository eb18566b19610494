import LabScript

extension REPL {
    /// `:who`: the variables with type and a one-line summary; `:who NAME`: one in full.
    func who(_ name: String) {
        let interpreter = session.interpreter
        if !name.isEmpty {
            guard let value = interpreter.global(name) else {
                fail("no variable named \(name)")
                return
            }
            stdout("\(name): \(value.pyType.name)\n")
            if let native = value.nativeObject as? NativeSummarizing { stdout(native.summary(interpreter) + "\n") }
            stdout(interpreter.repr(value) + "\n")
            return
        }
        let rows = interpreter.globalNames.compactMap { name -> [String]? in
            guard let value = interpreter.global(name), value.pyType.name != "module" else { return nil }
            return [name, value.pyType.name, clip(summary(of: value), 60)]
        }
        if rows.isEmpty {
            stdout("no variables\n")
            return
        }
        printTable(header: ["name", "type", "summary"], rows: rows)
    }

    /// One line about a value: natives' own summary, sizes of containers, else its repr.
    func summary(of value: Value) -> String {
        let interpreter = session.interpreter
        let repr = interpreter.repr(value).replacingOccurrences(of: "\n", with: " ")
        switch value {
        case .native(let native):
            return (native as? NativeSummarizing)?.summary(interpreter) ?? repr
        case .list(let list): return "\(count(list.items.count, "item")): \(repr)"
        case .tuple(let items): return "\(count(items.count, "item")): \(repr)"
        case .dict(let dict): return "\(count(dict.count, "key")): \(repr)"
        case .set(let set): return "\(count(set.count, "item")): \(repr)"
        case .function(let function):
            let parameters = interpreter.keywordNames(of: value) ?? []
            return "\(function.name)(\(parameters.joined(separator: ", ")))"
        default: return repr
        }
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

extension Value {
    var nativeObject: NativeObject? {
        if case .native(let native) = self { return native } else { return nil }
    }
}
