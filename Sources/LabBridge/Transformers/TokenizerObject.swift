import Foundation
import LabScript
import LabTokenizers
import LabTensor

/// A transformers tokenizer (`AutoTokenizer.from_pretrained(...)`) over an ``HFTokenizer``.
final class TokenizerObject: CallableNative {
    let tokenizer: HFTokenizer
    let nameOrPath: String

    init(_ tokenizer: HFTokenizer, nameOrPath: String) {
        self.tokenizer = tokenizer
        self.nameOrPath = nameOrPath
    }

    var pyClass: PyType { TokenizerObject.cls.type }

    func length(_ interpreter: Interpreter) throws -> Int? { tokenizer.count }

    func repr(_ interpreter: Interpreter) throws -> String {
        "PreTrainedTokenizerFast(name_or_path='\(nameOrPath)', vocab_size=\(tokenizer.vocabSize), model_max_length=\(tokenizer.modelMaxLength.map(String.init) ?? "1000000000000000019884624838656"), padding_side='\(tokenizer.paddingSide.rawValue)', truncation_side='\(tokenizer.truncationSide.rawValue)')"
    }

    /// Encodes one text or a list of texts as `tokenizer(...)` does.
    /// - Returns: a BatchEncoding of `[B, L]` int64 tensors with `return_tensors="pt"`, else of lists
    ///   (flat for a single text).
    func encode(_ a: Args) throws -> Value {
        let (texts, single) = try TokenizerObject.texts(a["text"])
        let padding = try TokenizerObject.padding(a["padding"])
        let truncation = try TokenizerObject.truncation(a["truncation"])
        let maxLength = a.optional("max_length").map { _ in try? a.int("max_length") } ?? nil
        let batch = try hubCall {
            try tokenizer(texts, padding: padding, truncation: truncation, maxLength: maxLength,
                          addSpecialTokens: try a.bool("add_special_tokens"))
        }
        let columns = [("input_ids", batch.inputIds), ("attention_mask", batch.attentionMask)]
        switch a.optional("return_tensors") {
        case nil:
            return .native(BatchEncodingObject(columns.map { name, rows in
                let lists = rows.map { Value.list(PyList($0.map { .int($0) })) }
                return (name, single ? lists[0] : .list(PyList(lists)))
            }))
        case .str("pt")?:
            return .native(BatchEncodingObject(try columns.map { name, rows in (name, .native(TensorObject(try TokenizerObject.tensor(rows)))) }))
        case let other?:
            throw PyException.valueError("Unable to convert output to tensors format \(a.interpreter.repr(other)); only 'pt' is available")
        }
    }

    /// `[B, L]` int64 ids; rows of different lengths are the error transformers raises.
    static func tensor(_ rows: [[Int]]) throws -> Tensor {
        let width = rows.first?.count ?? 0
        guard rows.allSatisfy({ $0.count == width }) else {
            throw unableToCreateTensor("input_ids")
        }
        return try torchCall { try Tensor(int64: rows.flatMap { $0.map(Int64.init) }, shape: [rows.count, width]) }
    }

    /// BatchEncoding's error when a column's rows do not make one tensor (ragged, or not numbers).
    static func unableToCreateTensor(_ key: String) -> PyException {
        PyException.valueError("Unable to create tensor, you should probably activate truncation and/or padding with 'padding=True' 'truncation=True' to have batched tensors with the same length. Perhaps your features (`\(key)` in this case) have excessive nesting (inputs type `list` where type `int` is expected).")
    }

    private static func texts(_ v: Value) throws -> ([String], Bool) {
        if case .str(let s) = v { return ([s], true) }
        guard let items = Convert.sequence(v) else {
            throw PyException.valueError("text input must be of type `str` (single example), `List[str]` (batch or single pretokenized example) or `List[List[str]]` (batch of pretokenized examples).")
        }
        return (try items.map {
            guard case .str(let s) = $0 else { throw PyException.valueError("text input must be of type `str` (single example), `List[str]` (batch or single pretokenized example) or `List[List[str]]` (batch of pretokenized examples).") }
            return s
        }, false)
    }

    static func padding(_ v: Value) throws -> HFTokenizer.PaddingStrategy {
        switch v {
        case .bool(true), .str("longest"): return .longest
        case .bool(false), .none, .str("do_not_pad"): return .doNotPad
        case .str("max_length"): return .maxLength
        default: throw PyException.valueError("\(v) is not a valid PaddingStrategy, please select one of ['longest', 'max_length', 'do_not_pad']")
        }
    }

    private static func truncation(_ v: Value) throws -> Truncation.Strategy? {
        switch v {
        case .bool(true): return .longestFirst
        case .bool(false), .none, .str("do_not_truncate"): return nil
        case .str(let s):
            guard let strategy = Truncation.Strategy(rawValue: s) else {
                throw PyException.valueError("'\(s)' is not a valid TruncationStrategy, please select one of ['only_first', 'only_second', 'longest_first', 'do_not_truncate']")
            }
            return strategy
        default: throw PyException.valueError("truncation must be a bool or a strategy name, not \(v.typeName)")
        }
    }
}

extension HFTokenizer {
    /// transformers' `all_special_tokens`: the named special tokens in its attribute order (bos,
    /// eos, unk, pad), then the other special added tokens by id, each once.
    var allSpecialTokens: [String] {
        var tokens: [String] = []
        for token in [bosToken, eosToken, unkToken, padToken].compactMap({ $0 }) + tokenizer.addedTokens.filter(\.special).sorted { $0.id < $1.id }.map(\.content)
        where !tokens.contains(token) {
            tokens.append(token)
        }
        return tokens
    }
}
