import Foundation
import LabScript
import LabModels
import LabRL
import LabTensor

/// trl's and PEFT's objects in session files.
extension LoraConfigObject: NativePersistable {
    var persistentTypeName: String { "peft.LoraConfig" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any { ["config": try archive.config(config.toJSON())] }

    static func decode(_ state: Any, _ archive: NativeArchiveReader) throws -> NativeObject {
        LoraConfigObject(try LoraConfig(json: try archive.config(try archive.object(state, "a LoraConfig"), "config")))
    }
}

/// A PPOConfig is made again from the keyword arguments it was made with.
extension PPOConfigObject: NativePersistable {
    var persistentTypeName: String { "trl.PPOConfig" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any {
        ["keywords": try keywords.map { [$0.0, try archive.value($0.1)] as [Any] }]
    }

    static func decode(_ state: Any, _ archive: NativeArchiveReader) throws -> NativeObject {
        let keywords = try SessionPersistence.keywords(try archive.object(state, "a PPOConfig")["keywords"], archive)
        return try SessionPersistence.make("trl", "PPOConfig", keywords, archive, as: PPOConfigObject.self)
    }
}

/// A LengthSampler is its range; it draws from the session's numpy stream, which the session saves.
extension LengthSamplerObject: NativePersistable {
    var persistentTypeName: String { "trl.core.LengthSampler" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any {
        ["min": sampler.range.lowerBound, "max": sampler.range.upperBound]
    }

    static func decode(_ state: Any, _ archive: NativeArchiveReader) throws -> NativeObject {
        let entry = try archive.object(state, "a LengthSampler")
        return try SessionPersistence.make("trl.core", "LengthSampler", [("min_value", .int(try archive.int(entry, "min"))),
                                                                        ("max_value", .int(try archive.int(entry, "max")))],
                                           archive, as: LengthSamplerObject.self)
    }
}

/// A PPOTrainer is made again from the arguments it was made with (the same model, dataset and
/// collator objects), then given back what training changed: the optimizer's moments, the KL
/// coefficient, the running score moments, its shuffling streams, its log and step count.
extension PPOTrainerObject: NativePersistable {
    var persistentTypeName: String { "trl.PPOTrainer" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any {
        let state = trainer.snapshot()
        let moments = try state.optimizer.moments.sorted { $0.key < $1.key }.map { index, moment in
            [index, moment.step, archive.tensor(moment.expAvg), archive.tensor(moment.expAvgSq)] as [Any]
        }
        return [
            "arguments": try arguments.map { [$0.0, try archive.value($0.1)] as [Any] },
            "moments": moments, "klCoefficient": String(state.klController.value),
            "runningMoments": archive.bytes(try JSONEncoder().encode(state.runningMoments)),
            "generator": archive.bytes(try JSONEncoder().encode(state.generator)),
            "learningRate": String(state.learningRate), "clipsNextGradients": state.clipsNextGradients,
            "loader": dataloader.sampler.generator.state.archived,
            "history": try history.map { try archive.value($0) }, "version": version,
        ]
    }

    static func decode(_ state: Any, _ archive: NativeArchiveReader) throws -> NativeObject {
        let entry = try archive.object(state, "a PPOTrainer")
        let object = try SessionPersistence.make("trl", "PPOTrainer", try SessionPersistence.keywords(entry["arguments"], archive),
                                                 archive, as: PPOTrainerObject.self)
        var snapshot = object.trainer.snapshot()
        guard let moments = entry["moments"] as? [[Any]], let history = entry["history"] as? [Any],
              let runningMoments = entry["runningMoments"], let generator = entry["generator"] else { throw archive.malformed("a PPOTrainer") }
        snapshot.optimizer.moments = [:]
        for moment in moments {
            guard moment.count == 4, let index = moment[0] as? Int, let step = moment[1] as? Int else { throw archive.malformed("optimizer moments") }
            snapshot.optimizer.moments[index] = Adam.Moments(step: step, expAvg: try archive.tensor(moment[2]), expAvgSq: try archive.tensor(moment[3]))
        }
        snapshot.klController.value = try archive.double(entry, "klCoefficient")
        snapshot.runningMoments = try JSONDecoder().decode(RunningMoments.self, from: try archive.bytes(runningMoments))
        snapshot.generator = try JSONDecoder().decode(NumPyRandomState.self, from: try archive.bytes(generator))
        snapshot.learningRate = try archive.double(entry, "learningRate")
        snapshot.clipsNextGradients = try archive.bool(entry, "clipsNextGradients")
        object.trainer.restore(snapshot)
        object.dataloader.sampler.generator = RandomGenerator(state: try RandomGenerator.State(archived: entry["loader"] as Any, archive))
        object.history = try history.map { try archive.value($0) }
        object.version = try archive.int(entry, "version")
        return object
    }
}
