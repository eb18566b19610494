import BigInt
import XCTest
@testable import LabScript

/// Big-integer division done a piece of the dividend at a time (so Ctrl-C can stop it) gives
/// exactly the quotient and remainder of one division.
final class InterruptibleDivisionTests: XCTestCase {
    func testPiecewiseDivisionMatchesOneDivision() throws {
        let interpreter = Interpreter()
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func randomWords(_ count: Int) -> BigUInt {
            BigUInt(words: (0..<count).map { _ in
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return UInt(state >> 1 | 1)
            })
        }
        for (n, m) in [(40, 3), (41, 7), (64, 1), (33, 32), (100, 9)] {
            let x = randomWords(n), y = randomWords(m)
            for pieceWork in [1, 7, 64, 200] {
                let (q, r) = try interpreter.interruptibleQuotientAndRemainder(x, y, pieceWork: pieceWork)
                let expected = x.quotientAndRemainder(dividingBy: y)
                XCTAssertEqual(q, expected.quotient, "\(n)/\(m) words, pieces of \(pieceWork)")
                XCTAssertEqual(r, expected.remainder, "\(n)/\(m) words, pieces of \(pieceWork)")
            }
        }
    }
}
