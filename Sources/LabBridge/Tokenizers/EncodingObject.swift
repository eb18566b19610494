import LabScript
import LabTokenizers

/// `tokenizer.encode(text)`'s result: ids, tokens, type ids and attention mask.
final class EncodingObject: NativeObject {
    let encoding: Encoding
    let tokens: [String]

    init(_ encoding: Encoding, tokens: [String]) {
        self.encoding = encoding
        self.tokens = tokens
    }

    var pyClass: PyType { Self.cls.type }

    func length(_ interpreter: Interpreter) throws -> Int? { encoding.ids.count }

    func repr(_ interpreter: Interpreter) throws -> String {
        "Encoding(num_tokens=\(encoding.ids.count), attributes=[ids, type_ids, tokens, offsets, attention_mask, special_tokens_mask, overflowing])"
    }

    static let cls = NativeClass("Encoding", module: "tokenizers", properties: [
        Property("ids") { v, _ in ints(try encoding(v).encoding.ids) },
        Property("type_ids") { v, _ in ints(try encoding(v).encoding.typeIds) },
        Property("attention_mask") { v, _ in ints(try encoding(v).encoding.attentionMask) },
        Property("tokens") { v, _ in .list(PyList(try encoding(v).tokens.map { .str($0) })) },
    ])

    private static func encoding(_ v: Value) throws -> EncodingObject {
        guard case .native(let e as EncodingObject) = v else { throw PyException.typeError("expected an Encoding") }
        return e
    }

    private static func ints(_ values: [Int]) -> Value { .list(PyList(values.map { .int($0) })) }
}
