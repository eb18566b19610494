/// A failure to load or apply a tokenizer, naming the file (or operation) and the problem.
public enum TokenizerError: Error, Equatable, CustomStringConvertible {
    /// A tokenizer file is missing, unreadable or malformed.
    case invalidFile(file: String, problem: String)
    /// An input cannot be encoded or decoded with this tokenizer's settings.
    case invalidInput(String)

    public var description: String {
        switch self {
        case let .invalidFile(file, problem): return "\(file): \(problem)"
        case let .invalidInput(problem): return problem
        }
    }
}
