import Foundation
import LabScript
import LabTokenizers

/// `tokenizers.Tokenizer(model)`: a pipeline assembled part by part in a lab, trained, used and saved as
/// tokenizer.json. Each change re-parses the definition, so a bad part fails where it is assigned.
final class TokenizerPipelineObject: NativeObject {
    private(set) var definition: TokenizerDefinition
    /// The pipeline parts as the lab assigned them, returned by the attributes.
    private var parts: [TokenizerComponentObject.Stage: TokenizerComponentObject] = [:]
    private(set) var tokenizer: Tokenizer
    private(set) var version = 0

    init(model: TokenizerComponentObject) throws {
        let definition = try tokenizersCall { try TokenizerDefinition(model: model.json) }
        tokenizer = try tokenizersCall { try definition.makeTokenizer() }
        self.definition = definition
    }

    private init(copying other: TokenizerPipelineObject) {
        definition = other.definition
        parts = other.parts
        tokenizer = other.tokenizer
        version = other.version
    }

    var pyClass: PyType { Self.cls.type }

    /// A copy for the REPL's snapshots: the definition is a value and the built tokenizer never changes.
    func snapshot(_ copier: DeepCopier) -> NativeObject { TokenizerPipelineObject(copying: self) }

    func repr(_ interpreter: Interpreter) throws -> String {
        "Tokenizer(model=\(definition.modelType), vocab_size=\(tokenizer.vocabSize(withAddedTokens: true)))"
    }

    /// The part assigned to `stage`, or None.
    func part(_ stage: TokenizerComponentObject.Stage) -> Value {
        parts[stage].map { .native($0) } ?? .none
    }

    /// Assigns a part (None removes it) and rebuilds the tokenizer; on failure nothing changes.
    func setPart(_ stage: TokenizerComponentObject.Stage, _ value: Value) throws {
        let part = value.isNone ? nil : try TokenizerComponentObject.part(value, stage: stage, for: stage.rawValue)
        var changed = definition
        switch stage {
        case .normalizer: changed.normalizer = part?.json
        case .preTokenizer: changed.preTokenizer = part?.json
        case .postProcessor: changed.postProcessor = part?.json
        case .decoder: changed.decoder = part?.json
        case .model, .pattern: throw PyException.attributeError("attribute '\(stage.rawValue)' of 'Tokenizer' objects is not writable")
        }
        try rebuild(changed)
        parts[stage] = part
    }

    /// Trains the model on texts (an iterable of strings or of lists of strings); Ctrl-C stops training between
    /// rounds with KeyboardInterrupt, leaving the pipeline as it was.
    func train(_ iterable: Value, trainer: TokenizerTrainer, _ interpreter: Interpreter) throws {
        guard case .list(let items) = try interpreter.call(.type(PyType.list), [iterable]) else {
            throw PyException.typeError("train_from_iterator() expects an iterable of str")
        }
        var texts: [String] = []
        for item in items.items {
            if case .str(let text) = item {
                texts.append(text)
            } else {
                texts += try TokenizersArguments.strings(item, for: "train_from_iterator() items")
            }
        }
        var changed = definition
        let stop: () -> Bool = { [weak interpreter] in interpreter?.isInterruptRequested ?? false }
        do {
            try tokenizersCall { try changed.train(texts: texts, trainer: trainer, shouldStop: stop) }
        } catch is TrainingInterrupted {
            try interpreter.checkInterrupt()
            throw PyException(.keyboardInterrupt, args: [])
        }
        try rebuild(changed)
    }

    /// `tokenizer.encode(text, pair)`: ids with the tokens they stand for.
    func encode(_ text: String, pair: String?, addSpecialTokens: Bool) throws -> EncodingObject {
        let encoding = try tokenizersCall { try tokenizer.encode(text, pair: pair, addSpecialTokens: addSpecialTokens) }
        return EncodingObject(encoding, tokens: encoding.ids.map { tokenizer.idToToken($0) ?? "" })
    }

    /// Writes tokenizer.json to `path`.
    func save(to path: String) throws {
        do {
            try Data(try tokenizersCall { try definition.document }.utf8).write(to: URL(fileURLWithPath: path))
        } catch let error as PyException {
            throw error
        } catch {
            throw PyException(.exception, "cannot write \(path): \(error.localizedDescription)")
        }
    }

    private func rebuild(_ changed: TokenizerDefinition) throws {
        tokenizer = try tokenizersCall { try changed.makeTokenizer() }
        definition = changed
        version += 1
    }
}
