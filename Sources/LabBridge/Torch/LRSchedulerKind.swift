import LabScript
import LabTrain

/// The `torch.optim.lr_scheduler` classes: each one's constructor signature, the settings it
/// keeps (the entries its `state_dict()` shows before the common ones, in PyTorch's order), and the
/// engine schedule those settings make.
enum LRSchedulerKind: String, CaseIterable {
    case lambda = "LambdaLR", step = "StepLR", multiStep = "MultiStepLR", exponential = "ExponentialLR"
    case cosineAnnealing = "CosineAnnealingLR", linear = "LinearLR", oneCycle = "OneCycleLR"

    /// The constructor's parameters after `optimizer`.
    var parameters: [String] {
        switch self {
        case .lambda: return ["lr_lambda", "last_epoch=-1"]
        case .step: return ["step_size", "gamma=0.1", "last_epoch=-1"]
        case .multiStep: return ["milestones", "gamma=0.1", "last_epoch=-1"]
        case .exponential: return ["gamma", "last_epoch=-1"]
        case .cosineAnnealing: return ["T_max", "eta_min=0.0", "last_epoch=-1"]
        case .linear: return ["start_factor=0.3333333333333333", "end_factor=1.0", "total_iters=5", "last_epoch=-1"]
        case .oneCycle:
            return ["max_lr", "total_steps=None", "epochs=None", "steps_per_epoch=None", "pct_start=0.3", "anneal_strategy='cos'",
                    "cycle_momentum=True", "base_momentum=0.85", "max_momentum=0.95", "div_factor=25.0", "final_div_factor=10000.0",
                    "three_phase=False", "last_epoch=-1"]
        }
    }

    /// The settings the constructor keeps, checked with PyTorch's messages. OneCycleLR also writes
    /// its end points into each param group, as PyTorch does.
    func settings(_ a: Args, _ optimizer: OptimizerObject) throws -> [(String, Value)] {
        switch self {
        case .lambda: return []
        case .step: return [("step_size", a["step_size"]), ("gamma", a["gamma"])]
        case .multiStep:
            let counter = try a.interpreter.getAttribute(try a.interpreter.importModule(named: "collections"), "Counter")
            return [("milestones", try a.interpreter.call(counter, [a["milestones"]])), ("gamma", a["gamma"])]
        case .exponential: return [("gamma", a["gamma"])]
        case .cosineAnnealing: return [("T_max", a["T_max"]), ("eta_min", a["eta_min"])]
        case .linear:
            _ = try scheduleCall { try LinearSchedule(startFactor: try a.double("start_factor"), endFactor: try a.double("end_factor"), totalIterations: 1) }
            return [("start_factor", a["start_factor"]), ("end_factor", a["end_factor"]), ("total_iters", a["total_iters"])]
        case .oneCycle: return try OneCycleSettings.make(a, optimizer)
        }
    }

    /// The engine schedule for `settings`, made afresh at each step: the settings (which
    /// `load_state_dict` may replace) and the param groups (whose OneCycleLR end points a lab may
    /// change) are read then, as PyTorch reads them.
    func schedule(_ settings: [String: Value], lambdas: [LearningRateLambda], optimizer: OptimizerObject, _ interpreter: Interpreter) throws -> LearningRateSchedule {
        func number(_ key: String) throws -> Double {
            guard let d = settings[key]?.number else { throw PyException.typeError("\(rawValue) \(key) must be a number") }
            return d
        }
        func int(_ key: String) throws -> Int { try Convert.int(settings[key] ?? .none, key) }
        switch self {
        case .lambda:
            return LambdaSchedule(factors: lambdas.map { lambda in { step in try lambda.factor(at: step, interpreter) } })
        case .step: return StepSchedule(stepSize: try int("step_size"), gamma: try number("gamma"))
        case .multiStep:
            guard case .dict(let counter)? = settings["milestones"] else { throw PyException.typeError("milestones must be a Counter") }
            let milestones = try counter.storage.flatMap { key, count in
                Array(repeating: try Convert.int(key.value, "milestone"), count: max(0, try Convert.int(count, "milestone count")))
            }
            return MultiStepSchedule(milestones: milestones, gamma: try number("gamma"))
        case .exponential: return ExponentialSchedule(gamma: try number("gamma"))
        case .cosineAnnealing: return CosineAnnealingSchedule(tMax: try int("T_max"), etaMin: try number("eta_min"))
        case .linear:
            return try scheduleCall {
                try LinearSchedule(startFactor: try number("start_factor"), endFactor: try number("end_factor"), totalIterations: try int("total_iters"))
            }
        case .oneCycle: return try OneCycleSettings.schedule(settings, optimizer)
        }
    }
}

/// Runs engine schedule code, raising its refusals as the Python errors PyTorch raises.
func scheduleCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ScheduleError {
        switch error.kind {
        case .invalidValue: throw PyException.valueError(error.message)
        case .zeroDivision: throw PyException.zeroDivision(error.message)
        case .missingKey: throw PyException.keyError(.str(error.message))
        }
    }
}
