import LabScript
import LabModels
import LabRL
import LabTensor

/// trl's `PPOTrainer(config=, model=, ref_model=, tokenizer=, dataset=, data_collator=)` over a
/// value-head model: its dataloader, batched generation and PPO steps.
final class PPOTrainerObject: NativeObject {
    let trainer: PPOTrainer
    let model: ModelObject
    let tokenizer: TokenizerObject
    let dataloader: DataLoaderObject
    /// What `log_stats` was given, step by step.
    var history: [Value] = []
    /// PPO steps taken: the trainer's `version`.
    var version = 0
    /// The arguments the trainer was made with (those not None), to make it again from a saved session.
    var arguments: [(String, Value)] = []
    /// Set on the copies the REPL keeps in its snapshots: the trainer's state when taken.
    let saved: PPOTrainer.Snapshot?

    init(trainer: PPOTrainer, model: ModelObject, tokenizer: TokenizerObject, dataloader: DataLoaderObject,
         saved: PPOTrainer.Snapshot? = nil) {
        self.trainer = trainer
        self.model = model
        self.tokenizer = tokenizer
        self.dataloader = dataloader
        self.saved = saved
    }

    var pyClass: PyType { PPOTrainerObject.cls.type }

    /// Builds the trainer as trl does: seeds torch and numpy with `config.seed`; a PEFT policy's
    /// reference is the policy with adapters disabled, otherwise `ref_model` or a frozen copy.
    static func make(_ a: Args) throws -> Value {
        let config = try a.native("config", as: PPOConfigObject.self).config
        let model = try a.native("model", as: ModelObject.self)
        guard case .valueHead(let valueHead, _) = model.architecture else {
            throw PyException.valueError("model must be a model with a value head (AutoModelForSeq2SeqLMWithValueHead), got \(model.pyClass.name)")
        }
        let tokenizer = try a.native("tokenizer", as: TokenizerObject.self)
        model.random.torch = TorchGenerator(seed: config.seed)
        model.random.models = RandomGenerator(seed: config.seed)
        model.random.numpy = try hubCall { try NumPyRandomState(seed: config.seed) }
        let policy = Seq2SeqValueHeadPolicy(valueHead)
        let reference: PPOModel
        if let peft = valueHead.peftModel {
            reference = AdapterFreeReference(policy, peft: peft)
        } else if case .native(let given as ModelObject) = a["ref_model"], case .valueHead(let refModel, _) = given.architecture {
            reference = Seq2SeqValueHeadPolicy(refModel)
        } else {
            reference = Seq2SeqValueHeadPolicy(try hubCall { try ValueHeadModels.frozenCopy(valueHead) })
        }
        let trainer = try hubCall {
            try PPOTrainer(config: config, policy: policy, reference: reference, padTokenId: tokenizer.tokenizer.padTokenId ?? 0)
        }
        let dataset = a["dataset"]
        let count = dataset.isNone ? 0 : try a.interpreter.length(dataset)
        let sampler = try hubCall {
            try ShuffledBatchSampler(count: count, batchSize: config.batchSize, generator: RandomGenerator(seed: config.seed))
        }
        let loader = DataLoaderObject(dataset: dataset, collator: a["data_collator"], sampler: sampler)
        let object = PPOTrainerObject(trainer: trainer, model: model, tokenizer: tokenizer, dataloader: loader)
        object.arguments = ["config", "model", "ref_model", "tokenizer", "dataset", "optimizer", "data_collator", "num_shared_layers", "lr_scheduler"]
            .compactMap { a[$0].isNone ? nil : ($0, a[$0]) }
        return .native(object)
    }

    /// `step(queries, responses, scores)`: trl's stats dict, scalars as floats and arrays as numpy arrays.
    func step(_ a: Args) throws -> Value {
        let queries = try tensors(a["queries"], "queries"), responses = try tensors(a["responses"], "responses")
        let scores = try tensors(a["scores"], "scores")
        // Counted before the step: a step that fails partway may already have changed the state.
        version += 1
        // The minibatch order draws from numpy's global stream, which LengthSampler shares.
        trainer.generator = model.random.numpy
        defer { model.random.numpy = trainer.generator }
        let stats = try hubCall {
            try interruptible(a.interpreter) { stop in
                trainer.isCancelled = stop
                return try trainer.step(queries: queries, responses: responses, scores: scores)
            }
        }
        let dict = PyDict()
        for key in stats.keys {
            switch stats[key] {
            case .scalar(let x)?: try dict.set(.str(key), .float(x))
            case .array(let t)?: try dict.set(.str(key), .native(NDArrayObject(t)))
            case nil: continue
            }
        }
        return .dict(dict)
    }

    /// A list of tensors, checked with trl's messages (a tensor or tuple where a list is expected).
    private func tensors(_ v: Value, _ name: String) throws -> [Tensor] {
        guard case .list(let list) = v else { throw PyException.valueError("\(name) must be a list of tensors - got \(Self.className(v))") }
        return try list.items.map {
            guard case .native(let t as TensorObject) = $0 else { throw PyException.valueError("Elements in \(name) must be tensors - got \(Self.className($0))") }
            return t.tensor
        }
    }

    /// `type(v)` as Python prints it.
    private static func className(_ v: Value) -> String {
        if case .native(is TensorObject) = v { return "<class 'torch.Tensor'>" }
        return "<class '\(v.typeName)'>"
    }
}
