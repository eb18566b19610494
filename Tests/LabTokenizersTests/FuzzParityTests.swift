import Foundation
import XCTest
@testable import LabTokenizers

/// Random strings against the reference, from a file made by scripts/fixtures/tokenizers/fuzz_corpus.py and
/// named by the LABTOKENIZERS_FUZZ environment variable; skipped without it.
final class FuzzParityTests: XCTestCase {
    func testRandomStringsMatchTheReference() throws {
        guard let path = ProcessInfo.processInfo.environment["LABTOKENIZERS_FUZZ"] else {
            throw XCTSkip("set LABTOKENIZERS_FUZZ to a file made by fuzz_corpus.py")
        }
        let file = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        let texts = file["texts"] as! [String]
        for case let entry as [String: Any] in file["cases"] as! [Any] {
            let name = entry["tokenizer"] as! String
            let tokenizer = try Tokenizer(contentsOf: URL(fileURLWithPath: name))
            assertEachEqual(try texts.map { try tokenizer.encode($0).ids }, entry["ids"] as! [[Int]], inputs: texts, "\(name) ids")
            let ids = entry["ids"] as! [[Int]]
            assertEachEqual(ids.map { tokenizer.decode($0, skipSpecialTokens: true) }, entry["decode_skip_special"] as! [String],
                            inputs: texts, "\(name) decode")
        }
    }
}
