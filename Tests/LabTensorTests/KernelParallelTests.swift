import XCTest
@testable import LabTensor

final class KernelParallelTests: XCTestCase {
    func testEveryIndexRunsExactlyOnce() {
        for threads in [1, 2, 3] {
            Parallel.threadCount = threads
            let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: 1000)
            defer { counts.deallocate() }
            counts.initialize(repeating: 0)
            Parallel.forEach(1000) { i in counts[i] += 1 }
            XCTAssertEqual(counts.allSatisfy { $0 == 1 }, true, "threads \(threads)")
        }
        Parallel.threadCount = Parallel.defaultThreadCount()
    }

    func testNestedLoopsRunInline() {
        Parallel.threadCount = 2
        defer { Parallel.threadCount = Parallel.defaultThreadCount() }
        let cells = UnsafeMutableBufferPointer<Int>.allocate(capacity: 64)
        defer { cells.deallocate() }
        cells.initialize(repeating: 0)
        Parallel.forEach(8) { i in
            Parallel.forEach(8) { j in cells[i * 8 + j] = i * 8 + j }
        }
        XCTAssertEqual(Array(cells), Array(0..<64))
    }

    func testManySmallLoopsFinish() {
        Parallel.threadCount = 2
        defer { Parallel.threadCount = Parallel.defaultThreadCount() }
        var total = 0
        for _ in 0..<2000 {
            let slots = UnsafeMutableBufferPointer<Int>.allocate(capacity: 2)
            slots.initialize(repeating: 0)
            Parallel.forEach(2) { i in slots[i] = i + 1 }
            total += slots[0] + slots[1]
            slots.deallocate()
        }
        XCTAssertEqual(total, 2000 * 3)
    }

    /// With two threads, index 0 can wait for index 1 to start: they run at the same time.
    func testTwoThreadsRunConcurrently() {
        Parallel.threadCount = 2
        defer { Parallel.threadCount = Parallel.defaultThreadCount() }
        let condition = NSCondition()
        var secondStarted = false
        var sawSecond = false
        Parallel.forEach(2) { i in
            condition.lock()
            defer { condition.unlock() }
            if i == 1 {
                secondStarted = true
                condition.signal()
            } else {
                let deadline = Date().addingTimeInterval(5)
                while !secondStarted, condition.wait(until: deadline) {}
                sawSecond = secondStarted
            }
        }
        XCTAssertTrue(sawSecond)
    }

    func testZeroCountRunsNothing() {
        var ran = false
        Parallel.forEach(0) { _ in ran = true }
        XCTAssertFalse(ran)
    }
}
