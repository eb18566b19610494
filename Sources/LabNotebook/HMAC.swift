import LabScript

/// HMAC-SHA-512 (RFC 2104), over the SHA-512 that `random.seed` uses: signs session files.
enum HMAC {
    /// The 64-byte HMAC of `message` under `key`.
    static func sha512(key: [UInt8], _ message: [UInt8]) -> [UInt8] {
        let blockSize = 128
        var block = key.count > blockSize ? SHA512.digest(key) : key
        block += [UInt8](repeating: 0, count: blockSize - block.count)
        let inner = SHA512.digest(block.map { $0 ^ 0x36 } + message)
        return SHA512.digest(block.map { $0 ^ 0x5c } + inner)
    }
}
