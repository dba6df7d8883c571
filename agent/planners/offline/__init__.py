"""The offline planner: a rule-based semantic parser and a symbolic blocks-world planner."""

from agent.planners.offline.goals import Parsed, parse
from agent.planners.offline.planner import OfflinePlanner
from agent.planners.offline.symbolic import plan_moves, satisfied
from sim.core.relations import Rel, holds

__all__ = ["OfflinePlanner", "Parsed", "Rel", "holds", "parse", "plan_moves", "satisfied"]
