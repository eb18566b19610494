import Foundation
import LabScript

/// `matplotlib.pyplot` (imported as `plt`): line plots collected on a current figure. `show()`
/// displays it as a Unicode chart (`text/plain`) with an SVG beside it (`image/svg+xml`) for
/// transcripts; `savefig` writes the SVG.
final class Pyplot {
    private var figure = Figure()
    private let display: ([String: String]) -> Void

    /// - Parameter display: shows an output given as representations keyed by MIME type.
    init(display: @escaping ([String: String]) -> Void) { self.display = display }

    var module: NativeModule {
        NativeModule("matplotlib.pyplot", functions: [
            Function("figure", params: ["num=None", "figsize=None", "**kwargs"]) { [self] a in
                figure = Figure()
                if let size = a.optional("figsize").flatMap(Convert.sequence), size.count == 2, let w = size[0].number, let h = size[1].number {
                    figure.size = (w, h)
                }
                return .none
            },
            Function("plot", params: ["*args", "label=None", "**kwargs"]) { [self] a in
                try plot(a)
                return .none
            },
            Function("title", params: ["label", "**kwargs"]) { [self] a in figure.title = try Convert.text(a["label"], a.interpreter); return .none },
            Function("xlabel", params: ["xlabel", "**kwargs"]) { [self] a in figure.xLabel = try Convert.text(a["xlabel"], a.interpreter); return .none },
            Function("ylabel", params: ["ylabel", "**kwargs"]) { [self] a in figure.yLabel = try Convert.text(a["ylabel"], a.interpreter); return .none },
            Function("legend", params: ["*args", "**kwargs"]) { [self] _ in figure.showsLegend = true; return .none },
            Function("grid", params: ["visible=None", "**kwargs"]) { [self] a in
                figure.showsGrid = a.optional("visible").map { (try? a.interpreter.truthy($0)) ?? true } ?? !figure.showsGrid
                return .none
            },
            Function("tight_layout", params: ["**kwargs"]) { _ in .none },
            Function("show", params: ["**kwargs"]) { [self] _ in
                show()
                return .none
            },
            Function("savefig", params: ["fname", "**kwargs"]) { [self] a in
                let path = try a.string("fname")
                guard path.lowercased().hasSuffix(".svg") else { throw PyException.valueError("savefig writes SVG only; name the file .svg (got '\(path)')") }
                do {
                    try SVGChart(figure: figure).document.write(toFile: path, atomically: true, encoding: .utf8)
                } catch {
                    throw PyException(.osError, "could not write '\(path)': \(error.localizedDescription)")
                }
                return .none
            },
            Function("close", params: ["*args"]) { [self] _ in figure = Figure(); return .none },
            Function("clf") { [self] _ in figure = Figure(); return .none },
        ])
    }

    /// `plot(ys)`, `plot(xs, ys)`, optionally followed by a format string (ignored).
    private func plot(_ a: Args) throws {
        let arrays = a.varargs.filter { if case .str = $0 { return false }; return true }
        guard !arrays.isEmpty, arrays.count <= 2 else { throw PyException.typeError("plot() takes ys or xs, ys") }
        let ys = try numbers(arrays.last!, a.interpreter)
        let xs = arrays.count == 2 ? try numbers(arrays[0], a.interpreter) : ys.indices.map(Double.init)
        guard xs.count == ys.count else {
            throw PyException.valueError("x and y must have same first dimension, but have shapes (\(xs.count),) and (\(ys.count),)")
        }
        figure.series.append(.init(xs: xs, ys: ys, label: try a.optional("label").map { try Convert.text($0, a.interpreter) }))
    }

    private func numbers(_ v: Value, _ interpreter: Interpreter) throws -> [Double] {
        switch v {
        case .native(let array as NDArrayObject): return array.values
        case .native(let t as TensorObject): return t.tensor.toFloatArray().map(Double.init)
        case .native(let s as SeriesObject): return s.values.map { $0.number ?? .nan }
        default:
            let items = try Convert.sequence(v) ?? Convert.sequence(interpreter.call(.type(PyType.list), [v])) ?? []
            return try items.map {
                if let d = $0.number { return d }
                if case .native(let t as TensorObject) = $0, t.tensor.scalarCount == 1 { return try t.tensor.item() }
                throw PyException.typeError("plot() values must be numbers, not \($0.typeName)")
            }
        }
    }

    /// Displays the figure and starts a new one, as `plt.show()` does.
    private func show() {
        guard !figure.isEmpty else { return }
        let svg = SVGChart(figure: figure).document
        let image = "![\(figure.title ?? "chart")](data:image/svg+xml;base64,\(Data(svg.utf8).base64EncodedString()))"
        display(["text/plain": TerminalChart(figure: figure).text, "image/svg+xml": svg, "text/markdown": image])
        figure = Figure()
    }
}
