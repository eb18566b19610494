import Foundation

/// `f"{value:.2f}"`, as trl's warnings print numbers.
func pythonFixed(_ value: Double) -> String {
    value.isNaN ? "nan" : value.isInfinite ? (value > 0 ? "inf" : "-inf") : String(format: "%.2f", value)
}
