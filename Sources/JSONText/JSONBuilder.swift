/// What `JSONReader` makes of each value it reads: a caller builds its own value type directly
/// (a script value, a dataset cell, a header entry) without an intermediate tree.
public protocol JSONBuilder {
    associatedtype Value
    mutating func null() throws -> Value
    mutating func bool(_ value: Bool) throws -> Value
    /// An integer written without fraction or exponent that fits in `Int`.
    mutating func integer(_ value: Int) throws -> Value
    /// An integer too large for `Int`: its exact decimal digits, with a leading "-" if negative.
    mutating func bigInteger(_ digits: String) throws -> Value
    /// A number with a fraction or exponent (or `NaN`/`Infinity` where allowed), as Python's `float()`.
    mutating func float(_ value: Double) throws -> Value
    mutating func string(_ value: String) throws -> Value
    mutating func array(_ items: [Value]) throws -> Value
    /// The members in the order written (duplicates included unless the reader rejects them).
    mutating func object(_ members: [(key: String, value: Value)]) throws -> Value
    /// A number as written, when the reader's `numberText` option asks for it (Python's
    /// `parse_int`/`parse_float` hooks see the text); `NaN` and `Infinity` still go to `float`.
    mutating func number(text: String, isInteger: Bool) throws -> Value
}

public extension JSONBuilder {
    mutating func number(text: String, isInteger: Bool) throws -> Value {
        if isInteger, let small = Int(text) { return try integer(small) }
        if isInteger { return try bigInteger(text) }
        return try float(Double(text) ?? (text.hasPrefix("-") ? -.infinity : .infinity))
    }
}
