import LabScript
import LabTokenizers

/// A `tokenizers` pipeline part (`normalizers.NFKC()`, `pre_tokenizers.Metaspace()`, `models.BPE()`...): its
/// tokenizer.json object, which the engine parses when the part is put into a tokenizer.
final class TokenizerComponentObject: NativeObject {
    /// The pipeline stage a part belongs to, named as the `Tokenizer` attribute it is assigned to.
    enum Stage: String {
        case normalizer, preTokenizer = "pre_tokenizer", model, postProcessor = "post_processor", decoder, pattern
    }

    let stage: Stage
    let json: JSONLiteral
    private let cls: PyType

    init(_ cls: PyType, stage: Stage, json: JSONLiteral) {
        self.cls = cls
        self.stage = stage
        self.json = json
    }

    var pyClass: PyType { cls }

    /// `Metaspace(replacement="▁", prepend_scheme="always", split=True)`: the class and its settings.
    func repr(_ interpreter: Interpreter) throws -> String {
        guard case let .object(members) = json else { return "\(cls.name)(\(Self.text(json)))" }
        let settings = members.filter { $0.0 != "type" }.map { "\($0.0)=\(Self.text($0.1))" }
        return "\(cls.name)(\(settings.joined(separator: ", ")))"
    }

    private static func text(_ value: JSONLiteral) -> String {
        switch value {
        case .null: return "None"
        case let .bool(flag): return flag ? "True" : "False"
        case let .string(text): return "\"\(text)\""
        case let .array(items): return "[" + items.map(text).joined(separator: ", ") + "]"
        default: return value.serialized
        }
    }

    /// A class of `module` whose constructor builds a part of `stage` from its arguments.
    static func cls(_ name: String, module: String, stage: Stage, params: [String] = [], staticMethods: [Function] = [],
                    _ json: @escaping (Args) throws -> JSONLiteral) -> NativeClass {
        var made: NativeClass!
        made = NativeClass(name, module: module, constructor: Function(name, params: params) { args in
            .native(TokenizerComponentObject(made.type, stage: stage, json: try json(args)))
        }, staticMethods: staticMethods)
        return made
    }

    /// A part given as an argument, checked to belong to `stage`.
    static func part(_ value: Value, stage: Stage, for what: String) throws -> TokenizerComponentObject {
        guard case .native(let part as TokenizerComponentObject) = value, part.stage == stage else {
            throw PyException.typeError("\(what) must be a \(stage.rawValue), not \(value.typeName)")
        }
        return part
    }

    /// `{"type": name}` followed by `members`.
    static func typed(_ name: String, _ members: [(String, JSONLiteral)] = []) -> JSONLiteral {
        .object([("type", .string(name))] + members)
    }
}

/// Runs engine tokenizer code, turning its errors into the `Exception` the `tokenizers` library raises.
func tokenizersCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as TokenizerError {
        throw PyException(.exception, error.description)
    }
}
