import Foundation
import LabScript
import LabTensor

/// transformers' `Trainer(model=, args=, train_dataset=, eval_dataset=, tokenizer=, data_collator=)`:
/// fine-tunes a model with AdamW, a learning-rate schedule and gradient clipping over seeded
/// shuffles of the dataset (``train(_:)``), evaluates its loss, and saves it.
///
/// As transformers' `set_seed(args.seed)` does, building a trainer reseeds the torch stream; the
/// shuffling stream and the model's dropout streams are split from it, so a run is fixed by `seed`.
final class TrainerObject: NativeObject {
    let model: ModelObject
    let arguments: TrainingArgumentsObject
    let settings: TrainerSettings
    let trainDataset: Value
    let evalDataset: Value
    let tokenizer: Value
    let collator: TrainerCollator
    /// Built by the first `train()` unless given through `optimizers=`.
    var optimizer: OptimizerObject?
    var scheduler: LRSchedulerObject?
    /// The gradient norm before the last clipping (logged as `grad_norm`).
    var lastGradNorm: Float?
    /// Whether the trainer made `scheduler` (then each `train()` makes a new one, for its own steps).
    var madeScheduler = false
    /// The stream each epoch's shuffle is drawn from.
    var shuffling: RandomGenerator
    let state: TrainerStateObject
    /// Training steps taken, for the REPL's stale tracking.
    var version = 0

    init(model: ModelObject, arguments: TrainingArgumentsObject, settings: TrainerSettings, trainDataset: Value, evalDataset: Value,
         tokenizer: Value, collator: TrainerCollator, optimizer: OptimizerObject?, scheduler: LRSchedulerObject?,
         shuffling: RandomGenerator, state: TrainerStateObject) {
        self.model = model
        self.arguments = arguments
        self.settings = settings
        self.trainDataset = trainDataset
        self.evalDataset = evalDataset
        self.tokenizer = tokenizer
        self.collator = collator
        self.optimizer = optimizer
        self.scheduler = scheduler
        self.shuffling = shuffling
        self.state = state
    }

    var pyClass: PyType { TrainerObject.cls.type }

    /// The `Trainer` class scripts construct; `random` is the torch stream it reseeds.
    static func makeClass(random: SessionRandom) -> NativeClass {
        NativeClass("Trainer", module: "transformers.trainer",
            constructor: Function("Trainer.__init__", params: ["model=None", "args=None", "data_collator=None", "train_dataset=None",
                                                               "eval_dataset=None", "tokenizer=None", "processing_class=None", "model_init=None",
                                                               "compute_loss_func=None", "compute_metrics=None", "callbacks=None",
                                                               "optimizers=None", "preprocess_logits_for_metrics=None"]) { a in
                try make(a, random: random)
            })
    }

    private static func make(_ a: Args, random: SessionRandom) throws -> Value {
        for unsupported in ["model_init", "compute_loss_func", "compute_metrics", "callbacks", "preprocess_logits_for_metrics"]
        where a.optional(unsupported) != nil {
            throw PyException(.notImplementedError, "Trainer(\(unsupported)=...) is not supported")
        }
        guard !a["model"].isNone else { throw PyException.runtimeError("`Trainer` requires either a `model` or `model_init` argument") }
        let model = try a.native("model", as: ModelObject.self)
        let arguments: TrainingArgumentsObject
        if case .native(let given as TrainingArgumentsObject) = a["args"] {
            arguments = given
        } else if a["args"].isNone, case .native(let defaults as TrainingArgumentsObject) = try a.interpreter.call(TrainingArgumentsObject.cls.value, [.str("tmp_trainer")]) {
            arguments = defaults
        } else {
            throw PyException.typeError("args must be a TrainingArguments, not \(a["args"].typeName)")
        }
        let settings = try arguments.settings()
        random.reseedTorch(UInt64(bitPattern: Int64(settings.seed)))
        model.reseedDropout(from: &random.models)
        let tokenizer = a["processing_class"].isNone ? a["tokenizer"] : a["processing_class"]
        var padTokenId = 0
        if case .native(let t as TokenizerObject) = tokenizer { padTokenId = t.tokenizer.padTokenId ?? 0 }
        let (optimizer, scheduler) = try givenOptimizers(a["optimizers"])
        return .native(TrainerObject(model: model, arguments: arguments, settings: settings, trainDataset: a["train_dataset"],
                                     evalDataset: a["eval_dataset"], tokenizer: tokenizer,
                                     collator: TrainerCollator(collator: a["data_collator"], padTokenId: padTokenId,
                                                               removesUnusedColumns: settings.removesUnusedColumns,
                                                               padsRaggedRows: !tokenizer.isNone),
                                     optimizer: optimizer, scheduler: scheduler, shuffling: random.models.split(),
                                     state: TrainerStateObject()))
    }

    /// `optimizers=(optimizer, scheduler)`, either of which may be None (as may the whole argument).
    private static func givenOptimizers(_ v: Value) throws -> (OptimizerObject?, LRSchedulerObject?) {
        if v.isNone { return (nil, nil) }
        guard let pair = Convert.sequence(v), pair.count == 2 else {
            throw PyException.typeError("optimizers must be a tuple (optimizer, lr_scheduler)")
        }
        var optimizer: OptimizerObject?, scheduler: LRSchedulerObject?
        switch pair[0] {
        case .none: break
        case .native(let given as OptimizerObject): optimizer = given
        default: throw PyException.typeError("optimizers[0] must be a torch.optim optimizer or None, not \(pair[0].typeName)")
        }
        switch pair[1] {
        case .none: break
        case .native(let given as LRSchedulerObject): scheduler = given
        default: throw PyException.typeError("optimizers[1] must be a learning-rate scheduler or None, not \(pair[1].typeName)")
        }
        return (optimizer, scheduler)
    }

