"""The learned VLA skills: a small language-conditioned visuomotor policy for `pick` and `place`.

    from skills.policy.inference import Policy
    policy = Policy()                       # the shipped checkpoint, loaded on first use
    policy.reset("pick up the red block", target_mask)   # (H, W) bool mask in the front image
    out = policy.predict_action(obs)        # out.action (an `Action`), out.finished, out.chunk (4, 5)

Modules: `config` (sizes), `text` (instruction words), `view` (the policy's crop of the front
camera), `masks` (the target-mask channel), `state` (the proprioceptive input), `actions` (the action
head's encoding), `model` (the torch network), `checkpoint` (load and save the weights + config; the
runtime's `load_runtime` runs the checkpoint's ONNX export (`policy.words.onnx` once per step, `policy.onnx`
per action) through ONNX Runtime, torch when it has no fresh one), `inference`, `skills` (the `learned` skill set). The runtime modules import no torch.
Demonstrations, the HDF5 dataset, training and evaluation rollouts live beside the runtime, in
`skills.training`.
"""
