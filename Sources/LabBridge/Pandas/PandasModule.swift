import LabScript

/// The `pandas` module (imported as `pd`): DataFrame, Series and display options.
enum PandasModule {
    static func make() -> NativeModule {
        let options = PandasOptions()
        options.frameClass = DataFrameObject.makeClass(options)
        options.seriesClass = SeriesObject.makeClass(options)
        return NativeModule("pandas",
        functions: [
            Function("set_option", params: ["*args"]) { a in
                let pairs = a.varargs
                guard pairs.count % 2 == 0 else { throw PyException.valueError("Must provide an even number of non-keyword arguments") }
                for i in stride(from: 0, to: pairs.count, by: 2) {
                    try options.set(try Convert.text(pairs[i], a.interpreter), pairs[i + 1])
                }
                return .none
            },
        ],
        classes: [options.frameClass, options.seriesClass],
        constants: [("__version__", .str("3.0.0"))])
    }
}
