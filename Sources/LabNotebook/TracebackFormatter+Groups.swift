/// CPython's boxed report of an uncaught exception group: the group's traceback and line behind
/// a `|` margin, then each of its exceptions in a numbered box, indented one level per group.
///
///     + Exception Group Traceback (most recent call last):
///     |   File "lab.py", line 1, in <module>
///     | ExceptionGroup: eg (2 sub-exceptions)
///     +-+---------------- 1 ----------------
///       | ValueError: 1
///       +---------------- 2 ----------------
///       | TypeError: 2
///       +------------------------------------
extension TracebackFormatter {
    /// CPython's limits: boxes shown per group, and groups nested.
    static let maxGroupWidth = 15
    static let maxGroupDepth = 10

    /// Where the report is: how many groups deep, and whether the innermost box still needs its
    /// closing line.
    private struct GroupContext {
        var depth = 0
        var needsClose = false

        var indent: String { String(repeating: " ", count: 2 * depth) }

        /// `lines` behind the margin of the current depth.
        func emit(_ lines: [String], margin: Character = "|") -> [String] {
            guard depth > 0 else { return lines }
            return lines.map { indent + String(margin) + " " + $0 }
        }
    }

    func groupLines(for error: CellError) -> [String] {
        var context = GroupContext()
        return report(error, &context)
    }

    private func report(_ error: CellError, _ context: inout GroupContext) -> [String] {
        guard let exceptions = error.exceptions else {
            let traceback = error.frames.isEmpty ? [] : ["Traceback (most recent call last):"] + stackLines(error.frames)
            return context.emit(chainLines(for: error) + traceback + [error.exceptionLine] + error.notes)
        }
        if context.depth > TracebackFormatter.maxGroupDepth {
            return context.emit(["... (max_group_depth is \(TracebackFormatter.maxGroupDepth))"])
        }
        var lines: [String] = []
        let isTopLevel = context.depth == 0
        if isTopLevel { context.depth += 1 }
        if !error.frames.isEmpty {
            lines += context.emit(["Exception Group Traceback (most recent call last):"], margin: isTopLevel ? "+" : "|")
            lines += context.emit(stackLines(error.frames))
        }
        lines += context.emit([error.exceptionLine] + error.notes)
        let shown = min(exceptions.count, TracebackFormatter.maxGroupWidth + 1)
        context.needsClose = false
        for index in 0..<shown {
            let isLast = index == shown - 1
            if isLast { context.needsClose = true }
            let truncated = index >= TracebackFormatter.maxGroupWidth
            lines.append(context.indent + (index == 0 ? "+-" : "  ") + "+---------------- \(truncated ? "..." : String(index + 1)) ----------------")
            context.depth += 1
            if truncated {
                let more = exceptions.count - TracebackFormatter.maxGroupWidth
                lines += context.emit(["and \(more) more exception\(more == 1 ? "" : "s")"])
            } else {
                lines += report(exceptions[index], &context)
            }
            if isLast && context.needsClose {
                lines.append(context.indent + "+------------------------------------")
                context.needsClose = false
            }
            context.depth -= 1
        }
        if isTopLevel { context.depth = 0 }
        return lines
    }
}
