"""The actor knowledge base and mention resolution.

``default_kb().lookup("President Biden", on=date)``, ``MentionResolver(doc, published=date).resolve(span)``.
"""
from .kb import ActorKB, KBEntry, default_kb
from .resolver import MentionResolver
from .ruler import install_entity_ruler

__all__ = ["ActorKB", "KBEntry", "MentionResolver", "default_kb", "install_entity_ruler"]
