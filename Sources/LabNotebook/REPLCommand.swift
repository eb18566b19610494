/// A `:` command typed at the REPL prompt.
struct REPLCommand: Equatable {
    let name: String
    /// The rest of the line, trimmed.
    let argument: String

    /// Parses a line starting with `:`; nil for anything else (code).
    init?(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix(":"), trimmed.count > 1 else { return nil }
        let body = trimmed.dropFirst()
        let name = body.prefix { !$0.isWhitespace }
        self.name = String(name)
        self.argument = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
    }

    /// Every command with its help line, in the order `:help` lists them.
    static let all: [(usage: String, help: String)] = [
        (":cells", "list the cells: number, title, status, wall time, first line"),
        (":next, :n", "run the next cell"),
        (":run N|TITLE|N-M|all|stale", "run cells in the current state (stale also runs edited cells)"),
        (":rerun N", "restore the state from just before cell N last ran, then run it again"),
        (":show N", "print a cell's source with line numbers and its last output"),
        (":who [NAME]", "list the variables with type and summary, or show one in full"),
        (":undo", "restore the state from before the last cell or line"),
        (":reset", "empty the session"),
        (":reload", "re-read the lab from disk; changed cells become edited"),
        (":stale", "list the stale and edited cells and why"),
        (":save PATH", "write the session to a file"),
        (":load [--trust] PATH", "read a session written by :save (--trust: one saved elsewhere)"),
        (":time", "turn per-cell timing on or off"),
        (":help", "show this list"),
        (":quit, :q", "leave (Ctrl-D also quits)"),
    ]

    /// Names for tab completion.
    static let names = ["cells", "next", "n", "run", "rerun", "show", "who", "undo", "reset", "reload",
                        "stale", "save", "load", "time", "help", "quit", "q"]
}
