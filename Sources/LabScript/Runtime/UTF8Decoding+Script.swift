import JSONText

extension UTF8Decoding {
    /// Decodes `bytes`, raising UnicodeDecodeError as CPython does for invalid UTF-8.
    static func decode<C: Collection>(_ bytes: C) throws -> String where C.Element == UInt8, C.Index == Int {
        if let failure = firstFailure(bytes) {
            throw PyException(.unicodeDecodeError, failure.message)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
