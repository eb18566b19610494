/// An indexed list of modules (`nn.ModuleList`); children are named `0`, `1`, ….
public final class ModuleList<Element: Module>: Module {
    /// The elements, in order.
    public private(set) var elements: [Element] = []

    public init(_ elements: [Element]) {
        super.init()
        for element in elements { append(element) }
    }

    public func append(_ element: Element) {
        registerModule(String(elements.count), element)
        elements.append(element)
    }

    public var count: Int { elements.count }
    public subscript(index: Int) -> Element { elements[index] }

    public override var typeName: String { "ModuleList" }

    /// PyTorch groups runs of children that print alike: `(1-11): 11 x T5Block(...)`.
    public override func childLines() -> [String] {
        var lines: [String] = []
        var start = 0
        let printed = childSlots.map { $0.module.description }
        while start < printed.count {
            var end = start
            while end + 1 < printed.count && printed[end + 1] == printed[start] { end += 1 }
            if end == start {
                lines.append("(\(start)): \(printed[start])")
            } else {
                lines.append("(\(start)-\(end)): \(end - start + 1) x \(printed[start])")
            }
            start = end + 1
        }
        return lines
    }
}
