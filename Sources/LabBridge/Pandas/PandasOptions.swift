import LabScript

/// One interpreter's pandas: the display options `pd.set_option` sets, and the DataFrame and
/// Series classes whose objects print with them.
final class PandasOptions {
    /// Set once by ``PandasModule/make()``.
    var frameClass: NativeClass!
    var seriesClass: NativeClass!

    /// `display.max_colwidth`: longer cells are cut to this width ending in `...`; nil = no limit.
    var maxColumnWidth: Int? = 50
    /// `display.width`: wider tables wrap their columns into blocks ending in `\`.
    var width = 80
    /// `display.max_rows`: longer tables show their first and last rows around `...`.
    var maxRows: Int? = 60

    func set(_ name: String, _ value: Value) throws {
        let number = value.integer
        switch name {
        case "display.max_colwidth", "max_colwidth": maxColumnWidth = number
        case "display.width": width = number ?? 80
        case "display.max_rows": maxRows = number
        case "display.max_columns", "display.precision", "mode.chained_assignment", "display.float_format": break
        default: throw PyException(.keyError, args: [.str("No such keys(s): '\(name)'")])
        }
    }
}
