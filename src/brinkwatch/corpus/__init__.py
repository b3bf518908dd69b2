"""The corpus engine: a store of analysed documents and what holds across them.

``ingest`` reads inputs into a store (``brinkwatch.store``); ``build`` recomputes the corpus-wide tables
(stories, merged events, figure conflicts); ``api.Corpus`` queries them.  Modules are imported on use.
"""
