import LabScript

/// `state_dict()` and `load_state_dict()`: PyTorch's scheduler state is its attributes but the
/// optimizer, so the dict holds the class's settings, then `base_lrs`, `last_epoch`,
/// `_step_count`, `_is_initial`, `_get_lr_called_within_step` and `_last_lr` (and for `LambdaLR`,
/// `lr_lambdas`: None for each plain function, as PyTorch saves no function).
extension LRSchedulerObject {
    func stateDict() throws -> PyDict {
        let d = PyDict()
        for (name, value) in settings { d[string: name] = value }
        d[string: "base_lrs"] = .list(PyList(baseValues))
        d[string: "last_epoch"] = .int(engine.lastEpoch)
        d[string: "_step_count"] = .int(engine.stepCount)
        d[string: "_is_initial"] = .bool(false)
        d[string: "_get_lr_called_within_step"] = .bool(false)
        d[string: "_last_lr"] = .list(PyList(lastValues))
        if kind == .lambda {
            for lambda in lambdas {
                if case .native = lambda { throw PyException(.notImplementedError, "state_dict() of a transformers schedule is not supported") }
            }
            d[string: "lr_lambdas"] = .list(PyList(Array(repeating: .none, count: lambdas.count)))
        }
        return d
    }

    /// Takes every entry the dict has, as PyTorch's `__dict__.update` does; the next step reads the settings anew.
    func loadStateDict(_ d: PyDict) throws {
        for (i, (name, _)) in settings.enumerated() {
            if let value = d[string: name] { settings[i].1 = value }
        }
        if let bases = d[string: "base_lrs"] {
            let values = Convert.sequence(bases) ?? []
            (baseValues, engine.baseRates) = (values, try values.map(LRSchedulerObject.rate))
        }
        if let epoch = d[string: "last_epoch"] { engine.lastEpoch = try Convert.int(epoch, "last_epoch") }
        if let count = d[string: "_step_count"] { engine.stepCount = try Convert.int(count, "_step_count") }
        if let last = d[string: "_last_lr"] {
            let values = Convert.sequence(last) ?? []
            (lastValues, engine.lastRates) = (values, try values.map(LRSchedulerObject.rate))
        }
        if kind == .lambda, let given = d[string: "lr_lambdas"], let entries = Convert.sequence(given), entries.contains(where: { !$0.isNone }) {
            throw PyException(.notImplementedError, "load_state_dict() with callable-object lr_lambdas is not supported")
        }
    }
}
