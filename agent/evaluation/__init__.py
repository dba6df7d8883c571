"""Evaluation on top of the API: the task suite and its goal checks (`suite`), batches of tasks in worker
processes (`batch`), success rates per family (`evaluate`) and the HTML report (`report`)."""
