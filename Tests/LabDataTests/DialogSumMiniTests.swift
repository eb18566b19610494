import XCTest
@testable import LabData

final class DialogSumMiniTests: XCTestCase {
    /// Words that must never appear. Strong slurs are stored in ROT13 so the test file does not
    /// spell them out.
    private static let banned = ["shpx", "fuvg", "ovgpu", "phag", "qvpx", "ergneq", "snttbg", "avttre", "avttn", "fyhg",
                                 "jub" + "er", "gjng", "fcvp", "puvax", "xvxr", "qlxr", "genaal", "jrgonpx", "tbbx"]
        .map(rot13)

    private static func rot13(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            guard ("a"..."z").contains(scalar) else { return Character(scalar) }
            return Character(Unicode.Scalar((scalar.value - 97 + 13) % 26 + 97)!)
        })
    }

    func testRecordsAreDeterministicAndIndependent() {
        let first = DialogSumMini.record(split: "train", index: 1234)
        XCTAssertEqual(first, DialogSumMini.record(split: "train", index: 1234))
        XCTAssertEqual(first.id, "train_1234")
        XCTAssertNotEqual(first.dialogue, DialogSumMini.record(split: "test", index: 1234).dialogue)
        XCTAssertEqual(fnv1a64("train"), 0xdee7_95a6_c508_7209)
        // A checksum of the first training records pins the generator's output across platforms;
        // it changes only when the generator or its vocabulary is edited on purpose.
        let text = (0..<100).map { DialogSumMini.record(split: "train", index: $0) }.map { $0.dialogue + $0.summary + $0.topic }
        XCTAssertEqual(String(fnv1a64(text.joined(separator: "\u{1}")), radix: 16), "60fe7cb9a08be786")
    }

    func testTrainingStatistics() throws {
        let records = (0..<6000).map { DialogSumMini.record(split: "train", index: $0) }
        XCTAssertGreaterThanOrEqual(Set(records.map(\.topic)).count, 30)
        let lengths = records.map(\.dialogue.count)
        let inRange = lengths.filter { (200...1000).contains($0) }.count
        XCTAssertGreaterThan(Double(inRange) / 6000, 0.85, "share of dialogues of 200–1000 characters")
        let rude = records.filter(\.isRude)
        XCTAssertEqual(Double(rude.count) / 6000, DialogSumMini.rudeShare, accuracy: 0.015)
        XCTAssertTrue(rude.contains { $0.summary.contains("kill") })
        XCTAssertTrue(rude.allSatisfy { s in ["stupid", "dumb", "idiot", "terrible", "hate", "kill"].contains { s.summary.contains($0) } })
        let clean = records.filter { !$0.isRude }
        XCTAssertFalse(clean.contains { s in ["stupid", "idiot", "kill"].contains { s.summary.contains($0) } })
        for record in records {
            XCTAssertTrue(record.dialogue.hasPrefix("#Person1#: "))
            XCTAssertTrue(record.summary.contains("#Person"), record.summary)
            XCTAssertFalse(record.dialogue.contains("{") || record.summary.contains("{"), record.id)
        }
    }

    func testTestSplitIsCleanAndNothingIsBanned() throws {
        let test = (0..<600).map { DialogSumMini.record(split: "test", index: $0) }
        XCTAssertFalse(test.contains(where: \.isRude))
        XCTAssertFalse(test.contains { s in ["stupid", "idiot", "dumb", "kill"].contains { s.summary.contains($0) } })
        let text = (RudeVoice.insults + RudeVoice.threats + HateSpeechSentences.generate(count: 2000, seed: 3).map(\.text)
                    + test.map(\.summary) + test.map(\.dialogue)).joined(separator: " ").lowercased()
        let words = Set(text.split { !$0.isLetter })
        for word in Self.banned { XCTAssertFalse(words.contains(Substring(word)), "banned word present") }
    }

    func testDatasetSplits() throws {
        let validation = try DialogSumMini.dataset(split: "validation")
        XCTAssertEqual(validation.columnNames, ["id", "dialogue", "summary", "topic"])
        XCTAssertEqual(validation.numRows, 300)
        XCTAssertEqual(try validation.row(0)["id"], "validation_0")
        XCTAssertThrowsError(try DialogSumMini.dataset(split: "dev"))
    }

    func testHateSpeechSentences() {
        let sentences = HateSpeechSentences.generate(count: 1000, seed: 7)
        XCTAssertEqual(sentences, HateSpeechSentences.generate(count: 1000, seed: 7))
        let hate = sentences.filter { $0.label == 1 }
        XCTAssertEqual(Double(hate.count) / 1000, 0.5, accuracy: 0.06)
        let markers = ["stupid", "dumb", "idiot", "terrible", "hate", "kill"]
        XCTAssertTrue(hate.allSatisfy { s in markers.contains { s.text.lowercased().contains($0) } })
        XCTAssertFalse(sentences.filter { $0.label == 0 }.contains { s in markers.contains { s.text.lowercased().contains($0) } })
        XCTAssertEqual(HateSpeechSentences.labels, ["nothate", "hate"])
    }

    func testHateSpeechTestSplitIsHeldOut() throws {
        let dict = try HateSpeechSentences.datasetDict(trainCount: 1000, testCount: 200)
        XCTAssertEqual(dict.numRows, ["train": 1000, "test": 200])
        let train = Set(try dict.split("train").column("text").compactMap(\.stringValue))
        XCTAssertTrue(try dict.split("test").column("text").compactMap(\.stringValue).allSatisfy { !train.contains($0) })
        XCTAssertEqual(try dict.split("test").column("label").filter { $0 == 1 }.count, 100, accuracy: 30)
    }
}