    static let cls = NativeClass("Trainer", module: "transformers.trainer",
        methods: [
            Function("train", params: ["resume_from_checkpoint=None", "trial=None", "ignore_keys_for_eval=None", "**kwargs"]) { a in
                guard a.optional("resume_from_checkpoint") == nil else {
                    throw PyException(.notImplementedError, "train(resume_from_checkpoint=...) is not supported")
                }
                return try a.receiver(as: TrainerObject.self).train(a.interpreter)
            },
            Function("evaluate", params: ["eval_dataset=None", "ignore_keys=None", "metric_key_prefix='eval'"]) { a in
                let trainer = try a.receiver(as: TrainerObject.self)
                let metrics = try trainer.evaluate(a.optional("eval_dataset") ?? trainer.evalDataset, prefix: try a.string("metric_key_prefix"), a.interpreter)
                try trainer.state.record(metrics)
                return .dict(metrics)
            },
            Function("save_model", params: ["output_dir=None", "_internal_call=False"]) { a in
                try a.receiver(as: TrainerObject.self).saveModel(a.optional("output_dir"), a.interpreter)
                return .none
            },
            Function("create_optimizer_and_scheduler", params: ["num_training_steps"]) { a in
                try a.receiver(as: TrainerObject.self).prepareOptimizer(totalSteps: try a.int("num_training_steps"), a.interpreter)
                return .none
            },
        ],
        properties: [
            Property("model") { v, _ in .native(try receiver(v).model) },
            Property("args") { v, _ in .native(try receiver(v).arguments) },
            Property("state") { v, _ in .native(try receiver(v).state) },
            Property("optimizer") { v, _ in try receiver(v).optimizer.map { .native($0) } ?? .none },
            Property("lr_scheduler") { v, _ in try receiver(v).scheduler.map { .native($0) } ?? .none },
            Property("train_dataset") { v, _ in try receiver(v).trainDataset },
            Property("eval_dataset") { v, _ in try receiver(v).evalDataset },
            Property("tokenizer") { v, _ in try receiver(v).tokenizer },
        ])

    private static func receiver(_ v: Value) throws -> TrainerObject {
        guard case .native(let t as TrainerObject) = v else { throw PyException.typeError("expected a Trainer") }
        return t
    }

    /// AdamW (PyTorch's, or transformers' for `optim="adamw_hf"`) over the trainable weights,
    /// decaying all but biases and norm weights,
    /// and the schedule `lr_scheduler_type` names over `totalSteps` (both kept when given or made
    /// before, except a schedule the trainer made, which each `train()` makes anew).
    func prepareOptimizer(totalSteps: Int, _ interpreter: Interpreter) throws {
        if optimizer == nil {
            let noDecay = model.parametersWithoutDecay
            let trainable = model.module.namedParameters().filter(\.parameter.requiresGrad)
            var options: [(String, Value)] = [
                ("lr", .float(settings.learningRate)), ("betas", .tuple([.float(settings.beta1), .float(settings.beta2)])),
                ("eps", .float(settings.epsilon)), ("weight_decay", .float(settings.weightDecay)),
            ]
            options += settings.optimizer == .transformersAdamW ? [("correct_bias", .bool(true))] : [
                ("amsgrad", .bool(false)), ("maximize", .bool(false)), ("foreach", .none), ("capturable", .bool(false)),
                ("differentiable", .bool(false)), ("fused", .none),
            ]
            let adamW = OptimizerObject(kind: settings.optimizer, defaults: options, groups: [])
            for (decays, weightDecay) in [(true, settings.weightDecay), (false, 0.0)] {
                let group = PyDict()
                let members = trainable.filter { noDecay.contains($0.name) != decays }.map { Value.native(ParameterObject($0.parameter)) }
                try group.set(.str("params"), .list(PyList(members)))
                try group.set(.str("weight_decay"), .float(weightDecay))
                try adamW.addGroup(group, interpreter)
            }
            optimizer = adamW
        }
        if scheduler == nil, let optimizer {
            let lambda = try LearningRateSchedules.named(settings.schedulerType, warmup: settings.warmup(total: totalSteps), total: totalSteps)
            scheduler = try LRSchedulerObject(optimizer: optimizer, lambdas: Array(repeating: lambda, count: optimizer.groups.count),
                                              lastEpoch: -1, interpreter)
            madeScheduler = true
        }
    }

    /// `save_model(dir)`: the model (or a PEFT model's adapter) and the tokenizer, in `dir` or `output_dir`.
    func saveModel(_ directory: Value?, _ interpreter: Interpreter) throws {
        let path = try directory.map { try Convert.text($0, interpreter) } ?? settings.outputDir
        try model.save(to: URL(fileURLWithPath: path, isDirectory: true))
        if !tokenizer.isNone {
            _ = try interpreter.call(try interpreter.getAttribute(tokenizer, "save_pretrained"), [.str(path)])
        }
    }
}
