import BigInt

/// Big-integer products and powers that Ctrl-C can stop. A product of at most `pieceWork` word
/// products is left to the BigInt package in one go (milliseconds); larger ones are split
/// Karatsuba-style, or a long operand cut into pieces, with an interrupt check between pieces, so
/// `10**10**8` stops within milliseconds of a Ctrl-C and costs about what it did before.
extension Interpreter {
    static let pieceWork = 1 << 26

    func interruptibleProduct(_ x: BigInt, _ y: BigInt) throws -> BigInt {
        let magnitude = try interruptibleProduct(x.magnitude, y.magnitude)
        return BigInt(sign: x.sign == y.sign ? .plus : .minus, magnitude: magnitude)
    }

    func interruptibleProduct(_ x: BigUInt, _ y: BigUInt) throws -> BigUInt {
        let (long, short) = x.words.count >= y.words.count ? (x, y) : (y, x)
        let n = long.words.count, m = short.words.count
        if n * m <= Self.pieceWork {
            if interruptFlag.pointee { try checkInterrupt() }
            return long * short
        }
        if 2 * m <= n {
            // A long number by a short one: the long one in pieces at least the short one's size.
            let pieceWords = max(m, Self.pieceWork / m)
            var product = BigUInt(0)
            for start in stride(from: 0, to: n, by: pieceWords) {
                let piece = BigUInt(words: long.words[start..<min(n, start + pieceWords)])
                product += try interruptibleProduct(piece, short) << (start * Word.bitWidth)
            }
            return product
        }
        // Karatsuba: long = a1·B + a0, short = b1·B + b0 with B = 2^(64·half).
        let half = (n + 1) / 2
        let (a1, a0) = split(long, at: half), (b1, b0) = split(short, at: half)
        let high = try interruptibleProduct(a1, b1)
        let low = try interruptibleProduct(a0, b0)
        let middle = try interruptibleProduct(a1 + a0, b1 + b0) - high - low
        let shift = half * Word.bitWidth
        return (high << (2 * shift)) + (middle << shift) + low
    }

    /// `base ** exponent` by repeated squaring of interruptible products.
    func interruptiblePower(_ base: BigInt, _ exponent: Int) throws -> BigInt {
        var result = BigInt(1), square = base, e = exponent
        while e > 0 {
            if e & 1 == 1 { result = try interruptibleProduct(result, square) }
            e >>= 1
            if e > 0 { square = try interruptibleProduct(square, square) }
        }
        return result
    }

    /// Truncated division (`BigInt.quotientAndRemainder`) that Ctrl-C can stop: a long dividend is
    /// divided a piece of its words at a time, top first, carrying the remainder, each piece about
    /// `pieceWork` word operations.
    func interruptibleQuotientAndRemainder(_ x: BigInt, _ y: BigInt) throws -> (quotient: BigInt, remainder: BigInt) {
        let (q, r) = try interruptibleQuotientAndRemainder(x.magnitude, y.magnitude)
        return (BigInt(sign: x.sign == y.sign ? .plus : .minus, magnitude: q), BigInt(sign: x.sign, magnitude: r))
    }

    func interruptibleQuotientAndRemainder(_ x: BigUInt, _ y: BigUInt,
                                           pieceWork: Int = Interpreter.pieceWork) throws -> (quotient: BigUInt, remainder: BigUInt) {
        let n = x.words.count, m = max(y.words.count, 1)
        if n * m <= pieceWork || x < y {
            if interruptFlag.pointee { try checkInterrupt() }
            return x.quotientAndRemainder(dividingBy: y)
        }
        let pieceWords = max(1, pieceWork / m)
        var quotient = BigUInt(0), remainder = BigUInt(0)
        var end = n
        while end > 0 {
            if interruptFlag.pointee { try checkInterrupt() }
            let start = max(0, end - pieceWords)
            let shift = (end - start) * Word.bitWidth
            let current = (remainder << shift) + BigUInt(words: x.words[start..<end])
            let (q, r) = current.quotientAndRemainder(dividingBy: y)
            quotient = (quotient << shift) + q
            remainder = r
            end = start
        }
        return (quotient, remainder)
    }

    private typealias Word = BigUInt.Word

    /// (high, low) words of `x` around word `index`.
    private func split(_ x: BigUInt, at index: Int) -> (BigUInt, BigUInt) {
        let words = x.words
        let cut = min(index, words.count)
        return (BigUInt(words: words[cut...]), BigUInt(words: words[..<cut]))
    }
}
