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

    /// Shows `help()` for the value of `expression`: a name, an attribute or an item, looked up
    /// without calling anything. It is not an undo step and does not bind `_`. Returns false,
    /// showing nothing, when `expression` is not one expression (`x = 1  # why?` is code).
    func showHelp(for expression: String) -> Bool {
        guard let statements = try? Parser.parse(expression, filename: "<stdin>"),
              statements.count == 1, case .expr = statements[0].kind else { return false }
        guard !expression.contains("(") else {
            fail("\(expression)? looks up a name, attribute or item without calling anything; use help(...) for a call's result")
            return true
        }
        let interpreter = session.interpreter
        do {
            let value = try interpreter.run(statements, filename: "<stdin>", displayLastExpression: true) ?? .none
            stdout(try interpreter.helpText(for: value))
        } catch let error as ScriptException {
            fail(error.exceptionLine)
        } catch {
            fail("\(error)")
        }
        return true
    }
}
