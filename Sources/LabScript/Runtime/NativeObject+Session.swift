import Foundation

/// What the REPL asks of native objects besides the core `NativeObject` protocol: a one-line
/// summary for `:who`, a size for the snapshot memory budget, and a saved form for session
/// files. Each is optional; a native adopts the ones it can support.
///
/// Snapshots themselves go through `NativeObject.snapshot(_:)`, which returns an independent
/// copy (cheap with copy-on-write storage), and `NativeObject.version`, which must change
/// whenever the object's state changes so that stale tracking sees mutations.
public protocol NativeSummarizing: NativeObject {
    /// One line for `:who`, e.g. `shape (2, 3) float32`, `1,000 rows × 3 columns`,
    /// `60.5M parameters (884.7K trainable)`.
    func summary(_ interpreter: Interpreter) -> String
}

/// A native object that owns a significant amount of memory.
public protocol NativeSnapshotSizing: NativeObject {
    /// Bytes a snapshot of this object keeps alive once the original changes (e.g. a tensor's
    /// storage). Counted against the REPL's snapshot budget.
    var snapshotByteCount: Int { get }
    /// Identifies the storage those bytes live in, when copies share it until written
    /// (copy-on-write): snapshots holding the same storage count its bytes once. nil counts
    /// the bytes in every snapshot.
    var snapshotStorageIdentity: AnyHashable? { get }
    /// Every copy-on-write storage the object holds, with its bytes, for objects made of many
    /// (a model's weights: only the weights written since count again). Defaults to the one
    /// storage above; empty when that is nil.
    var snapshotStorages: [(identity: AnyHashable, byteCount: Int)] { get }
}

public extension NativeSnapshotSizing {
    var snapshotStorageIdentity: AnyHashable? { nil }
    var snapshotStorages: [(identity: AnyHashable, byteCount: Int)] {
        snapshotStorageIdentity.map { [($0, snapshotByteCount)] } ?? []
    }
}

/// A native object that can be written to a session file and read back.
///
/// Register a decoder for each `persistentTypeName` with `NativePersistence.register` (the
/// module that defines the type does so when it is installed).
public protocol NativePersistable: NativeObject {
    /// A stable name for the saved form, e.g. `torch.Tensor`.
    var persistentTypeName: String { get }
    /// The object's state as bytes (any format the decoder understands).
    func persistentState() throws -> Data
}

/// Decoders for `NativePersistable` objects, by `persistentTypeName`.
public enum NativePersistence {
    public typealias Decoder = (Data, Interpreter) throws -> NativeObject

    nonisolated(unsafe) private static var decoders: [String: Decoder] = [:]
    private static let lock = NSLock()

    /// Makes saved objects named `typeName` loadable.
    public static func register(typeName: String, decoder: @escaping Decoder) {
        lock.lock()
        defer { lock.unlock() }
        decoders[typeName] = decoder
    }

    /// The decoder for `typeName`, if one is registered.
    public static func decoder(for typeName: String) -> Decoder? {
        lock.lock()
        defer { lock.unlock() }
        return decoders[typeName]
    }
}
