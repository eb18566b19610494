/// The line shown in place of a shell escape or an IPython magic, which labs never run, e.g.
/// `skipped: !aws s3 cp … (labs run offline; shell commands are not run)`.
func skippedMessage(for magic: String) -> String {
    let shown = magic.count > 60 ? magic.prefix(59) + "…" : Substring(magic)
    let shellMagics = ["%pip", "%conda", "%sx", "%system", "%%bash", "%%sh", "%%script"]
    let isShell = magic.hasPrefix("!") || shellMagics.contains { magic.hasPrefix($0) }
    let reason = isShell ? "labs run offline; shell commands are not run" : "IPython magics are not run"
    return "skipped: \(shown) (\(reason))"
}
