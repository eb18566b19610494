/// How to pad a batch of encodings to a common length.
public struct Padding: Equatable {
    public enum Length: Equatable {
        /// The longest encoding in the batch.
        case longest
        /// A fixed length (longer encodings are left as they are).
        case fixed(Int)
    }
    public enum Side: String { case right, left }

    public var length: Length
    public var side: Side
    public var padToMultipleOf: Int?
    public var padId: Int
    public var padTypeId: Int

    public init(length: Length = .longest, side: Side = .right, padToMultipleOf: Int? = nil, padId: Int = 0, padTypeId: Int = 0) {
        self.length = length
        self.side = side
        self.padToMultipleOf = padToMultipleOf
        self.padId = padId
        self.padTypeId = padTypeId
    }

    /// Reads tokenizer.json's `padding` object: strategy `"BatchLongest"` or `{"Fixed": n}`.
    init(json: JSONObject) throws {
        if let fixed = try json.value("strategy").objectValue {
            length = .fixed(try JSONObject(fixed, file: json.file, path: json.path).int("Fixed"))
        } else if try json.string("strategy") == "BatchLongest" {
            length = .longest
        } else {
            throw json.failure("expected \"BatchLongest\" or {\"Fixed\": n}", key: "strategy")
        }
        let sideName = try json.optionalString("direction") ?? "Right"
        guard let side = Side(rawValue: sideName.lowercased()) else { throw json.failure("unknown direction \(sideName)", key: "direction") }
        self.side = side
        padToMultipleOf = try json.optionalInt("pad_to_multiple_of")
        padId = try json.int("pad_id", default: 0)
        padTypeId = try json.int("pad_type_id", default: 0)
    }

    /// Pads every encoding to the target length, with attention mask 0 on the padding.
    func apply(_ encodings: [Encoding]) -> [Encoding] {
        var target: Int
        switch length {
        case .longest: target = encodings.map(\.count).max() ?? 0
        case let .fixed(value): target = value
        }
        if let multiple = padToMultipleOf, multiple > 0, target % multiple != 0 {
            target += multiple - target % multiple
        }
        return encodings.map { pad($0, to: target) }
    }

    private func pad(_ encoding: Encoding, to target: Int) -> Encoding {
        let missing = target - encoding.count
        guard missing > 0 else { return encoding }
        func padded(_ values: [Int], with value: Int) -> [Int] {
            let filler = Array(repeating: value, count: missing)
            return side == .right ? values + filler : filler + values
        }
        return Encoding(ids: padded(encoding.ids, with: padId), typeIds: padded(encoding.typeIds, with: padTypeId),
                        specialTokensMask: padded(encoding.specialTokensMask, with: 1),
                        attentionMask: padded(encoding.attentionMask, with: 0))
    }
}
