import XCTest
@testable import LabTokenizers

/// Long inputs must take time linear in their length (no quadratic scans).
final class SpeedTests: XCTestCase {
    /// English-like text of about `bytes` bytes, with no repeated words for the caches to hide behind.
    static func englishText(bytes: Int) -> String {
        let base = Fixtures.corpus.filter { $0.unicodeScalars.allSatisfy(\.isASCII) && $0.count > 30 }
        var text = ""
        var index = 0
        while text.utf8.count < bytes {
            text += base[index % base.count] + " w\(index) "
            index += 1
        }
        return text
    }

    func testFourTimesTheInputTakesAboutFourTimesTheTime() throws {
        for name in ["t5", "roberta"] {
            let tokenizer = try Fixtures.tokenizer(name)
            let short = Self.englishText(bytes: 15_000)
            let long = short + short + short + short
            _ = try tokenizer.encode(short)
            let shortTime = try measureSeconds { _ = try tokenizer.encode(short) }
            let longTime = try measureSeconds { _ = try tokenizer.encode(long) }
            XCTAssertLessThan(longTime, shortTime * 10, "\(name): 4x input took \(longTime / shortTime)x time")
        }
    }

    private func measureSeconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
