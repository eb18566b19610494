/// Builds a string scalar by scalar in linear time (appending to `String.UnicodeScalarView` piece by piece
/// can reallocate on every append).
struct StringBuilder {
    private var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            bytes.append(UInt8(scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    mutating func append<S: Sequence>(contentsOf scalars: S) where S.Element == Unicode.Scalar {
        for scalar in scalars { append(scalar) }
    }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

extension String {
    /// A string of the given scalars.
    init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
        var builder = StringBuilder(capacity: scalars.underestimatedCount)
        builder.append(contentsOf: scalars)
        self = builder.string
    }
}
