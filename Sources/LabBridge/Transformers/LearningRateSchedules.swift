import LabScript
import LabTrain

/// transformers' learning-rate schedules (`get_scheduler`, `get_linear_schedule_with_warmup`, ...):
/// `LambdaLR` schedulers whose multiplier is one of the engine's ``WarmupFactors``.
enum LearningRateSchedules {
    /// The names `get_scheduler` accepts, in transformers' `SchedulerType` order.
    static let typeNames = ["linear", "cosine", "cosine_with_restarts", "polynomial", "constant", "constant_with_warmup",
                            "inverse_sqrt", "reduce_lr_on_plateau", "cosine_with_min_lr", "warmup_stable_decay"]

    static func linear(warmup: Int, total: Int) -> LearningRateLambda { .native(WarmupFactors.linear(warmup: warmup, total: total)) }
    static func cosine(warmup: Int, total: Int, cycles: Double) -> LearningRateLambda {
        .native(WarmupFactors.cosine(warmup: warmup, total: total, cycles: cycles))
    }
    static func constant(warmup: Int) -> LearningRateLambda { .native(WarmupFactors.constant(warmup: warmup)) }

    /// A `LambdaLR` over every group of `optimizer` with `lambda`.
    private static func scheduler(_ a: Args, _ lambda: LearningRateLambda) throws -> Value {
        let optimizer = try a.native("optimizer", as: OptimizerObject.self)
        return .native(try LRSchedulerObject(optimizer: optimizer, lambdas: Array(repeating: lambda, count: optimizer.groups.count),
                                             lastEpoch: try a.int("last_epoch"), a.interpreter))
    }

    static let functions: [Function] = [
        Function("get_linear_schedule_with_warmup", params: ["optimizer", "num_warmup_steps", "num_training_steps", "last_epoch=-1"]) { a in
            try scheduler(a, linear(warmup: try a.int("num_warmup_steps"), total: try a.int("num_training_steps")))
        },
        Function("get_cosine_schedule_with_warmup", params: ["optimizer", "num_warmup_steps", "num_training_steps", "num_cycles=0.5", "last_epoch=-1"]) { a in
            try scheduler(a, cosine(warmup: try a.int("num_warmup_steps"), total: try a.int("num_training_steps"), cycles: try a.double("num_cycles")))
        },
        Function("get_constant_schedule", params: ["optimizer", "last_epoch=-1"]) { a in try scheduler(a, constant(warmup: 0)) },
        Function("get_constant_schedule_with_warmup", params: ["optimizer", "num_warmup_steps", "last_epoch=-1"]) { a in
            try scheduler(a, constant(warmup: try a.int("num_warmup_steps")))
        },
        Function("get_scheduler", params: ["name", "optimizer", "num_warmup_steps=None", "num_training_steps=None", "scheduler_specific_kwargs=None"]) { a in
            let optimizer = try a.native("optimizer", as: OptimizerObject.self)
            let lambda = try named(try a.string("name"), warmup: a.optional("num_warmup_steps").map { try Convert.int($0, "num_warmup_steps") },
                                   total: a.optional("num_training_steps").map { try Convert.int($0, "num_training_steps") })
            return .native(try LRSchedulerObject(optimizer: optimizer, lambdas: Array(repeating: lambda, count: optimizer.groups.count),
                                                 lastEpoch: -1, a.interpreter))
        },
    ]

    /// The schedule `get_scheduler(name, ...)` builds, with transformers' messages for a missing step count.
    static func named(_ name: String, warmup: Int?, total: Int?) throws -> LearningRateLambda {
        guard typeNames.contains(name) else {
            let choices = typeNames.map { "'\($0)'" }.joined(separator: ", ")
            throw PyException.valueError("\(name) is not a valid SchedulerType, please select one of [\(choices)]")
        }
        let enumName = "SchedulerType." + name.uppercased()
        if name == "constant" { return constant(warmup: 0) }
        guard let warmup else { throw PyException.valueError("\(enumName) requires `num_warmup_steps`, please provide that argument.") }
        if name == "constant_with_warmup" { return constant(warmup: warmup) }
        guard let total else { throw PyException.valueError("\(enumName) requires `num_training_steps`, please provide that argument.") }
        switch name {
        case "linear": return linear(warmup: warmup, total: total)
        case "cosine": return cosine(warmup: warmup, total: total, cycles: 0.5)
        default: throw PyException(.notImplementedError, "get_scheduler(\"\(name)\") is not supported; use linear, cosine, constant or constant_with_warmup")
        }
    }
}
