import XCTest
@testable import LabBridge

final class ProgressBarTests: BridgeTestCase {
    /// Off a terminal, iteration runs the loop body for every item and writes one final line.
    func testIterationPrintsOneFinalLine() {
        let output = run("""
        from tqdm import tqdm
        from tqdm.auto import tqdm as auto_tqdm
        tqdm.pandas()
        total = 0
        for i in tqdm(range(10), desc="steps"):
            total += i
        print(total)
        with auto_tqdm(total=4, desc="manual") as bar:
            bar.update(3)
            bar.update()
        for x in tqdm([1, 2], leave=False):
            pass
        print(len(tqdm(range(7))))
        def numbers():
            for n in range(3):
                print("made", n)
                yield n
        for n in tqdm(numbers(), desc="gen"):
            print("used", n)
        """)
        let lines = output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 12)
        XCTAssertTrue(lines[0].hasPrefix("steps: 100%|██████████| 10/10 ["), lines[0])
        XCTAssertEqual(lines[1], "45")
        XCTAssertTrue(lines[2].hasPrefix("manual: 100%|██████████| 4/4 ["), lines[2])
        XCTAssertTrue(lines[3].hasPrefix("  0%|          | 0/7 ["), "a dropped bar closes: \(lines[3])")
        XCTAssertEqual(lines[4], "7")
        XCTAssertEqual(Array(lines[5..<11]), ["made 0", "used 0", "made 1", "used 1", "made 2", "used 2"], "generators are read lazily")
        XCTAssertTrue(lines[11].hasPrefix("gen: 3it ["), lines[11])
    }

    /// A loop left by `break` never closes its bar; the line comes when the bar is dropped, as
    /// CPython's reference counting closes it when the function returns.
    func testBarLeftByBreakEndsWhenDropped() {
        let output = run("""
        from tqdm import tqdm
        def first_four():
            for i, x in tqdm(enumerate(range(10))):
                if i > 3:
                    break
            return i
        print(first_four())
        """)
        let lines = output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(lines[0].hasPrefix("4it ["), lines[0])
        XCTAssertEqual(lines[1], "4")
    }

    func testStatusLineFormat() {
        XCTAssertEqual(ProgressLine(description: "desc", count: 4, total: 10, elapsed: 2).text(),
                       "desc:  40%|████      | 4/10 [00:02<00:03,  2.00it/s]")
        XCTAssertEqual(ProgressLine(description: "", count: 3, total: nil, elapsed: 6).text(), "3it [00:06,  2.00s/it]")
        XCTAssertEqual(ProgressLine.bar(0.55, width: 10), "█████▌    ")
        XCTAssertEqual(ProgressLine.clock(3725), "1:02:05")
    }
}
