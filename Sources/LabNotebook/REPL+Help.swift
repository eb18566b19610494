import LabScript

extension REPL {
    /// The expression of an IPython-style help request typed at the prompt, `obj?`, `obj??` or
    /// `?obj`; nil when `line` is not one (Python code never ends or starts with `?`).
    static func helpRequest(_ line: String) -> String? {
        var text = Substring(line.trimmingCharacters(in: .whitespaces))
        if text.hasSuffix("?") {
            text = text.dropLast()
            if text.hasSuffix("?") { text = text.dropLast() }
        } else if text.hasPrefix("?") {
            text = text.dropFirst()
            if text.hasPrefix("?") { text = text.dropFirst() }
        } else {
            return nil
        }
        let expression = text.trimmingCharacters(in: .whitespaces)
        return expression.isEmpty ? nil : expression
    }

    /// Shows `help()` for the value of `expression`: a name, an attribute or a subscript, looked
    /// up without calling anything. It is not an undo step and does not bind `_`.
    func showHelp(for expression: String) {
        guard !expression.contains("(") else {
            fail("\(expression)? looks up a name, attribute or item without calling anything; use help(...) for a call's result")
            return
        }
        let interpreter = session.interpreter
        do {
            let statements = try Parser.parse(expression, filename: "<stdin>")
            guard statements.count == 1, case .expr = statements[0].kind else {
                fail("\(expression)? needs an expression, such as a name or an attribute")
                return
            }
            let value = try interpreter.run(statements, filename: "<stdin>", displayLastExpression: true) ?? .none
            stdout(try interpreter.helpText(for: value))
        } catch let error as ScriptException {
            fail(error.exceptionLine)
        } catch {
            fail("\(error)")
        }
    }
}
