/// ANSI styling for labrun's own decoration; every method returns its text unchanged when colour
/// is off (not a terminal, `--no-color`, or `NO_COLOR` set).
public struct TerminalStyle {
    public let isEnabled: Bool

    public init(isEnabled: Bool) {
        self.isEnabled = isEnabled
    }

    /// Colour on when `isTerminal`, unless `noColor` or a non-empty `NO_COLOR` (no-color.org).
    public init(isTerminal: Bool, noColor: Bool, environment: [String: String]) {
        isEnabled = isTerminal && !noColor && (environment["NO_COLOR"] ?? "").isEmpty
    }

    public func bold(_ text: String) -> String { apply("1", text) }
    public func dim(_ text: String) -> String { apply("2", text) }
    public func red(_ text: String) -> String { apply("31", text) }
    public func boldRed(_ text: String) -> String { apply("1;31", text) }
    public func cyan(_ text: String) -> String { apply("36", text) }

    private func apply(_ code: String, _ text: String) -> String {
        isEnabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
