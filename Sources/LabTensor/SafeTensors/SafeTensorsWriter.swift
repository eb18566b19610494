import Foundation
import JSONText

/// Writes safetensors files the way the Python `safetensors` library does: tensors laid out by
/// descending dtype alignment, then by name; `__metadata__` first in a compact JSON header padded with
/// spaces to a multiple of 8 bytes. The file appears atomically (written to a temporary file in the same
/// folder, then renamed over the target).
public enum SafeTensorsWriter {
    /// One tensor to write: its raw little-endian bytes, dtype and shape.
    public struct Entry {
        public var name: String
        public var dtype: SafeTensorsDType
        public var shape: [Int]
        public var bytes: [UInt8]

        public init(name: String, dtype: SafeTensorsDType, shape: [Int], bytes: [UInt8]) {
            self.name = name
            self.dtype = dtype
            self.shape = shape
            self.bytes = bytes
        }

        /// Float values stored as F32, F16 or BF16 (rounded to nearest even).
        public init(name: String, floats: [Float], shape: [Int], dtype: SafeTensorsDType = .f32) {
            let bytes: [UInt8]
            switch dtype {
            case .f16: bytes = Self.littleEndianBytes(floats.map(halfBitsFromFloat))
            case .bf16: bytes = Self.littleEndianBytes(floats.map(bfloat16BitsFromFloat))
            case .f64: bytes = Self.littleEndianBytes(floats.map { Double($0).bitPattern })
            default: bytes = Self.littleEndianBytes(floats.map(\.bitPattern))
            }
            self.init(name: name, dtype: [.f16, .bf16, .f64].contains(dtype) ? dtype : .f32, shape: shape, bytes: bytes)
        }

        /// Integer values stored as I64 or I32 (values must fit).
        public init(name: String, int64s: [Int64], shape: [Int], dtype: SafeTensorsDType = .i64) {
            if dtype == .i32 {
                self.init(name: name, dtype: .i32, shape: shape,
                          bytes: Self.littleEndianBytes(int64s.map { UInt32(bitPattern: Int32(truncatingIfNeeded: $0)) }))
            } else {
                self.init(name: name, dtype: .i64, shape: shape, bytes: Self.littleEndianBytes(int64s.map { UInt64(bitPattern: $0) }))
            }
        }

        static func littleEndianBytes<Word: FixedWidthInteger>(_ words: [Word]) -> [UInt8] {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(words.count * MemoryLayout<Word>.size)
            for word in words {
                withUnsafeBytes(of: word.littleEndian) { bytes.append(contentsOf: $0) }
            }
            return bytes
        }
    }

    /// Writes `entries` (and `metadata`, if given) to `url`, replacing any file there.
    public static func write(_ entries: [Entry], metadata: [String: String]? = nil, to url: URL) throws {
        let path = url.path
        let ordered = try validated(entries, file: path).sorted { a, b in
            a.dtype != b.dtype ? a.dtype > b.dtype : a.name.utf8.lexicographicallyPrecedes(b.name.utf8)
        }
        var header = Data(try headerJSON(ordered, metadata: metadata).utf8)
        header.append(contentsOf: [UInt8](repeating: UInt8(ascii: " "), count: (8 - header.count % 8) % 8))
        var file = Data()
        withUnsafeBytes(of: UInt64(header.count).littleEndian) { file.append(contentsOf: $0) }
        file.append(header)
        for entry in ordered { file.append(contentsOf: entry.bytes) }
        try writeAtomically(file, to: url)
    }

    private static func validated(_ entries: [Entry], file: String) throws -> [Entry] {
        var seen = Set<String>()
        for entry in entries {
            func fail(_ reason: String) -> SafeTensorsError { SafeTensorsError(file: file, .invalidEntry(tensor: entry.name, reason)) }
            guard entry.name != "__metadata__" else { throw fail("the name is reserved for metadata") }
            guard seen.insert(entry.name).inserted else { throw fail("the name appears twice") }
            guard entry.shape.allSatisfy({ $0 >= 0 }) else { throw fail("negative dimension in shape \(entry.shape)") }
            let needed = entry.shape.reduce(entry.dtype.byteSize, *)
            guard needed == entry.bytes.count else {
                throw fail("shape \(entry.shape) of \(entry.dtype.rawValue) needs \(needed) bytes, got \(entry.bytes.count)")
            }
        }
        return entries
    }

    /// The compact header JSON, with metadata keys sorted so the output is deterministic.
    static func headerJSON(_ ordered: [Entry], metadata: [String: String]?) throws -> String {
        var members: [String] = []
        if let metadata {
            let pairs = metadata.keys.sorted().map { "\(JSONText.quoted($0)):\(JSONText.quoted(metadata[$0]!))" }
            members.append("\"__metadata__\":{\(pairs.joined(separator: ","))}")
        }
        var offset = 0
        for entry in ordered {
            let shape = entry.shape.map(String.init).joined(separator: ",")
            members.append("\(JSONText.quoted(entry.name)):{\"dtype\":\"\(entry.dtype.rawValue)\",\"shape\":[\(shape)],"
                           + "\"data_offsets\":[\(offset),\(offset + entry.bytes.count)]}")
            offset += entry.bytes.count
        }
        return "{" + members.joined(separator: ",") + "}"
    }


    private static func writeAtomically(_ data: Data, to url: URL) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw SafeTensorsError(file: url.path, .cannotWrite(error.localizedDescription))
        }
        // rename(2) replaces the target atomically: readers see the old file or the new one, never a part.
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw SafeTensorsError(file: url.path, .cannotWrite(reason))
        }
    }
}
