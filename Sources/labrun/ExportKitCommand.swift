import ArgumentParser
import Foundation
import LabData
import LabModels

struct ExportKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-kit",
        abstract: "Write the embedded models and datasets as ordinary Hugging Face folders.",
        discussion: """
            Writes each embedded model as the folder save_pretrained writes (DIR/labrun/flan-t5-tiny/, …) \
            and each embedded dataset as one JSON Lines file per split (DIR/labrun/dialogsum-mini/train.jsonl, …), \
            which load_dataset reads as a folder. A lab's parameters can then name DIR/labrun/<name> \
            instead of labrun/<name>, in labrun or under Python with transformers and datasets \
            (see docs/SCALE-OUT.md). Existing files of the same names are replaced.
            """)

    @Argument(help: "The folder to write into (created if missing).") var directory: String

    func run() throws {
        let root = URL(fileURLWithPath: (directory as NSString).expandingTildeInPath, isDirectory: true)
        do {
            try EmbeddedKit.write(to: root)
            for name in EmbeddedKit.builtInModelNames {
                print(root.appendingPathComponent(name).path)
            }
            for (name, build) in EmbeddedDatasets.builders {
                let folder = root.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for split in try build().splits {
                    try Data(split.dataset.jsonLines().utf8).write(to: folder.appendingPathComponent("\(split.name).jsonl"))
                }
                print(folder.path)
            }
        } catch let error as DatasetError {
            throw usageFailure(error)
        } catch {
            throw usageFailure("can't write the kit to \(root.path): \(error.localizedDescription)")
        }
    }
}
