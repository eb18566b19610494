import LabNotebook

/// LabScript also has a public `Cell` (a closure variable); in these tests `Cell` means a lab cell.
typealias Cell = LabNotebook.Cell
