/// Special tokens placed by templates such as `$A </s>` (single) and `[CLS] $A [SEP] $B:1 [SEP]:1` (pair).
struct TemplateProcessing: PostProcessor {
    enum Piece {
        /// The input sequence, 0 for A or 1 for B, with its type id.
        case sequence(index: Int, typeId: Int)
        /// A special token's ids with their type id.
        case special(ids: [Int], typeId: Int)
    }

    let single: [Piece]
    let pair: [Piece]

    init(json: JSONObject) throws {
        let specials = try Self.specialTokens(json)
        single = try Self.template(json, "single", specials: specials)
        pair = try Self.template(json, "pair", specials: specials)
    }

    private static func specialTokens(_ json: JSONObject) throws -> [String: [Int]] {
        guard json.has("special_tokens") else { return [:] }
        let table = try json.object("special_tokens")
        var result: [String: [Int]] = [:]
        for name in table.members.keys {
            let entry = try table.object(name)
            result[try entry.string("id")] = try entry.ints("ids")
        }
        return result
    }

    private static func template(_ json: JSONObject, _ key: String, specials: [String: [Int]]) throws -> [Piece] {
        try json.objects(key).map { item in
            if let sequence = try item.optionalObject("Sequence") {
                let id = try sequence.string("id")
                guard id == "A" || id == "B" else { throw sequence.failure("sequence id must be A or B", key: "id") }
                return .sequence(index: id == "A" ? 0 : 1, typeId: try sequence.int("type_id", default: 0))
            }
            if let special = try item.optionalObject("SpecialToken") {
                let name = try special.string("id")
                guard let ids = specials[name] else {
                    throw special.failure("special token \(name) is missing from special_tokens", key: "id")
                }
                return .special(ids: ids, typeId: try special.int("type_id", default: 0))
            }
            throw item.failure("expected a Sequence or SpecialToken piece")
        }
    }

    func addedTokens(isPair: Bool) -> Int {
        (isPair ? pair : single).reduce(0) { total, piece in
            if case let .special(ids, _) = piece { return total + ids.count }
            return total
        }
    }

    func process(_ encodings: [Encoding], addSpecialTokens: Bool) throws -> [Encoding] {
        let template = encodings.count > 1 ? pair : single
        let parts: [Encoding] = template.compactMap { piece in
            switch piece {
            case let .sequence(index, typeId):
                return encodings.indices.contains(index) ? encodings[index].withTypeId(typeId) : nil
            case let .special(ids, typeId):
                return addSpecialTokens ? Encoding.special(ids, typeId: typeId) : nil
            }
        }
        return [Encoding.concatenate(parts)]
    }
}
