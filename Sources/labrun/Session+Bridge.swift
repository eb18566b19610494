import LabBridge
import LabNotebook
import LabScript

extension Session {
    /// Lets the session's labs import the ML modules (`torch`, `numpy`, `pandas`, ...) and shows
    /// their tables and charts with rich MIME types in transcripts.
    func installBridge(seed: UInt64) {
        LabBridge.install(into: interpreter, seed: seed) { [weak self] representations in
            self?.show(MimeBundle(plainText: representations[MimeBundle.plainText] ?? "", richer: representations))
        }
        displayFormatters.append { [interpreter] value in
            LabBridge.richRepresentations(of: value, interpreter).map { MimeBundle(plainText: interpreter.repr(value), richer: $0) }
        }
    }
}
