"""The exit codes of `vla-agent`, in one place: what each means, and the text `--help` shows.

Scripts and CI rely on them (README "Exit codes", the design contract):
0 the task succeeded; 1 the episode ran and the task failed or was refused; 2 bad input or
configuration; 130 interrupted. An unreachable or failing LLM server is 1: the episode ran and
its planning failed (the JSON says why), as with any other planning failure; a missing API key is 2.
"""

from __future__ import annotations

OK = 0
FAILED = 1
BAD_INPUT = 2
BUG = 3
INTERRUPTED = 130

EPILOG = """\
exit codes:
  0    the task succeeded (batch, eval: every task; chat: every instruction it carried out)
  1    the episode ran and the task failed or was refused: a failed step, planning failed, an object
       is absent, a question went unanswered, the LLM server could not be reached or failed
       (batch, eval: any task failed); the result (--json) is printed all the same
  2    bad input or configuration, in one line on stderr: an option, the instruction, a scene or
       batch file (file, line and field), an unknown name, a missing API key or extra
  3    an internal error: a bug in vla-agent (rerun with -vv to see the traceback, and report it)
  130  interrupted (Ctrl-C)"""

SHORT_EPILOG = """\
exit codes: 0 done; 2 bad input or configuration (one line on stderr); 3 an internal error (a bug);
130 interrupted (Ctrl-C)"""

TASK_COMMANDS = ("run", "chat", "batch", "eval")  # the commands whose code says whether the task succeeded


def for_episode(success: bool) -> int:
    """The exit code of a command whose episode(s) ran: 0 when the task (every task) succeeded, else 1."""
    return OK if success else FAILED
