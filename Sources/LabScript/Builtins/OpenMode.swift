import Foundation

/// `open()`'s mode string, checked in the order CPython's `io.open` and `FileIO` check it.
struct OpenMode {
    private(set) var creating = false, reading = false, writing = false, appending = false
    private(set) var updating = false, text = false, binary = false

    init(_ mode: String) throws {
        let characters = Array(mode)
        for (i, c) in characters.enumerated() {
            switch c {
            case "x": creating = true
            case "r": reading = true
            case "w": writing = true
            case "a": appending = true
            case "+": updating = true
            case "t": text = true
            case "b": binary = true
            default: throw PyException.valueError("invalid mode: '\(mode)'")
            }
            if characters[(i + 1)...].contains(c) { throw PyException.valueError("invalid mode: '\(mode)'") }
        }
        if text && binary { throw PyException.valueError("can't have text and binary mode at once") }
        switch [creating, reading, writing, appending].filter({ $0 }).count {
        case 0: throw PyException.valueError("Must have exactly one of create/read/write/append mode and at most one plus")
        case 1: break
        default: throw PyException.valueError("must have exactly one of create/read/write/append mode")
        }
    }

    var isReadable: Bool { reading || updating }
    var isWritable: Bool { !reading || updating }

    /// The `open(2)` flags CPython's FileIO uses for this mode.
    var flags: Int32 {
        let access = updating ? O_RDWR : reading ? O_RDONLY : O_WRONLY
        if creating { return access | O_CREAT | O_EXCL }
        if writing { return access | O_CREAT | O_TRUNC }
        if appending { return access | O_CREAT | O_APPEND }
        return access
    }

    /// FileIO's normalized mode, which a binary file's `.mode` shows: "rb", "wb", "ab", "xb",
    /// with "+" after ("rb+" for both "r+b" and "w+b").
    var rawMode: String {
        let plus = updating ? "+" : ""
        if creating { return "xb" + plus }
        if appending { return "ab" + plus }
        if reading || updating { return "rb" + plus }
        return "wb"
    }
}
