/// Named splits of datasets in insertion order (`train`, `validation`, `test`, …).
public struct DatasetDict: Equatable {
    public private(set) var splits: [(name: String, dataset: Dataset)]

    public init(_ splits: [(String, Dataset)]) {
        self.splits = splits.map { (name: $0.0, dataset: $0.1) }
    }

    public var keys: [String] { splits.map(\.name) }

    /// `dd["train"]`; setting a new name appends the split.
    public subscript(name: String) -> Dataset? {
        get { splits.first { $0.name == name }?.dataset }
        set {
            if let index = splits.firstIndex(where: { $0.name == name }) {
                if let dataset = newValue { splits[index].dataset = dataset } else { splits.remove(at: index) }
            } else if let dataset = newValue {
                splits.append((name, dataset))
            }
        }
    }

    /// The split, or a `KeyError` naming it.
    public func split(_ name: String) throws -> Dataset {
        guard let dataset = self[name] else { throw DatasetError(.keyError, "'\(name)'") }
        return dataset
    }

    /// Applies the same operation to every split, like `DatasetDict.map`/`filter`/`shuffle`.
    public func mapSplits(_ transform: (Dataset) throws -> Dataset) rethrows -> DatasetDict {
        DatasetDict(try splits.map { ($0.name, try transform($0.dataset)) })
    }

    public var numRows: [String: Int] {
        Dictionary(uniqueKeysWithValues: splits.map { ($0.name, $0.dataset.numRows) })
    }

    public static func == (lhs: DatasetDict, rhs: DatasetDict) -> Bool {
        lhs.keys == rhs.keys && zip(lhs.splits, rhs.splits).allSatisfy { $0.dataset == $1.dataset }
    }
}

extension DatasetDict: CustomStringConvertible {
    /// `DatasetDict({\n    train: Dataset({...})\n})` with each dataset indented by four spaces.
    public var description: String {
        let body = splits.map { split in
            "\(split.name): \(split.dataset)".split(separator: "\n", omittingEmptySubsequences: false)
                .map { "    " + $0 }.joined(separator: "\n")
        }
        return "DatasetDict({\n" + (body.isEmpty ? "    " : body.joined(separator: "\n")) + "\n})"
    }
}
