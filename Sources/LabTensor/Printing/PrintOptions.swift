/// How tensors print, with PyTorch's defaults (`torch.set_printoptions`).
public struct PrintOptions: Sendable, Equatable {
    /// Digits after the decimal point for floats.
    public var precision = 4
    /// Tensors with more elements than this are summarized with `...`.
    public var threshold = 1000
    /// Items shown at each end of a summarized dimension.
    public var edgeItems = 3
    /// Characters per line before a row of elements wraps.
    public var lineWidth = 80
    /// Force (true) or forbid (false) scientific notation; nil lets the values decide.
    public var scientific: Bool? = nil

    public init() {}

    /// The options every tensor's `description` uses. Set it as `torch.set_printoptions` does.
    nonisolated(unsafe) public static var current = PrintOptions()
}
