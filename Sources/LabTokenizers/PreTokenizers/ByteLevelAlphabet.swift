/// GPT-2's reversible map from bytes to printable characters: printable Latin-1 bytes stand for themselves,
/// the other 68 bytes take the characters from U+0100 upward, in byte order.
enum ByteLevelAlphabet {
    /// The character standing for each byte.
    static let characterForByte: [Unicode.Scalar] = {
        var table = [Unicode.Scalar](repeating: " ", count: 256)
        var next: UInt32 = 256
        for byte in 0..<256 {
            if (33...126).contains(byte) || (161...172).contains(byte) || (174...255).contains(byte) {
                table[byte] = Unicode.Scalar(UInt8(byte))
            } else {
                table[byte] = Unicode.Scalar(next)!
                next += 1
            }
        }
        return table
    }()

    /// The byte each alphabet character stands for.
    static let byteForCharacter: [Unicode.Scalar: UInt8] = {
        Dictionary(uniqueKeysWithValues: characterForByte.enumerated().map { ($1, UInt8($0)) })
    }()

    /// The UTF-8 encoding of each byte's character.
    private static let utf8ForByte: [[UInt8]] = characterForByte.map { Array(String($0).utf8) }

    /// Spells the UTF-8 bytes of `text` in the alphabet.
    static func encode(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 2)
        for byte in text.utf8 { bytes += utf8ForByte[Int(byte)] }
        return String(decoding: bytes, as: UTF8.self)
    }
}
