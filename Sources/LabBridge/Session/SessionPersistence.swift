import LabScript

/// Registers how the bridge's objects are read back from a session file, in one interpreter.
/// Each type's saved form is described beside it (`*+Persistence.swift`).
enum SessionPersistence {
    static func register(in interpreter: Interpreter, random: SessionRandom, dataContext: DataBridgeContext) {
        let decoders: [(String, Interpreter.NativeDecoder)] = [
            ("torch.Tensor", TensorObject.decode),
            ("numpy.ndarray", NDArrayObject.decode),
            ("numpy.scalar", NumPyScalar.decode),
            ("datasets.Dataset", { try ScriptDataset.decode($0, $1, context: dataContext) }),
            ("datasets.DatasetDict", { try ScriptDatasetDict.decode($0, $1, context: dataContext) }),
            ("datasets.Column", DatasetColumn.decode),
            ("transformers.PreTrainedModel", { try ModelObject.decode($0, $1, random: random) }),
            ("transformers.PreTrainedTokenizerFast", TokenizerObject.decode),
            ("transformers.TextClassificationPipeline", PipelineObject.decode),
            ("evaluate.Toxicity", ToxicityModule.decode),
            ("evaluate.Rouge", { try RougeModule.decode($0, $1, context: dataContext) }),
            ("pandas.DataFrame", DataFrameObject.decode),
            ("transformers.BatchEncoding", BatchEncodingObject.decode),
            ("transformers.GenerationConfig", GenerationConfigObject.decode),
            ("peft.LoraConfig", LoraConfigObject.decode),
            ("trl.PPOConfig", PPOConfigObject.decode),
            ("trl.core.LengthSampler", LengthSamplerObject.decode),
            ("trl.PPOTrainer", PPOTrainerObject.decode),
        ]
        for (name, decoder) in decoders { interpreter.register(persistentType: name, decoder: decoder) }
    }

    /// Saved `[name, value]` pairs of keyword arguments.
    static func keywords(_ json: Any?, _ archive: NativeArchiveReader) throws -> [(String, Value)] {
        guard let pairs = json as? [[Any]] else { throw archive.malformed("keyword arguments") }
        return try pairs.map { pair in
            guard pair.count == 2, let name = pair[0] as? String else { throw archive.malformed("a keyword argument") }
            return (name, try archive.value(pair[1]))
        }
    }

    /// Calls `module.name(**keywords)` as a lab would, expecting a `T`.
    static func make<T: NativeObject>(_ module: String, _ name: String, _ keywords: [(String, Value)],
                                      _ archive: NativeArchiveReader, as: T.Type) throws -> T {
        let interpreter = archive.interpreter
        guard case .object(let loaded as PyModule) = try interpreter.importModule(named: module), let callee = loaded.dict[name],
              case .native(let made as T) = try interpreter.call(callee, [], keywords) else {
            throw archive.malformed("a \(module).\(name)")
        }
        return made
    }
}
