/// `data_files=` of `load_dataset`: one path, a list of paths (both become the `train` split), or
/// split names mapped to one or more paths.
public enum DataFiles: Equatable {
    case path(String)
    case paths([String])
    case splits([(String, [String])])

    var bySplit: [(String, [String])] {
        switch self {
        case .path(let path): return [("train", [path])]
        case .paths(let paths): return [("train", paths)]
        case .splits(let splits): return splits
        }
    }

    public static func == (lhs: DataFiles, rhs: DataFiles) -> Bool {
        lhs.bySplit.map(\.0) == rhs.bySplit.map(\.0) && lhs.bySplit.map(\.1) == rhs.bySplit.map(\.1)
    }
}

/// What `load_dataset` returns: all splits, or one when `split=` was given.
public enum LoadedDataset: Equatable {
    case splits(DatasetDict)
    case single(Dataset)
}
