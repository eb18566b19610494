import LabScript

extension CellFile {
    /// Parses every code cell and returns the syntax errors, one per failing cell, in file order.
    /// `labrun check` reports these; `labrun run` reports them before running anything.
    public func syntaxErrors() -> [(cell: Cell, error: CellError)] {
        cells.filter { $0.kind == .code }.compactMap { cell -> (cell: Cell, error: CellError)? in
            do {
                _ = try Parser.parse(cell.source, filename: path, firstLine: cell.firstLine)
                return nil
            } catch let error as SyntaxError {
                return (cell, CellError(error))
            } catch {
                return (cell, CellError(typeName: "SyntaxError", message: "\(error)",
                                        frames: [], isSyntaxError: true))
            }
        }
    }

    /// The names the cell tagged `parameters` binds at top level, in order (papermill's known
    /// parameters); empty when no cell is tagged or it doesn't parse.
    public func parameterNames() -> [String] {
        guard let cell = parametersCell,
              let statements = try? Parser.parse(cell.source, filename: path, firstLine: cell.firstLine) else { return [] }
        var names: [String] = []
        for statement in statements {
            for name in boundNames(statement) where !names.contains(name) { names.append(name) }
        }
        return names
    }

    private func boundNames(_ statement: Stmt) -> [String] {
        switch statement.kind {
        case .assign(let targets, _): return targets.flatMap(targetNames)
        case .annAssign(let target, _, _), .augAssign(let target, _, _): return targetNames(target)
        default: return []
        }
    }

    private func targetNames(_ target: Expr) -> [String] {
        switch target.kind {
        case .name(let name): return [name]
        case .tuple(let elements), .list(let elements): return elements.flatMap(targetNames)
        case .starred(let inner): return targetNames(inner)
        default: return []
        }
    }
}
