"""tools/eval-segment loaded as a module for the checks of this folder.

Why: check-targets.py and check-titles.py must match as the evaluation of the real
documents matches (fold, sim, span_score); they use its functions, not copies that
could drift from it.
"""
import importlib.machinery
import importlib.util
import os


def _load():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    path = os.path.join(root, "tools", "eval-segment")
    loader = importlib.machinery.SourceFileLoader("eval_segment", path)
    spec = importlib.util.spec_from_loader("eval_segment", loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


EVAL = _load()
