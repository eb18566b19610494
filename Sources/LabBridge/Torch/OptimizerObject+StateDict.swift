import LabScript
import LabTensor

/// `state_dict()` and `load_state_dict()` in PyTorch's structure: `{'state': {i: {'step': ...,
/// 'exp_avg': ..., 'exp_avg_sq': ...}}, 'param_groups': [{<options>, 'params': [i, ...]}]}`, where
/// `i` counts the parameters across groups. The engine optimizers keep the buffers, under flat
/// keys `state.<i>.<name>` with `i` counted within their group.
extension OptimizerObject {
    /// PyTorch's order of a parameter's state entries.
    private static let bufferOrder = ["step", "exp_avg", "exp_avg_sq", "momentum_buffer"]

    func stateDict() throws -> PyDict {
        let state = PyDict(), packedGroups = PyList([])
        var first = 0
        for group in groups {
            var entries: [Int: [(String, Tensor)]] = [:]
            for (key, tensor) in group.engine.stateDict() {
                let parts = key.split(separator: ".", maxSplits: 2)
                guard parts.count == 3, let local = Int(parts[1]) else { continue }
                entries[local, default: []].append((String(parts[2]), tensor))
            }
            for (local, buffers) in entries.sorted(by: { $0.key < $1.key }) {
                let entry = PyDict()
                for (name, tensor) in buffers.sorted(by: { Self.rank($0.0) < Self.rank($1.0) }) {
                    // transformers' AdamW counts steps with a Python int.
                    entry[string: name] = name == "step" && kind == .transformersAdamW ? .int(Int((try? tensor.item()) ?? 0)) : .tensor(tensor)
                }
                try state.set(.int(first + local), .dict(entry))
            }
            let packed = PyDict()
            for (key, value) in group.options.storage where OptimizerObject.optionName(key) != "params" { packed.storage[key] = value }
            let count = group.engine.parameters.count
            packed[string: "params"] = .list(PyList((first..<first + count).map { .int($0) }))
            packedGroups.items.append(.dict(packed))
            first += count
        }
        let result = PyDict()
        result[string: "state"] = .dict(state)
        result[string: "param_groups"] = .list(packedGroups)
        return result
    }

    private static func rank(_ name: String) -> Int { bufferOrder.firstIndex(of: name) ?? bufferOrder.count }

    /// Checks the saved groups against this optimizer's (as PyTorch does), takes their options
    /// and gives each engine its buffers.
    func loadStateDict(_ saved: Value) throws {
        guard case .dict(let d) = saved, case .list(let savedGroups)? = d[string: "param_groups"], case .dict(let state)? = d[string: "state"] else {
            throw PyException.keyError(.str("param_groups"))
        }
        guard savedGroups.items.count == groups.count else {
            throw PyException.valueError("loaded state dict has a different number of parameter groups")
        }
        var first = 0
        for (group, savedGroup) in zip(groups, savedGroups.items) {
            guard case .dict(let options) = savedGroup, case .list(let params)? = options[string: "params"] else {
                throw PyException.keyError(.str("params"))
            }
            let count = group.engine.parameters.count
            guard params.items.count == count else {
                throw PyException.valueError("loaded state dict contains a parameter group that doesn't match the size of optimizer's group")
            }
            var flat: [String: Tensor] = [:]
            for (local, id) in params.items.enumerated() {
                guard case .dict(let entry)? = try state.get(id) else { continue }
                for (key, value) in entry.storage {
                    guard let name = OptimizerObject.optionName(key) else { continue }
                    switch value {
                    case .native(let t as TensorObject): flat["state.\(local).\(name)"] = t.tensor
                    case .int(let step): flat["state.\(local).\(name)"] = Tensor(Float(step))
                    default: throw PyException.typeError("optimizer state \(name) must be a tensor, not \(value.typeName)")
                    }
                }
            }
            try torchCall { try group.engine.loadStateDict(flat) }
            for (key, value) in options.storage where OptimizerObject.optionName(key) != "params" { group.options.storage[key] = value }
            first += count
        }
        version += 1
    }
}
