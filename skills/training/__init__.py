"""Training, beside the runtime skills: demonstrations, datasets, trainers and evaluation rollouts.

Modules: `seeds` (which seeds and colour-kind pairs training may use), `dataset` (HDF5
demonstrations), `collect` (expert demonstrations with DART-style noise), `policy` (behaviour
cloning of `skills.policy`), `rollouts` (learned pick-and-place episodes, for evaluation during
training and `vla-agent bench policy`), `clip` (contrastive training of perception's small CLIP),
`export` (ONNX exports of both models, for the runtime), `dagger` (DAgger rounds: the learner's own states
labelled by the expert, `dagger_rollout` records them).

Runtime code (`skills.policy`, `skills.perception`, the other skills, `sim`) never imports this
package; this package never imports `benchmarks` or `agent`.
"""
