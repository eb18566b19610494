import Foundation
import BigInt

/// One `stat(2)` or `lstat(2)` call.
enum FileStatus {
    /// The file's status, or nil when the call fails (the path does not exist, a loop, ...).
    static func of(_ path: String, follow: Bool) -> stat? {
        var info = stat()
        let result = fstatat(AT_FDCWD, path, &info, follow ? 0 : AT_SYMLINK_NOFOLLOW)
        return result == 0 ? info : nil
    }
}

/// `os.stat_result`: the ten-item sequence of mode, inode, device, links, owner, group, size and
/// the three times in whole seconds, plus the attributes that only have names (float and
/// nanosecond times, `st_blksize`, `st_blocks`, `st_rdev`).
final class StatResult: NativeObject, HashableObject {
    static let type = NativeClass("stat_result", module: "os").type
    static let fields = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"]

    let info: stat

    init(_ info: stat) { self.info = info }

    /// The status of `path`, or the OSError CPython raises for it.
    static func of(_ path: String, follow: Bool, function: String) throws -> StatResult {
        var info = stat()
        let result = fstatat(AT_FDCWD, path, &info, follow ? 0 : AT_SYMLINK_NOFOLLOW)
        guard result == 0 else { throw Interpreter.osError(errno: errno, path) }
        return StatResult(info)
    }

    var pyClass: PyType { StatResult.type }

    /// A time as CPython's float attribute gives it: seconds plus nanoseconds times 1e-9.
    func seconds(_ field: KeyPath<stat, timespec>) -> Double {
        let t = info[keyPath: field]
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    func nanoseconds(_ field: KeyPath<stat, timespec>) -> Value {
        let t = info[keyPath: field]
        let (product, overflow) = Int(t.tv_sec).multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow else { return .bigint(BigInt(Int(t.tv_sec)) * 1_000_000_000 + BigInt(Int(t.tv_nsec))) }
        return .int(product + Int(t.tv_nsec))
    }

    /// The sequence items, times in whole seconds.
    var items: [Value] {
        [Int(info.st_mode), Int(info.st_ino), Int(info.st_dev), Int(info.st_nlink), Int(info.st_uid), Int(info.st_gid),
         Int(info.st_size), Int(info.st_atim.tv_sec), Int(info.st_mtim.tv_sec), Int(info.st_ctim.tv_sec)].map { .int($0) }
    }

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "st_atime": return .float(seconds(\.st_atim))
        case "st_mtime": return .float(seconds(\.st_mtim))
        case "st_ctime": return .float(seconds(\.st_ctim))
        case "st_atime_ns": return nanoseconds(\.st_atim)
        case "st_mtime_ns": return nanoseconds(\.st_mtim)
        case "st_ctime_ns": return nanoseconds(\.st_ctim)
        case "st_blksize": return .int(Int(info.st_blksize))
        case "st_blocks": return .int(Int(info.st_blocks))
        case "st_rdev": return .int(Int(info.st_rdev))
        case "n_fields": return .int(19)
        case "n_sequence_fields": return .int(10)
        default: return StatResult.fields.firstIndex(of: name).map { items[$0] }
        }
    }

    var attributeNames: [String] {
        StatResult.fields + ["st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev", "n_fields", "n_sequence_fields"]
    }

    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? { try interpreter.getItem(.tuple(items), index) }
    func length(_ interpreter: Interpreter) throws -> Int? { StatResult.fields.count }
    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        var rest = items[...]
        return { rest.popFirst() }
    }

    func repr(_ interpreter: Interpreter) throws -> String {
        "os.stat_result(" + zip(StatResult.fields, items).map { "\($0)=\(interpreter.repr($1))" }.joined(separator: ", ") + ")"
    }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        let rhs: Value
        if case .native(let o as StatResult) = other { rhs = .tuple(o.items) } else if case .tuple = other { rhs = other } else { return nil }
        return try interpreter.compare(op, .tuple(items), rhs)
    }

    func pyHash() throws -> Int? { try Hashing.hash(.tuple(items)) }
    /// Equal to another result or a tuple with the same items, as a tuple is.
    func pyEquals(_ other: Value) -> Bool? {
        let mine = items.map(\.asInt)
        if case .native(let o as StatResult) = other { return o.items.map(\.asInt) == mine }
        if case .tuple(let t) = other { return t.map(\.asInt) == mine && !t.contains { $0.asInt == nil } }
        return false
    }
}

extension Interpreter {
    /// `os.stat` and `os.lstat`.
    func statFunctions() -> [(String, Value)] {
        [("stat", true), ("lstat", false)].map { name, follow in
            (name, Builtins.function(name, ["path", "*", "dir_fd=None", "follow_symlinks=True"]) { i, a in
                guard a.values[1].isNone else { throw PyException(.notImplementedError, "\(name)(dir_fd=) is not supported by labrun") }
                let path = try i.pathArgument(a.values[0], name, accepts: "string, bytes, os.PathLike or integer")
                return .native(try StatResult.of(path, follow: follow && (try i.truthy(a.values[2])), function: name))
            })
        } + [("stat_result", .type(StatResult.type))]
    }
}
