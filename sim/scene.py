"""`SceneSpec`: what is on the table, given explicitly or generated from a seed."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

from sim.core.errors import UserError
from sim.core import layout

Kind = Literal["block", "bowl"]


class ObjectSpec(BaseModel):
    """One object. `on` names the block or bowl it rests on (None: the table)."""

    model_config = ConfigDict(extra="forbid")

    kind: Kind
    colour: str
    x: float = 0.5
    y: float = 0.0
    yaw: float = 0.0
    on: str | None = None
    name: str = ""

    @model_validator(mode="after")
    def _check(self) -> ObjectSpec:
        if self.colour not in layout.COLOURS:
            raise ValueError(f"unknown colour {self.colour!r}; valid: {', '.join(layout.COLOURS)}")
        if self.kind == "bowl" and self.on is not None:
            raise ValueError("a bowl must stand on the table (on=None)")
        return self


class SceneSpec(BaseModel):
    """The objects of a scene. Names are unique; duplicates of a colour and kind get ' 2', ' 3'."""

    model_config = ConfigDict(extra="forbid")

    objects: list[ObjectSpec] = Field(default_factory=list)
    seed: int | None = None

    @model_validator(mode="before")
    @classmethod
    def _yaml_on(cls, data: object) -> object:
        if isinstance(data, dict) and isinstance(data.get("objects"), list):
            data = {**data, "objects": [  # YAML 1.1 reads a bare `on:` key as True
                {("on" if k is True else k): v for k, v in o.items()} if isinstance(o, dict) and True in o else o
                for o in data["objects"]
            ]}
        return data

    @model_validator(mode="after")
    def _check_support(self) -> SceneSpec:
        seen: dict[str, int] = {}
        for o in self.objects:
            if not o.name:
                base = f"{o.colour} {o.kind}"
                seen[base] = seen.get(base, 0) + 1
                o.name = base if seen[base] == 1 else f"{base} {seen[base]}"
        by_name = {o.name: o for o in self.objects}
        if len(by_name) != len(self.objects):
            raise ValueError("object names must be unique")
        for o in self.objects:
            seen = {o.name}
            cur = o
            while cur.on is not None:
                if cur.on not in by_name:
                    raise ValueError(f"{cur.name!r} rests on {cur.on!r}, which is not in the scene")
                cur = by_name[cur.on]
                if cur.name in seen:
                    raise ValueError(f"support cycle through {o.name!r}")
                seen.add(cur.name)
            if len(seen) > layout.MAX_TOWER + 1:
                raise ValueError(f"tower under {o.name!r} is taller than {layout.MAX_TOWER} blocks")
        for bowl in (o for o in self.objects if o.kind == "bowl"):
            n = sum(o.on == bowl.name for o in self.objects)
            if n > layout.BOWL_CAPACITY:
                raise ValueError(f"{bowl.name!r} holds at most {layout.BOWL_CAPACITY} blocks, got {n}")
        return self

    def get(self, name: str) -> ObjectSpec:
        for o in self.objects:
            if o.name == name:
                return o
        raise KeyError(name)

    @classmethod
    def load(cls, path: str | Path) -> SceneSpec:
        """Read a scene from a JSON or YAML file; a problem is one `UserError` line (file, line, field)."""
        from sim.core.datafiles import load_model

        return load_model(cls, path, "scene file")


def _check_colours(colours: list[str] | None, what: str) -> None:
    for c in colours or []:
        if c not in layout.COLOURS:
            raise UserError(f"unknown {what} colour {c!r}; valid: {', '.join(layout.COLOURS)}")


def generate_scene(
    seed: int,
    blocks: int = 4,
    bowls: int = 2,
    *,
    block_colours: list[str] | None = None,
    bowl_colours: list[str] | None = None,
    stacked: int = 0,
    in_bowls: int = 0,
) -> SceneSpec:
    """A random non-overlapping scene; the same arguments always give the same scene.

    `stacked` blocks start on top of other blocks (towers of up to `layout.MAX_TOWER`),
    `in_bowls` blocks start inside bowls. Colours are unique per kind.
    """
    n_col = len(layout.COLOURS)
    for value, what in ((blocks, "blocks"), (bowls, "bowls"), (stacked, "stacked"), (in_bowls, "in_bowls")):
        if not isinstance(value, (int, np.integer)) or value < 0:
            raise UserError(f"--{what.replace('_', '-')} must be a non-negative integer, got {value!r}")
    _check_colours(block_colours, "block")
    _check_colours(bowl_colours, "bowl")
    if blocks > n_col or bowls > n_col:
        raise UserError(f"at most {n_col} blocks and {n_col} bowls (one per colour); got {blocks} and {bowls}")
    if bowls > layout.MAX_BOWLS:
        raise UserError(f"at most {layout.MAX_BOWLS} bowls fit on the table; got {bowls}")
    if stacked + in_bowls > blocks:
        raise UserError(f"stacked ({stacked}) + in_bowls ({in_bowls}) cannot exceed blocks ({blocks})")
    if in_bowls > bowls * layout.BOWL_CAPACITY:
        raise UserError(f"{in_bowls} blocks do not fit in {bowls} bowls of {layout.BOWL_CAPACITY}")
    if block_colours is not None and len(block_colours) != blocks:
        raise UserError(f"{len(block_colours)} block colours given for {blocks} blocks")
    if bowl_colours is not None and len(bowl_colours) != bowls:
        raise UserError(f"{len(bowl_colours)} bowl colours given for {bowls} bowls")
    loose = blocks - stacked - in_bowls
    if stacked > (loose + in_bowls) * (layout.MAX_TOWER - 1):
        raise UserError(
            f"{stacked} stacked blocks on {loose + in_bowls} bases would make towers taller than "
            f"{layout.MAX_TOWER}; stack fewer or add blocks"
        )

    rng = np.random.default_rng(seed)
    names = list(layout.COLOURS)
    b_cols = block_colours or [names[i] for i in rng.permutation(n_col)[:blocks]]
    w_cols = bowl_colours or [names[i] for i in rng.permutation(n_col)[:bowls]]

    footprints = [(bowls, layout.BOWL_CLEARANCE, "bowl"), (loose, layout.BLOCK_CLEARANCE, "block")]
    # Blocks that start stacked only need a base; count towers' bases among the loose ones.
    positions = _sample_positions(rng, footprints)
    if positions is None:
        raise UserError(
            f"{bowls} bowls and {loose} blocks on the table do not fit in the workspace; use fewer objects"
        )
    objects: list[ObjectSpec] = []
    for colour, (x, y) in zip(w_cols, positions[:bowls]):
        objects.append(ObjectSpec(kind="bowl", colour=colour, x=x, y=y, name=f"{colour} bowl"))
    block_iter = iter(b_cols)
    table_blocks = []
    for (x, y), colour in zip(positions[bowls:], block_iter):
        yaw = float(rng.uniform(-math.pi / 4, math.pi / 4))
        table_blocks.append(ObjectSpec(kind="block", colour=colour, x=x, y=y, yaw=yaw, name=f"{colour} block"))
    objects += table_blocks
    bowl_fill = {o.name: 0 for o in objects if o.kind == "bowl"}
    for colour in [next(block_iter) for _ in range(in_bowls)]:
        free = [b for b, n in bowl_fill.items() if n < layout.BOWL_CAPACITY]
        bowl = free[int(rng.integers(len(free)))]
        bowl_fill[bowl] += 1
        objects.append(ObjectSpec(kind="block", colour=colour, on=bowl, name=f"{colour} block"))
    height = {o.name: 1 for o in objects if o.kind == "block"}
    tops = [o.name for o in objects if o.kind == "block"]
    for colour in list(block_iter):
        bases = [t for t in tops if height[t] < layout.MAX_TOWER]
        base = bases[int(rng.integers(len(bases)))]
        block = ObjectSpec(kind="block", colour=colour, on=base, name=f"{colour} block")
        tops.remove(base)
        tops.append(block.name)
        height[block.name] = height[base] + 1
        objects.append(block)
    return SceneSpec(objects=objects, seed=seed)


def _sample_positions(
    rng: np.random.Generator, groups: list[tuple[int, float, str]], attempts: int = 200
) -> list[tuple[float, float]] | None:
    """Rejection-sample non-overlapping discs, largest first; None if they do not fit."""
    (x0, x1), (y0, y1) = layout.WORKSPACE_X, layout.WORKSPACE_Y
    for _ in range(attempts):
        placed: list[tuple[float, float, float]] = []
        ok = True
        for count, radius, kind in groups:
            keepout = layout.PLACE_KEEPOUT[kind]
            for _ in range(count):
                for _ in range(100):
                    x = float(rng.uniform(x0 + radius * 0.6, x1 - radius * 0.6))
                    y = float(rng.uniform(y0 + radius * 0.6, y1 - radius * 0.6))
                    if all(math.hypot(x - px, y - py) >= radius + pr for px, py, pr in placed) and all(
                        math.hypot(x - px, y - py) >= keepout for px, py in layout.PLACES.values()
                    ):
                        placed.append((x, y, radius))
                        break
                else:
                    ok = False
                    break
            if not ok:
                break
        if ok:
            return [(round(x, 4), round(y, 4)) for x, y, _ in placed]
    return None
