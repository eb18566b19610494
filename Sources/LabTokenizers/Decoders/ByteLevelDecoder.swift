/// Maps byte-level alphabet characters back to bytes and reads them as UTF-8 (invalid bytes become U+FFFD).
/// A token with a character outside the alphabet contributes its own UTF-8 bytes.
struct ByteLevelDecoder: Decoder {
    func decodeChain(_ tokens: [String]) -> [String] {
        var bytes: [UInt8] = []
        for token in tokens {
            let mapped = token.unicodeScalars.map { ByteLevelAlphabet.byteForCharacter[$0] }
            if mapped.allSatisfy({ $0 != nil }) {
                bytes += mapped.map { $0! }
            } else {
                bytes += token.utf8
            }
        }
        return [String(decoding: bytes, as: UTF8.self)]
    }
}
