"""The bundled default corpus: the article files beside this module."""
