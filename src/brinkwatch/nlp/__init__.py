"""The NLP backbone: one spaCy pipeline per process."""
from .model import load_nlp, model_name, parse

__all__ = ["load_nlp", "model_name", "parse"]
