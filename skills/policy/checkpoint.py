"""The policy checkpoint: a folder with `policy.safetensors` (the weights) and `policy.json` (the
`PolicyConfig`, plus the training record under "training"). Read at run time, written by training.

torch and safetensors are imported on use, so importing this module (and `inference`) stays light.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from sim.core.errors import UserError
from skills.policy.config import PolicyConfig

if TYPE_CHECKING:
    from skills.policy.model import PolicyNet

CHECKPOINT_DIR = Path(__file__).parent / "checkpoints"  # the shipped policy
WEIGHTS = "policy.safetensors"
CONFIG = "policy.json"


def save_model(net: PolicyNet, cfg: PolicyConfig, out: Path, record: dict) -> None:
    """The shipped form: policy.safetensors + policy.json (config and the training record)."""
    from safetensors.torch import save_file

    out.mkdir(parents=True, exist_ok=True)
    save_file({k: v.contiguous() for k, v in net.state_dict().items()}, str(out / WEIGHTS))
    meta = json.loads(cfg.to_json())
    meta["training"] = record
    (out / CONFIG).write_text(json.dumps(meta, indent=1) + "\n")


def load_model(folder: Path) -> tuple[PolicyNet, PolicyConfig]:
    """The network (in eval mode) and its config from a checkpoint folder; UserError when there is none."""
    from safetensors.torch import load_file

    from skills.policy.model import PolicyNet

    weights, config = folder / WEIGHTS, folder / CONFIG
    if not weights.exists() or not config.exists():
        raise UserError(f"no policy checkpoint in {str(folder)!r} (policy.safetensors + policy.json); train one with `vla-agent train policy`")
    cfg = PolicyConfig.load(config)
    net = PolicyNet(cfg)
    net.load_state_dict(load_file(str(weights)))
    return net.eval(), cfg


def training_record(folder: Path) -> dict:
    """The "training" entry of the folder's policy.json ({} when there is none)."""
    path = folder / CONFIG
    return json.loads(path.read_text()).get("training", {}) if path.exists() else {}
