import Foundation
import JSONText

/// The container of a saved REPL session (`:save` / `:load`), documented in
/// docs/SESSION-FORMAT.md:
///
///     magic (8 bytes) · format version (UInt32 LE) · manifest length M (UInt64 LE)
///     · manifest (M bytes of UTF-8 JSON) · payload (P bytes; P is the manifest's `payloadBytes`)
///     · checksum (UInt64 LE, FNV-1a over every byte before it)
///     · signature (64 bytes, HMAC-SHA-512 of every byte before it under the user's secret)
///
/// The manifest describes the session; native objects' saved states sit in the payload at the
/// offsets the manifest gives. Version 1 files have no signature.
struct SessionFile {
    static let magic: [UInt8] = [0x89, 0x4C, 0x52, 0x53, 0x0D, 0x0A, 0x1A, 0x0A]  // \x89 L R S \r \n \x1A \n
    static let version: UInt32 = 4

    var manifest: [String: Any]
    var payload: Data
    /// The signature a read file carries (nil for version 1), and the bytes it signs.
    private(set) var signature: (bytes: [UInt8], signed: Data)?

    init(manifest: [String: Any], payload: Data) {
        self.manifest = manifest
        self.payload = payload
    }

    /// Reads and checks a session file; throws a `REPLError` naming what is wrong.
    init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw REPLError("cannot read \(path): \(FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")")
        }
        let bytes = [UInt8](data)
        guard bytes.count >= Self.magic.count, Array(bytes.prefix(Self.magic.count)) == Self.magic else {
            throw REPLError("\(path) is not a labrun session file")
        }
        guard bytes.count >= 20 else { throw REPLError("\(path) is truncated (\(bytes.count) bytes)") }
        let version = UInt32(littleEndianBytes: bytes[8..<12])
        guard (1...Self.version).contains(version) else {
            throw REPLError("\(path) has session format version \(version); this labrun reads version \(Self.version)")
        }
        let manifestLength = UInt64(littleEndianBytes: bytes[12..<20])
        guard manifestLength <= UInt64(bytes.count), 20 + Int(manifestLength) + 8 <= bytes.count else {
            throw REPLError("\(path) is truncated (\(bytes.count) bytes, the manifest alone needs \(manifestLength))")
        }
        let manifestEnd = 20 + Int(manifestLength)
        guard let manifest = try? JSONFoundationObject.read(Array(bytes[20..<manifestEnd])) as? [String: Any],
              let payloadBytes = manifest["payloadBytes"] as? Int, payloadBytes >= 0 else {
            throw REPLError("\(path) is damaged: its manifest is not valid")
        }
        let signatureLength = version == 1 ? 0 : SessionSigner.signatureLength
        let payloadEnd = manifestEnd + min(payloadBytes, bytes.count)
        let expectedLength = payloadEnd + 8 + signatureLength
        guard payloadBytes <= bytes.count, expectedLength <= bytes.count else {
            throw REPLError("\(path) is truncated (\(bytes.count) bytes, expected \(expectedLength))")
        }
        guard expectedLength == bytes.count else { throw REPLError("\(path) is damaged: unexpected bytes after the payload") }
        guard UInt64(littleEndianBytes: bytes[payloadEnd..<payloadEnd + 8]) == Self.checksum(bytes[..<payloadEnd]) else {
            throw REPLError("\(path) is damaged: its checksum does not match")
        }
        self.manifest = manifest
        self.payload = Data(bytes[manifestEnd..<payloadEnd])
        if signatureLength > 0 {
            signature = (Array(bytes[(payloadEnd + 8)...]), Data(bytes[..<(payloadEnd + 8)]))
        }
    }

    /// Whether the file carries `signer`'s signature: this user's labrun wrote it, unchanged.
    func isSigned(by signer: SessionSigner) -> Bool {
        guard let signature else { return false }
        return signer.verifies(signature.bytes, of: signature.signed)
    }

    /// The file's bytes, signed by `signer`.
    func encoded(signer: SessionSigner) throws -> Data {
        var manifest = self.manifest
        manifest["payloadBytes"] = payload.count
        let json = try JSONSerialization.data(withJSONObject: manifest, options: [.sortedKeys])
        var bytes = Self.magic
        bytes += Self.version.littleEndianBytes
        bytes += UInt64(json.count).littleEndianBytes
        bytes += json
        bytes += payload
        bytes += Self.checksum(bytes[...]).littleEndianBytes
        bytes += try signer.signature(of: bytes)
        return Data(bytes)
    }

    /// Writes the file atomically: to a temporary file beside `path`, then renamed over it.
    func write(to path: String, signer: SessionSigner) throws {
        let data = try encoded(signer: signer)
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw REPLError(String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw REPLError("cannot write \(path): \(error is REPLError ? "\(error)" : error.localizedDescription)")
        }
    }

    /// 64-bit FNV-1a.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}

extension FixedWidthInteger {
    init(littleEndianBytes bytes: ArraySlice<UInt8>) {
        self = bytes.prefix(MemoryLayout<Self>.size).reversed().reduce(0) { $0 << 8 | Self($1) }
    }

    var littleEndianBytes: [UInt8] {
        (0..<MemoryLayout<Self>.size).map { UInt8(truncatingIfNeeded: self >> ($0 * 8)) }
    }
}
