import XCTest
@testable import LabNotebook

final class CellAddressingTests: XCTestCase {
    private let file = try! CellFile(text: """
        # %% Setup
        a = 1
        # %% [markdown]
        # notes
        # %% Train tags=["parameters"]
        lr = 0.1
        # %% train
        b = 2
        # %% Report
        c = 3
        # %% Report
        d = 4
        """, path: "lab.cells")

    func testNumbersAndTitles() throws {
        XCTAssertEqual(try file.cell(addressedBy: "2").kind, .markdown)
        XCTAssertEqual(try file.cell(addressedBy: "Setup").number, 1)
        XCTAssertEqual(try file.cell(addressedBy: "Train").number, 3, "an exact title wins over a case-insensitive one")
        XCTAssertEqual(try file.cell(addressedBy: "setup").number, 1)
    }

    func testBadAddresses() {
        XCTAssertThrowsError(try file.cell(addressedBy: "0")) {
            XCTAssertEqual($0 as? CellFileError, .noSuchCell(address: "0", cellCount: 6))
        }
        XCTAssertThrowsError(try file.cell(addressedBy: "Missing"))
        XCTAssertThrowsError(try file.cell(addressedBy: "Report")) {
            XCTAssertEqual($0 as? CellFileError, .ambiguousTitle(title: "Report", numbers: [5, 6]))
        }
    }

    func testToAndOnly() throws {
        XCTAssertEqual(try file.cells(through: "3").map(\.number), [1, 2, 3])
        XCTAssertEqual(try file.cells(through: "Setup").map(\.number), [1])
        XCTAssertEqual(try file.cells(addressedBy: "4,1, 6").map(\.number), [1, 4, 6])
    }

    func testRunPlanInjectsAfterTheParametersCell() throws {
        let parameters = file.parametersCell
        XCTAssertEqual(parameters?.number, 3)
        let all = RunPlan(cells: file.cells, parametersCell: parameters, injecting: true)
        XCTAssertEqual(all.steps.firstIndex(of: .injectParameters), 3)
        XCTAssertEqual(all.injectionAfter, 3)
        let only = RunPlan(cells: try file.cells(addressedBy: "1,5"), parametersCell: parameters, injecting: true)
        XCTAssertEqual(only.steps, [.cell(file.cells[0]), .injectParameters, .cell(file.cells[4])])
        let none = RunPlan(cells: file.cells, parametersCell: nil, injecting: true)
        XCTAssertEqual(none.steps.first, .injectParameters)
        XCTAssertEqual(RunPlan(cells: file.cells, parametersCell: parameters, injecting: false).steps.count, 6)
    }
}
