import Foundation
import LabScript

/// A native object for the REPL tests: a block of doubles with a version counter, a snapshot
/// hook, a size, a summary and a saved form, as engine values (tensors) provide them.
final class Block: NativeObject, NativeSnapshotSizing, NativeSummarizing, NativePersistable {
    var values: [Double]
    private(set) var version = 0

    init(_ values: [Double]) { self.values = values }

    static let pyClass = NativeClass("Block", module: "blocks", methods: [
        Function("fill", params: ["value"]) { args in
            let block = try args.receiver(as: Block.self)
            block.values = Array(repeating: try args.double("value"), count: block.values.count)
            block.version += 1
            return .none
        },
        Function("total") { args in .float(try args.receiver(as: Block.self).values.reduce(0, +)) },
    ])

    var pyClass: PyType { Self.pyClass.type }
    func repr(_ interpreter: Interpreter) throws -> String { "Block(\(values.count))" }
    func snapshot(_ copier: DeepCopier) -> NativeObject { Block(values) }
    var snapshotByteCount: Int { values.count * 8 }
    /// Copies share the array's buffer until one is written, like a tensor's storage.
    var snapshotStorageIdentity: AnyHashable? { values.withUnsafeBufferPointer { $0.baseAddress.map { Int(bitPattern: $0) } } }
    func summary(_ interpreter: Interpreter) -> String { "\(values.count) doubles" }
    var persistentTypeName: String { "test.Block" }
    func persistentState(_ archive: NativeArchiveWriter) throws -> Any {
        ["values": archive.bytes(values.withUnsafeBytes { Data($0) })]
    }

    static let module = NativeModule("blocks", functions: [
        Function("zeros", params: ["n"]) { args in .native(Block(Array(repeating: 0, count: try args.int("n")))) },
    ])

    static func registerDecoder(in interpreter: Interpreter) {
        interpreter.register(persistentType: "test.Block") { state, archive in
            guard let saved = (state as? [String: Any])?["values"] else { throw archive.malformed("a block") }
            return Block(try archive.bytes(saved).withUnsafeBytes { Array($0.bindMemory(to: Double.self)) })
        }
    }
}
