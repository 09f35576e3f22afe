"""Quotes, reported speech and attributed claims (issue 5): the ``quotes`` stage and its evaluation."""
