/// A failure of PPO training caused by its inputs, with trl's wording where trl has a message.
public enum PPOError: Error, Equatable, CustomStringConvertible {
    /// The config breaks one of trl's checks.
    case invalidConfig(String)
    /// `step` got inputs of the wrong kind, count or shape.
    case invalidInput(String)
    /// A response whose mask has no token left to score.
    case emptyResponseMask(sample: Int)
    /// The cancellation check asked to stop between minibatches.
    case interrupted

    public var description: String {
        switch self {
        case .invalidConfig(let message), .invalidInput(let message): return message
        case .emptyResponseMask(let sample):
            return "response \(sample) has no scored token: an encoder-decoder response needs the decoder start token and at least two more tokens"
        case .interrupted: return "PPO step interrupted between minibatches"
        }
    }
}
