"""The shared vocabulary: what every layer may import, and what imports nothing else of the project.

- `layout`: the tabletop's sizes, colours and named places.
- `errors`: every error vla-agent raises, split by who must act on it.
- `lexicon`: names and the words people use for them (one home for synonyms).
- `perceived`: `Scene`, the world as perception reports it (the planners' input).
- `symbolic`: `SymState`, what rests on what (plans are simulated on it).
- `relations`: the spatial relations (`Rel`) and their evaluation on symbolic and perceived state;
  `sim.predicates` evaluates the same relations on simulator ground truth.
- `spots`: the one search for a free spot on the table.
"""
