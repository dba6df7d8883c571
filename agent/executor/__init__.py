"""The LangGraph executor: `build_graph()` and `run_episode(graph, deps, instruction)`.

Modules: `state` (typed JSON state, bounds, events, `Deps`), `graph` (the nodes and the graph),
`grounding` (a step's argument -> a `Target`), `checking` (a step's postcondition after it ran).
"""

from agent.executor.graph import Answerer, build_graph, run_episode
from agent.executor.grounding import ground_target, match_answer
from agent.executor.state import Deps, EpisodeState, Event, ExecutorConfig, initial_state

__all__ = ["Answerer", "Deps", "EpisodeState", "Event", "ExecutorConfig", "build_graph", "ground_target",
           "initial_state", "match_answer", "run_episode"]
