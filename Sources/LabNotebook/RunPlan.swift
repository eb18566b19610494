/// The order of a batch run: the selected cells, with the parameters injected in papermill's place.
public struct RunPlan: Equatable {
    public enum Step: Equatable {
        case cell(Cell)
        /// Bind the command-line parameters (after the `parameters` cell, or first).
        case injectParameters
    }

    public let steps: [Step]
    /// The number of the cell the injected parameters follow (0 when they come first).
    public let injectionAfter: Int

    /// - Parameters:
    ///   - cells: the cells to run, in file order (all, `--to`'s or `--only`'s).
    ///   - parametersCell: the cell tagged `parameters`, if any.
    ///   - injecting: whether there are parameters to inject.
    public init(cells: [Cell], parametersCell: Cell?, injecting: Bool) {
        var steps = cells.map(Step.cell)
        let after = parametersCell?.number ?? 0
        if injecting {
            let index = cells.firstIndex { $0.number > after } ?? cells.endIndex
            steps.insert(.injectParameters, at: index)
        }
        self.steps = steps
        self.injectionAfter = after
    }
}
