/// The formulas of trl 0.11's PPOTrainer, one concern per file: `PPO+ForwardPass.swift` (scoring
/// responses), `PPO+Scores.swift` (score scaling), `PPO+Rewards.swift` (KL penalty and rewards),
/// `PPO+Advantages.swift` (GAE), `PPO+Loss.swift` (policy and value losses) and `PPOStats.swift`
/// (the step's stats). Each is a function of tensors that can be checked against trl on its own;
/// ``PPOTrainer`` composes them.
///
/// Shapes: `B` samples, `T` scored positions of the (padded) response, `V` vocabulary entries.
/// Masks are float32 tensors of 0 and 1, `[B, T]`.
public enum PPO {}
