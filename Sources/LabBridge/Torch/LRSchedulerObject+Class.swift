import LabScript

/// The scheduler classes of `torch.optim.lr_scheduler`: one per ``LRSchedulerKind``, sharing the
/// methods of PyTorch's `LRScheduler` base, each with its settings as attributes.
extension LRSchedulerObject {
    static let classes: [LRSchedulerKind: NativeClass] = Dictionary(uniqueKeysWithValues: LRSchedulerKind.allCases.map { kind in
        (kind, NativeClass(kind.rawValue, module: "torch.optim.lr_scheduler",
                           constructor: Function(kind.rawValue, params: ["optimizer"] + kind.parameters) { a in .native(try make(kind, a)) },
                           methods: methods, properties: properties + settingProperties(kind)))
    })

    private static func make(_ kind: LRSchedulerKind, _ a: Args) throws -> LRSchedulerObject {
        guard case .native(let optimizer as OptimizerObject) = a["optimizer"] else {
            throw PyException.typeError("\(a["optimizer"].typeName) is not an Optimizer")
        }
        if kind == .lambda {
            let given = Convert.sequence(a["lr_lambda"]) ?? Array(repeating: a["lr_lambda"], count: optimizer.groups.count)
            return try LRSchedulerObject(optimizer: optimizer, lambdas: given.map(LearningRateLambda.script), lastEpoch: try a.int("last_epoch"), a.interpreter)
        }
        return try LRSchedulerObject(kind: kind, optimizer: optimizer, settings: try kind.settings(a, optimizer),
                                     lastEpoch: try a.int("last_epoch"), a.interpreter)
    }

    private static let methods: [Function] = [
        Function("step", params: ["epoch=None"]) { a in
            try a.receiver(as: LRSchedulerObject.self).step(a.interpreter, epoch: try a.optional("epoch").map { try Convert.int($0, "epoch") })
            return .none
        },
        Function("get_last_lr") { a in .list(PyList(try a.receiver(as: LRSchedulerObject.self).lastValues)) },
        Function("state_dict") { a in .dict(try a.receiver(as: LRSchedulerObject.self).stateDict()) },
        Function("load_state_dict", params: ["state_dict"]) { a in
            guard case .dict(let given) = a["state_dict"] else { throw PyException.typeError("state_dict must be a dict, not \(a["state_dict"].typeName)") }
            try a.receiver(as: LRSchedulerObject.self).loadStateDict(given)
            return .none
        },
    ]

    private static let properties: [Property] = [
        Property("last_epoch") { v, _ in .int(try receiver(v).engine.lastEpoch) },
        Property("optimizer") { v, _ in .native(try receiver(v).optimizer) },
        Property("base_lrs") { v, _ in .list(PyList(try receiver(v).baseValues)) },
    ]

    /// The settings a class keeps, read as attributes (`scheduler.gamma`, `scheduler.T_max`).
    private static func settingProperties(_ kind: LRSchedulerKind) -> [Property] {
        let names: [String]
        switch kind {
        case .lambda: names = []
        case .step: names = ["step_size", "gamma"]
        case .multiStep: names = ["milestones", "gamma"]
        case .exponential: names = ["gamma"]
        case .cosineAnnealing: names = ["T_max", "eta_min"]
        case .linear: names = ["start_factor", "end_factor", "total_iters"]
        case .oneCycle: names = ["total_steps", "cycle_momentum"]
        }
        return names.map { name in
            Property(name) { v, _ in
                guard let value = try receiver(v).settings.first(where: { $0.0 == name })?.1 else {
                    throw PyException.attributeError("'\(kind.rawValue)' object has no attribute '\(name)'")
                }
                return value
            }
        }
    }

    private static func receiver(_ v: Value) throws -> LRSchedulerObject {
        guard case .native(let s as LRSchedulerObject) = v else { throw PyException.typeError("expected a learning-rate scheduler") }
        return s
    }
}
