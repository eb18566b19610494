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
/// Its state is JSON (dictionaries, arrays, strings, numbers, booleans); the script values and
/// engine objects it holds go through the archive, so that aliasing survives a save and a load:
/// a trainer and the global `ppo_model` refer to one model, and two models wrapping one base
/// model wrap one base model again. Each interpreter registers the decoders of the modules it
/// installs (`Interpreter.register(persistentType:decoder:)`).
public protocol NativePersistable: NativeObject {
    /// A stable name for the saved form, e.g. `torch.Tensor`.
    var persistentTypeName: String { get }
    /// The object's state, with the values it holds written through `archive`.
    func persistentState(_ archive: NativeArchiveWriter) throws -> Any
}

/// What a `NativePersistable` writes its state with.
public protocol NativeArchiveWriter: AnyObject {
    /// A script value, as the session's other values are written (aliasing kept).
    func value(_ value: Value) throws -> Any
    /// Bytes kept in the file's binary payload (weights, token ids).
    func bytes(_ data: Data) -> Any
    /// An engine object several natives may share (a model's module tree, a parameter): written
    /// once, by `encode`, and referred to by the index this returns.
    func shared(_ object: AnyObject, _ encode: () throws -> Any) throws -> Int
}

/// What a decoder reads a saved state with.
public protocol NativeArchiveReader: AnyObject {
    var interpreter: Interpreter { get }
    /// A value written by `NativeArchiveWriter.value`.
    func value(_ json: Any) throws -> Value
    /// Bytes written by `NativeArchiveWriter.bytes`.
    func bytes(_ json: Any) throws -> Data
    /// The engine object written at `index` by `NativeArchiveWriter.shared`, made by `decode`
    /// from its saved form the first time it is asked for.
    func shared<Object: AnyObject>(_ index: Int, _ decode: (Any) throws -> Object) throws -> Object
    /// The error for a saved state that is not what its type writes.
    func malformed(_ what: String) -> Error
}

extension Interpreter {
    public typealias NativeDecoder = (_ state: Any, _ archive: NativeArchiveReader) throws -> NativeObject

    /// Makes saved objects named `typeName` loadable in this interpreter.
    public func register(persistentType typeName: String, decoder: @escaping NativeDecoder) {
        nativeDecoders[typeName] = decoder
    }

    /// The decoder registered for `typeName`.
    public func persistentDecoder(for typeName: String) -> NativeDecoder? { nativeDecoders[typeName] }

    /// Where an imported module holds `value` (a class or builtin function), as pickle finds a
    /// global: the module with the shortest name, then the first name in that module.
    public func moduleAttribute(holding value: Value) -> (module: String, name: String)? {
        for name in modules.keys.sorted(by: { ($0.count, $0) < ($1.count, $1) }) {
            guard let module = modules[name] else { continue }
            if let key = module.dict.first(where: { $0.value.isIdentical(to: value) })?.key { return (name, key) }
        }
        return nil
    }
}
