import Foundation

/// The state of the `random` module's generator, for snapshots and session files.
public struct RandomState: Equatable, Sendable {
    /// The 624 words of the Mersenne Twister state, then the position in it.
    public var words: [UInt32]
    public var index: Int
    /// The spare deviate of `random.gauss`, if one is pending.
    public var gaussNext: Double?

    public init(words: [UInt32], index: Int, gaussNext: Double?) {
        self.words = words
        self.index = index
        self.gaussNext = gaussNext
    }

    /// Whether the state could have come from a generator (used to reject damaged session files).
    public var isValid: Bool { words.count == 624 && (0...625).contains(index) }
}

extension Interpreter {
    /// The `random` module's generator state; setting it makes later draws repeat exactly.
    public var randomState: RandomState {
        get { RandomState(words: random.state, index: random.index, gaussNext: random.gaussNext) }
        set {
            precondition(newValue.isValid, "invalid random state")
            random.state = newValue.words
            random.index = newValue.index
            random.gaussNext = newValue.gaussNext
        }
    }
}

/// Session state that lives outside the global namespace, such as a random stream a native module
/// keeps (torch's default generator, numpy's global state). Snapshots capture and restore it
/// along with the globals and `random`, so a re-run draws the same numbers.
public protocol SessionState: AnyObject {
    /// A value copy of the state.
    func captureState() -> Any
    /// Puts back a state `captureState` returned.
    func restoreState(_ state: Any)
    /// The state as bytes for a saved session, or nil when it has no saved form.
    func persistentState() throws -> Data?
    /// Puts back a state `persistentState` returned; throws when the bytes are not one.
    func restorePersistentState(_ data: Data) throws
    /// A name that identifies the state in a saved session (stable across versions).
    var persistentName: String { get }
}

public extension SessionState {
    func persistentState() throws -> Data? { nil }
    func restorePersistentState(_ data: Data) throws {}
    var persistentName: String { String(describing: type(of: self)) }
}

extension Interpreter {
    /// Makes snapshots include `state`.
    public func register(sessionState state: SessionState) {
        sessionStates.append(state)
    }
}
