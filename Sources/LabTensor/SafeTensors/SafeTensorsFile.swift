import Foundation

/// A safetensors file opened for reading through a memory map.
///
/// Opening validates the whole header (see `SafeTensorsHeader`), so every later read stays inside the
/// file. PyTorch pickle checkpoints (`.bin`, `.pt`, `.pth`, `.ckpt`, `.pkl`, or content that starts like a
/// pickle or zip archive) are refused without being read further.
///
///     let file = try SafeTensorsFile(url: url)
///     let weight = try file.floats("encoder.weight")   // F32, F16, BF16 or F64, as [Float]
public final class SafeTensorsFile {
    /// The largest header accepted, as in the reference implementation.
    public static let maxHeaderLength: UInt64 = 100_000_000

    public let url: URL
    /// The tensor names, sorted.
    public let names: [String]
    /// The `__metadata__` map, if the file has one.
    public let metadata: [String: String]?

    private let storage: MappedFile
    private let entries: [String: SafeTensorsHeader.Entry]
    /// Offset of the data section within the file.
    private let dataStart: Int

    /// Opens `url`, refusing a name that ends in a pickle checkpoint's extension (`.bin`, `.pt`, ...)
    /// before reading, and a pickle or zip content.
    public convenience init(url: URL) throws { try self.init(url: url, judgingByContentOnly: false) }

    /// Opens `url`. Unless `judgingByContentOnly`, a name ending in a pickle checkpoint's extension
    /// is refused before reading; a pickle or zip content is refused either way.
    public init(url: URL, judgingByContentOnly: Bool) throws {
        self.url = url
        let path = url.path
        func fail(_ problem: SafeTensorsError.Problem) -> SafeTensorsError { SafeTensorsError(file: path, problem) }
        let pickleExtensions: Set<String> = ["bin", "pt", "pth", "ckpt", "pkl"]
        if !judgingByContentOnly, pickleExtensions.contains(url.pathExtension.lowercased()) {
            throw fail(.pickle("a .\(url.pathExtension) file"))
        }
        do {
            storage = try MappedFile(path: path)
        } catch let failure as MappedFile.Failure {
            throw fail(.cannotRead(failure.reason))
        } catch {
            throw fail(.cannotRead("\(error)"))
        }
        let bytes = storage.bytes
        if Self.looksLikePickle(bytes) { throw fail(.pickle("this file")) }
        guard bytes.count >= 8 else { throw fail(.tooShort(fileSize: bytes.count)) }
        let length = bytes.loadUnaligned(as: UInt64.self).littleEndian
        guard length <= Self.maxHeaderLength else { throw fail(.headerTooLarge(length: length)) }
        guard length <= UInt64(bytes.count - 8) else { throw fail(.headerPastEnd(length: length, fileSize: bytes.count)) }
        dataStart = 8 + Int(length)
        let header = try SafeTensorsHeader.parse(UnsafeRawBufferPointer(rebasing: bytes[8..<dataStart]),
                                                 dataSize: bytes.count - dataStart, file: path)
        entries = Dictionary(uniqueKeysWithValues: header.entries.map { ($0.name, $0) })
        names = header.entries.map(\.name).sorted()
        metadata = header.metadata
    }

    /// A pickle stream (protocol 2+ starts with 0x80, then the protocol number) or a zip archive (what
    /// `torch.save` writes), where a safetensors header would begin with '{' after the 8-byte length.
    static func looksLikePickle(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if bytes.count > 8, bytes[8] == UInt8(ascii: "{") { return false }
        if bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B, bytes[2] == 0x03, bytes[3] == 0x04 { return true }
        return bytes.count >= 2 && bytes[0] == 0x80 && (2...5).contains(bytes[1])
    }

    /// The dtype and shape of tensor `name`.
    public func info(_ name: String) throws -> SafeTensorsInfo { try entry(name).info }

    /// Calls `body` with tensor `name`'s raw little-endian bytes, without copying them.
    public func withRawBytes<T>(_ name: String, _ body: (UnsafeRawBufferPointer) throws -> T) throws -> T {
        let entry = try entry(name)
        return try body(UnsafeRawBufferPointer(rebasing: storage.bytes[(dataStart + entry.begin)..<(dataStart + entry.end)]))
    }

    /// A copy of tensor `name`'s raw little-endian bytes (any dtype).
    public func raw(_ name: String) throws -> [UInt8] { try withRawBytes(name) { Array($0) } }

    /// Tensor `name` as Float32 values in row-major order, converted from F32, F16, BF16 or F64.
    public func floats(_ name: String) throws -> [Float] {
        let dtype = try entry(name).info.dtype
        return try withRawBytes(name) { bytes in
            switch dtype {
            case .f32: return SafeTensorsConversion.decode(bytes, as: UInt32.self) { Float(bitPattern: $0) }
            case .f16: return SafeTensorsConversion.decode(bytes, as: UInt16.self, floatFromHalfBits)
            case .bf16: return SafeTensorsConversion.decode(bytes, as: UInt16.self) { Float(bitPattern: UInt32($0) << 16) }
            case .f64: return SafeTensorsConversion.decode(bytes, as: UInt64.self) { Float(Double(bitPattern: $0)) }
            default: throw SafeTensorsError(file: url.path, .wrongDType(tensor: name, dtype: dtype, wanted: "a float type"))
            }
        }
    }

    /// Tensor `name` as Int64 values, converted from I64, I32, I8, U8 or BOOL.
    public func int64s(_ name: String) throws -> [Int64] {
        let dtype = try entry(name).info.dtype
        return try withRawBytes(name) { bytes in
            switch dtype {
            case .i64: return SafeTensorsConversion.decode(bytes, as: UInt64.self) { Int64(bitPattern: $0) }
            case .i32: return SafeTensorsConversion.decode(bytes, as: UInt32.self) { Int64(Int32(bitPattern: $0)) }
            case .i8: return bytes.map { Int64(Int8(bitPattern: $0)) }
            case .u8, .bool: return bytes.map { Int64($0) }
            default: throw SafeTensorsError(file: url.path, .wrongDType(tensor: name, dtype: dtype, wanted: "an integer type"))
            }
        }
    }

    private func entry(_ name: String) throws -> SafeTensorsHeader.Entry {
        guard let entry = entries[name] else { throw SafeTensorsError(file: url.path, .tensorNotFound(name)) }
        return entry
    }
}
