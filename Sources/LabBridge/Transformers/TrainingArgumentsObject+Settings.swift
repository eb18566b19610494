import LabScript
import LabTrain

/// The training settings `Trainer` runs with, read from `TrainingArguments`.
struct TrainerSettings {
    var outputDir = ""
    var learningRate = 5e-5, weightDecay = 0.0, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8, maxGradNorm = 1.0
    var numTrainEpochs = 3.0, warmupRatio = 0.0
    var maxSteps = -1, trainBatchSize = 8, evalBatchSize = 8, gradientAccumulationSteps = 1, warmupSteps = 0
    var seed = 42
    /// Steps between logs; below 1, a fraction of the total steps.
    var loggingSteps = 500.0
    var loggingStrategy = "steps", evalStrategy = "no", saveStrategy = "steps"
    var saveSteps = 500
    var saveTotalLimit: Int?
    var evalSteps: Double?
    var loggingFirstStep = false
    var schedulerType = "linear"
    /// PyTorch's AdamW (`adamw_torch`) or transformers' own (`adamw_hf`).
    var optimizer = OptimizerKind.adamW
    var showsProgress = true
    var dropLast = false
    var removesUnusedColumns = true

    /// Warmup steps for `total` steps: `warmup_steps`, else `warmup_ratio` of the total, rounded up.
    func warmup(total: Int) -> Int { warmupSteps > 0 ? warmupSteps : Int((Double(total) * warmupRatio).rounded(.up)) }

    /// Logging every this many steps for a run of `total` steps.
    func loggingInterval(total: Int) -> Int { interval(loggingSteps, total: total) }

    /// Evaluating every this many steps (`eval_steps`, else the logging interval).
    func evalInterval(total: Int) -> Int { interval(evalSteps ?? loggingSteps, total: total) }

    private func interval(_ steps: Double, total: Int) -> Int {
        steps < 1 ? Int((Double(total) * steps).rounded(.up)) : Int(steps)
    }
}

extension TrainingArgumentsObject {
    /// The settings, with transformers' errors for values that cannot run on a CPU and a clear
    /// error for features not offered here.
    func settings() throws -> TrainerSettings {
        var s = TrainerSettings()
        func number(_ name: String) throws -> Double {
            guard let d = value(name).number else { throw PyException.typeError("TrainingArguments.\(name) must be a number, not \(value(name).typeName)") }
            return d
        }
        func int(_ name: String) throws -> Int { try Convert.int(value(name), "TrainingArguments.\(name)") }
        func string(_ name: String) throws -> String {
            guard case .str(let text) = value(name) else { throw PyException.typeError("TrainingArguments.\(name) must be a str, not \(value(name).typeName)") }
            return text
        }
        func flag(_ name: String) -> Bool { if case .bool(true) = value(name) { return true } else { return false } }
        s.outputDir = try string("output_dir")
        (s.learningRate, s.weightDecay, s.maxGradNorm) = (try number("learning_rate"), try number("weight_decay"), try number("max_grad_norm"))
        (s.beta1, s.beta2, s.epsilon) = (try number("adam_beta1"), try number("adam_beta2"), try number("adam_epsilon"))
        (s.numTrainEpochs, s.warmupRatio, s.loggingSteps) = (try number("num_train_epochs"), try number("warmup_ratio"), try number("logging_steps"))
        (s.maxSteps, s.trainBatchSize, s.evalBatchSize) = (try int("max_steps"), try int("per_device_train_batch_size"), try int("per_device_eval_batch_size"))
        (s.gradientAccumulationSteps, s.warmupSteps, s.seed) = (try int("gradient_accumulation_steps"), try int("warmup_steps"), try int("seed"))
        (s.loggingStrategy, s.schedulerType) = (try string("logging_strategy"), try string("lr_scheduler_type"))
        s.evalStrategy = value("evaluation_strategy").isNone ? try string("eval_strategy") : try string("evaluation_strategy")
        s.evalSteps = value("eval_steps").isNone ? nil : try number("eval_steps")
        (s.saveStrategy, s.saveSteps) = (try string("save_strategy"), Int(try number("save_steps")))
        s.saveTotalLimit = value("save_total_limit").isNone ? nil : try int("save_total_limit")
        (s.loggingFirstStep, s.showsProgress, s.dropLast) = (flag("logging_first_step"), !flag("disable_tqdm"), flag("dataloader_drop_last"))
        if case .bool(false) = value("remove_unused_columns") { s.removesUnusedColumns = false }
        try check(s)
        if case .str("adamw_hf") = value("optim") { s.optimizer = .transformersAdamW }
        return s
    }

    private func check(_ s: TrainerSettings) throws {
        if case .bool(true) = value("fp16") { throw PyException.valueError("fp16 mixed precision requires a GPU (not 'mps').") }
        if case .bool(true) = value("bf16") { throw PyException.valueError("Your setup doesn't support bf16/(cpu, tpu, neuroncore). You need torch>=1.10") }
        guard s.trainBatchSize > 0, s.evalBatchSize > 0, s.gradientAccumulationSteps > 0 else {
            throw PyException.valueError("batch sizes and gradient_accumulation_steps must be positive integers")
        }
        guard case .str(let optim) = value("optim"), ["adamw_torch", "adamw_hf", "adamw_torch_fused"].contains(optim) else {
            throw PyException(.notImplementedError, "TrainingArguments(optim=...) supports only AdamW (adamw_torch or adamw_hf)")
        }
        guard (value("label_smoothing_factor").number ?? 0) == 0 else {
            throw PyException(.notImplementedError, "TrainingArguments(label_smoothing_factor=...) is not supported")
        }
    }

    /// The named choices (`lr_scheduler_type`, the logging, evaluation and save strategies), checked
    /// when the arguments are made, with transformers' messages.
    func checkNames() throws {
        if case .str(let scheduler) = value("lr_scheduler_type") {
            _ = try LearningRateSchedules.named(scheduler, warmup: 0, total: 1)
        }
        for name in ["logging_strategy", "eval_strategy", "evaluation_strategy", "save_strategy"] {
            guard case .str(let given) = value(name) else { continue }
            guard ["no", "steps", "epoch"].contains(given) || (name == "save_strategy" && given == "best") else {
                throw PyException.valueError("\(given) is not a valid IntervalStrategy, please select one of ['no', 'steps', 'epoch']")
            }
        }
    }
}
